// A small pool of worker threads for the analysis of uploaded articles (analyze.ts), so that
// extracting a big text never blocks the server's event loop: other requests keep being served.
//  - Workers start on demand, up to `size`; an idle worker is unref'd, so it never keeps
//    `npm start`, the CLI or Jest alive; close() terminates all of them.
//  - Each job has a time limit; a job over it is stopped by terminating its worker.
//  - A worker that dies (memory limit, crash) is dropped and replaced by the next job's worker;
//    the job's caller gets a German DomainError, the server lives on.
//  - At most `maxQueue` jobs wait; beyond that new jobs are refused as THROTTLED.
import os from "node:os";
import path from "node:path";
import { Worker, type ResourceLimits } from "node:worker_threads";
import { config } from "@/lib/config/env";
import { DomainError } from "@/lib/errors";
import { logger } from "@/lib/log";
import type { AnalysisJob, AnalysisResult } from "./analyze";
import type { WorkerReply } from "./protocol";

export interface ExtractionPoolOptions {
  /** Number of worker threads (QUELLENLAGE_EXTRACTION_WORKERS; default: cores − 1, at least 1). */
  size: number;
  /** Time limit per job, from the moment a worker takes it. */
  timeoutMs: number;
  /** Jobs waiting for a free worker beyond this are refused (THROTTLED). */
  maxQueue: number;
  /** Memory limits per worker: a text that needs more stops its worker, not the server. */
  resourceLimits?: ResourceLimits;
}

export const DEFAULT_TIMEOUT_MS = 60_000;
/** Without a current bundle tsx compiles the extraction code on a worker's first start: seconds on a busy machine. */
const STARTUP_TIMEOUT_MS = 60_000;
/** Extraction of the biggest allowed upload needs well under 300 MB; the limit catches runaways. */
const DEFAULT_RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 1024 };

export const timeoutMessage = (timeoutMs: number) => {
  const seconds = Math.max(1, Math.round(timeoutMs / 1000));
  return (
    `Die Analyse des Textes hat länger als ${seconds === 1 ? "eine Sekunde" : `${seconds} Sekunden`} gedauert und wurde ` +
    "abgebrochen; es wurde nichts gespeichert. Bitte den Text in kleinere Artikel aufteilen."
  );
};
export const CRASH_MESSAGE =
  "Die Analyse des Textes ist abgebrochen (zu wenig Arbeitsspeicher oder interner Fehler); es wurde nichts gespeichert. " +
  "Bitte erneut versuchen oder den Text in kleinere Artikel aufteilen.";
export const BUSY_MESSAGE =
  "Gerade werden sehr viele Texte gleichzeitig analysiert. Bitte in einigen Sekunden erneut versuchen; es wurde nichts gespeichert.";

