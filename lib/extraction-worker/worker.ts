// Entry of an extraction worker thread (started by pool.ts through boot.cjs): one job at a time,
// answered with the analysis result or the message of an unexpected error. Imports nothing but
// the pure analysis, so a worker starts without the database, Next.js or React.
import os from "node:os";
import { parentPort } from "node:worker_threads";
import { analyzeArticle, type AnalysisJob } from "./analyze";
import type { WorkerReply } from "./protocol";

const port = parentPort;
if (!port) throw new Error("lib/extraction-worker/worker.ts läuft nur als Worker-Thread.");

/**
 * On Linux a thread has its own nice value: the analysis yields the CPU to the thread that
 * answers requests when both want it (elsewhere this would lower the whole server, so not there).
 * Moderately: at 10, a saturated machine starved a 2 MB analysis towards the 60 s time limit.
 */
const WORKER_NICE = 5;
if (process.platform === "linux") {
  try {
    os.setPriority(WORKER_NICE);
  } catch {
    // Not allowed here (a container without the right): the pool still keeps requests going.
  }
}

port.on("message", (message: { id: number; job: AnalysisJob }) => {
  let reply: WorkerReply;
  try {
    reply = { id: message.id, result: analyzeArticle(message.job) };
  } catch (error) {
    reply = { id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies WorkerReply);
