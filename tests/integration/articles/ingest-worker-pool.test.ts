// The extraction worker pool with real worker threads (no database needed): the analysis runs off
// the main thread, a job over its time limit and a worker that dies are answered with a German
// DomainError and the pool carries on with a new worker, and idle workers never keep a process alive.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { DomainError } from "@/lib/errors";
import type { AnalysisJob } from "@/lib/extraction-worker/analyze";
import { CRASH_MESSAGE, ExtractionPool, timeoutMessage } from "@/lib/extraction-worker/pool";
import { adversarialText } from "../../../scripts/lib/big-articles";
import { bundleScript } from "../../helpers/processes";

jest.setTimeout(120_000);

const job = (text: string, maxClaims = 5000): AnalysisJob => ({
  source: { kind: "text", text },
  conflictParties: ["RU", "UA"],
  caveatText: "Hinweis",
  maxClaims,
});
const SMALL = job("Meldung\n\nNach Angaben der Polizei wurden 7 Menschen verletzt.");
const pools: ExtractionPool[] = [];
const newPool = (options: Partial<ConstructorParameters<typeof ExtractionPool>[0]> = {}) => {
  const pool = new ExtractionPool({ size: 1, timeoutMs: 60_000, maxQueue: 10, ...options });
  pools.push(pool);
  return pool;
};

/**
 * One pool of one worker for the tests that need no other options: every new pool's worker loads
 * the engine bundle first (about a CPU-second). maxQueue 1 is what the queue test needs; the
 * others never queue a job.
 */
let shared: ExtractionPool | undefined;
const sharedPool = () => (shared ??= newPool({ maxQueue: 1 }));

afterAll(() => Promise.all(pools.map((p) => p.close())));

test("while a worker analyses a long text, the main thread's event loop keeps turning", async () => {
  const pool = sharedPool();
  await pool.run(SMALL); // the worker is up: what follows is the analysis alone
  let turns = 0;
  let settled = false;
  const spin = () => {
    turns++;
    if (!settled) setImmediate(spin);
  };
  setImmediate(spin);
  // 100 KB of the adversarial make (~1 600 claims, a few hundred ms of analysis, thousands of
  // turns): what is proven here is where the analysis runs, not how big a text may be
  // (ingest-big.test.ts: 1.9 MB). A limit of 500 keeps the answer small, as for a big text.
  const result = await pool.run(job(adversarialText(100_000), 500)).finally(() => (settled = true));
  // Refused by the claim limit, after a full extraction in the worker; an analysis on the main
  // thread would have let not a single turn through.
  expect(result).toMatchObject({ ok: false, code: "TOO_LARGE", details: { reason: "TOO_MANY_CLAIMS" } });
  expect(turns).toBeGreaterThan(100);
});

test("a job over the time limit gets a German TOO_LARGE error; the pool then serves the next job", async () => {
  const pool = sharedPool();
  await pool.run(SMALL);
  // ~30 000 claims take well over a second to extract; 200 ms is over for sure, on any machine.
  const error = await pool.run(job(adversarialText()), 200).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  expect(error).toMatchObject({ code: "TOO_LARGE", message: timeoutMessage(200), details: { reason: "TIMEOUT" } });
  expect((error as Error).message).toContain("länger als eine Sekunde");
  expect(timeoutMessage(60_000)).toContain("länger als 60 Sekunden");
  expect(pool.workerCount).toBe(0);

  await expect(pool.run(SMALL)).resolves.toMatchObject({ ok: true, claims: [{ valueText: "7" }] });
  expect(pool.workerCount).toBe(1);
});

test("a worker that runs out of memory is replaced; its job gets a German error, the next job works", async () => {
  // 48 MB are enough for a news article, not for 30 000 claims: the worker dies, the test does not.
  const pool = newPool({ resourceLimits: { maxOldGenerationSizeMb: 48 } });
  await expect(pool.run(SMALL)).resolves.toMatchObject({ ok: true });
  const error = await pool.run(job(adversarialText())).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  expect(error).toMatchObject({ code: "TOO_LARGE", message: CRASH_MESSAGE, details: { reason: "WORKER_CRASHED" } });
  expect(pool.workerCount).toBe(0);
  await expect(pool.run(SMALL)).resolves.toMatchObject({ ok: true });
});

test("jobs beyond the queue limit are refused as THROTTLED", async () => {
  const pool = sharedPool();
  await pool.run(SMALL); // worker ready: the next job runs at once, the one after waits
  const running = [pool.run(SMALL), pool.run(SMALL)];
  const refused = await pool.run(SMALL).catch((e: unknown) => e);
  expect(refused).toMatchObject({ code: "THROTTLED" });
  await expect(Promise.all(running)).resolves.toHaveLength(2);
});

test("a process whose pool is idle exits by itself (workers are unref'd); close() ends a busy one", async () => {
  // The pool from a bundle of its sources: loaded through tsx, module by module, it cost the
  // process ~1 CPU-s more, and what is tested here is the pool, not tsx.
  const bundle = await bundleScript("lib/extraction-worker/pool.ts", "pool");
  const script = [
    `const { ExtractionPool } = require(${JSON.stringify(bundle)});`,
    "const pool = new ExtractionPool({ size: 2, timeoutMs: 60000, maxQueue: 10 });",
    'const job = { source: { kind: "text", text: "Laut Polizei wurden 7 Menschen verletzt." }, conflictParties: [], caveatText: "", maxClaims: 10 };',
    "Promise.all([pool.run(job), pool.run(job)]).then((r) => console.log(`fertig ${r.length} ${pool.workerCount}`));",
  ].join("\n");
  const child = spawn(process.execPath, ["--eval", script], {
    cwd: process.cwd(),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("exit", (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  fs.rmSync(bundle, { force: true });
  expect(output).toContain("fertig 2 2");
  expect(code).toBe(0);
});