interface Job {
  id: number;
  job: AnalysisJob;
  timeoutMs: number;
  resolve: (result: AnalysisResult) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

/**
 * Absolute paths of the worker's bootstrap and entry, from the project directory (see boot.cjs).
 * Runtime paths, not modules of the server bundle: the ignore comments keep Next.js from tracing
 * (and bundling) the whole project as possible worker code.
 */
function workerFiles() {
  const projectDir = process.cwd();
  const dir = path.join(/* turbopackIgnore: true */ projectDir, "lib", "extraction-worker");
  return {
    boot: path.join(/* turbopackIgnore: true */ dir, "boot.cjs"),
    entry: path.join(/* turbopackIgnore: true */ dir, "worker.ts"),
    projectDir,
  };
}

export class ExtractionPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: ExtractionPoolOptions) {}

  /**
   * Analyses one article in a worker; refusals are results, failures of the worker throw
   * DomainError. `timeoutMs` overrides the pool's time limit for this job.
   */
  run(job: AnalysisJob, timeoutMs = this.options.timeoutMs): Promise<AnalysisResult> {
    if (this.closed) return Promise.reject(new Error("Der Extraktions-Pool ist bereits beendet."));
    if (this.queue.length >= this.options.maxQueue) return Promise.reject(new DomainError("THROTTLED", BUSY_MESSAGE));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, timeoutMs, resolve, reject });
      this.dispatch();
    });
  }

  /** Number of live worker threads (for tests and diagnostics). */
  get workerCount(): number {
    return this.slots.size;
  }

  /** Terminates all workers; waiting jobs are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const waiting of this.queue.splice(0)) waiting.reject(new Error("Der Extraktions-Pool wurde beendet."));
    const slots = [...this.slots];
    this.slots.clear();
    await Promise.all(
      slots.map((slot) => {
        this.clearTimer(slot);
        slot.job?.reject(new Error("Der Extraktions-Pool wurde beendet."));
        return slot.worker.terminate();
      }),
    );
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.idleSlot() ?? this.spawn();
      if (!slot) return; // all workers busy or starting: the next reply dispatches again
      if (!slot.ready) return;
      this.start(slot, this.queue.shift()!);
    }
  }

  private idleSlot(): Slot | undefined {
    for (const slot of this.slots) if (slot.ready && !slot.job) return slot;
    return undefined;
  }

  private spawn(): Slot | undefined {
    if (this.slots.size >= this.options.size) return undefined;
    const files = workerFiles();
    const worker = new Worker(/* turbopackIgnore: true */ /* webpackIgnore: true */ files.boot, {
      workerData: { entry: files.entry, projectDir: files.projectDir },
      resourceLimits: this.options.resourceLimits,
    });
    const slot: Slot = { worker, ready: false, job: null, timer: null };
    this.slots.add(slot);
    worker.on("message", (reply: WorkerReply) => this.onReply(slot, reply));
    worker.on("error", (error) => this.onDeath(slot, error));
    worker.on("exit", (code) => this.onDeath(slot, new Error(`Extraktions-Worker beendet (Exit-Code ${code}).`)));
    // A starting worker stays ref'd (a caller awaiting its first job is not cut off) and must
    // report ready in time: a worker that cannot load its code fails the waiting jobs, not hangs them.
    slot.timer = setTimeout(
      () => this.onDeath(slot, new Error("Extraktions-Worker ist nicht rechtzeitig gestartet.")),
      STARTUP_TIMEOUT_MS,
    );
    return slot;
  }

  private start(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker.ref();
    slot.timer = setTimeout(() => this.onTimeout(slot, job.timeoutMs), job.timeoutMs);
    slot.worker.postMessage({ id: job.id, job: job.job });
  }

  private onReply(slot: Slot, reply: WorkerReply): void {
    if ("ready" in reply) {
      this.clearTimer(slot);
      slot.ready = true;
      slot.worker.unref();
      this.dispatch();
      return;
    }
    const job = slot.job;
    if (!job || job.id !== reply.id) return;
    this.release(slot);
    if ("result" in reply) job.resolve(reply.result);
    else job.reject(new Error(`Extraktion fehlgeschlagen: ${reply.error}`));
    this.dispatch();
  }

  private onTimeout(slot: Slot, timeoutMs: number): void {
    const job = slot.job;
    this.drop(slot);
    logger().warn({ timeoutMs }, "Extraktion über dem Zeitlimit abgebrochen");
    job?.reject(new DomainError("TOO_LARGE", timeoutMessage(timeoutMs), { reason: "TIMEOUT" }));
    this.dispatch();
  }

  private onDeath(slot: Slot, error: Error): void {
    if (!this.slots.has(slot)) return; // already dropped (timeout, close) or reported by "error" before "exit"
    const job = slot.job;
    this.drop(slot);
    logger().error(
      { err: { message: error.message, code: (error as NodeJS.ErrnoException).code } },
      "Extraktions-Worker abgestürzt",
    );
    if (job) job.reject(new DomainError("TOO_LARGE", CRASH_MESSAGE, { reason: "WORKER_CRASHED" }));
    else
      for (const waiting of this.queue.splice(0))
        waiting.reject(new DomainError("TOO_LARGE", CRASH_MESSAGE, { reason: "WORKER_CRASHED" }));
    if (!this.closed) this.dispatch();
  }

  private release(slot: Slot): void {
    this.clearTimer(slot);
    slot.job = null;
    slot.worker.unref();
  }

  private drop(slot: Slot): void {
    this.clearTimer(slot);
    slot.job = null;
    this.slots.delete(slot);
    void slot.worker.terminate();
  }

  private clearTimer(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  }
}

export function defaultPoolOptions(): ExtractionPoolOptions {
  const size = config().QUELLENLAGE_EXTRACTION_WORKERS ?? Math.max(1, os.availableParallelism() - 1);
  return { size, timeoutMs: DEFAULT_TIMEOUT_MS, maxQueue: size * 25, resourceLimits: DEFAULT_RESOURCE_LIMITS };
}

const globalForPool = globalThis as unknown as { quellenlageExtractionPool?: ExtractionPool };

/** The process's pool (one per process; Next.js dev reloads modules, hence the global). */
export function extractionPool(): ExtractionPool {
  globalForPool.quellenlageExtractionPool ??= new ExtractionPool(defaultPoolOptions());
  return globalForPool.quellenlageExtractionPool;
}

/** Ends the process's pool (CLI and tests at the end); the next extractionPool() starts a new one. */
export async function closeExtractionPool(): Promise<void> {
  const pool = globalForPool.quellenlageExtractionPool;
  globalForPool.quellenlageExtractionPool = undefined;
  await pool?.close();
}
