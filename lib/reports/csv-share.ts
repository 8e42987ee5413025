// Shared bodies of the live report CSV (issue #9: 10 exports of 100 000 claims at once). Exports
// whose files are byte for byte the same – same claims in the same order, each line with the same
// inputs, same spliced cells – share one producer: the first runs the COPY (csv-copy.ts)
// and writes the file to a temporary file on disk, the others read that file as it grows, and
// later exports read it once it is finished. So ten parallel exports cost PostgreSQL one COPY.
//
// Who may share is decided by a key that each export computes in its own database snapshot
// (csv-copy.ts's bodyKey: the versions of the scope's articles, the claims' own conditions and
// every spliced part), so a body is only ever handed to an export that would have written the
// very same bytes; any committed change of a line's input, or of which claims an article
// contributes, gives the article a new version (the triggers of migration 20261130150000), hence
// a new key. The registry is per process; another app instance computes its own keys against
// the same database and shares nothing stale.
//
// Memory stays flat: bytes go to the file, readers read it in chunks. The producer runs at most
// QUELLENLAGE_REPORT_CSV_LEAD_MB (default 128) ahead of its furthest reader, on disk: the COPY
// runs at database speed and gives back its connection and snapshot early, instead of moving in
// step with the readers (with an 8-MB lead ten parallel exports of 100 000 claims took 2.0–2.5 s
// each, with 128 MB 1.4 s, bench:reports same machine); only a client slower than that lead makes
// PostgreSQL wait. A reader that leaves does not disturb the others; when the last reader
// of an unfinished body leaves, the producer is aborted (its COPY ends) and the body forgotten.
import fs from "node:fs";
import type { FileHandle } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { config } from "@/lib/config/env";
import { processIsAlive } from "@/lib/process-alive";

/** How far the producer may run ahead of its furthest reader (then PostgreSQL waits). */
const leadBytes = () => config().QUELLENLAGE_REPORT_CSV_LEAD_MB * 1024 * 1024;
/**
 * Bytes per read of a reader: one read, one stream chunk and one socket write per MB (a 70-MB
 * body is 70 of each per export), and 1 MB of memory per reader at most.
 */
const READ_CHUNK = 1024 * 1024;
/** Decoded bytes the producer collects before one write. */
const WRITE_CHUNK = 256 * 1024;
/** Finished bodies kept for later exports (least recently used dropped first), and their size. */
const KEEP_FINISHED = 4;
const KEEP_FINISHED_BYTES = 1024 * 1024 * 1024;

type State = "producing" | "done" | "failed";

class Body {
  state: State = "producing";
  error: unknown = null;
  written = 0;
  readers = 0;
  furthest = 0;
  lastUsed = Date.now();
  /** Ends the producer's work (its COPY); set by the producer once it runs. */
  abortProducer: (() => void) | null = null;
  private waiting: (() => void)[] = [];

  constructor(
    readonly key: string,
    readonly file: string,
  ) {}

  /** Resolves at the next change: bytes written, a reader moved on or left, the end. */
  changed(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}

interface Registry {
  dir: string | null;
  bodies: Map<string, Body>;
  serial: number;
  stats: { produced: number; shared: number };
  removeOnExit?: boolean;
}

// On globalThis: Next.js may load this module once per route bundle, and the article route and
// the scoped preview route must find each other's bodies.
const globalForBodies = globalThis as unknown as { quellenlageCsvBodies?: Registry };
const registry: Registry = (globalForBodies.quellenlageCsvBodies ??= {
  dir: null,
  bodies: new Map(),
  serial: 0,
  stats: { produced: 0, shared: 0 },
});

export const CSV_BODY_DIR_PREFIX = "quellenlage-csv-";

/** Directories of processes that are gone (killed before their exit handler ran). */
function removeOrphanedDirs(): void {
  for (const name of fs.readdirSync(os.tmpdir())) {
    const pid = Number(/^quellenlage-csv-(\d+)-/.exec(name)?.[1]);
    if (!pid || pid === process.pid || processIsAlive(pid)) continue;
    fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
  }
}

/** This process's directory of body files, made on first use. */
function bodyDir(): string {
  if (registry.dir) return registry.dir;
  try {
    removeOrphanedDirs();
  } catch {
    // Only tidying up.
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${CSV_BODY_DIR_PREFIX}${process.pid}-`));
  registry.dir = dir;
  // The files are of no use to another process: gone with this one. One handler for every
  // directory this process makes (dropSharedBodies removes one, the next export makes another).
  if (!registry.removeOnExit) {
    registry.removeOnExit = true;
    process.once("exit", () => {
      if (registry.dir) fs.rmSync(registry.dir, { recursive: true, force: true });
    });
  }
  return dir;
}

function forget(body: Body): void {
  if (registry.bodies.get(body.key) === body) registry.bodies.delete(body.key);
  // Readers that still hold the file open keep reading it; the name goes now.
  fs.rm(body.file, { force: true }, () => {});
}

/** Drops the least recently used idle finished bodies beyond the limits. */
function evict(): void {
  const finished = [...registry.bodies.values()]
    .filter((body) => body.state === "done" && body.readers === 0)
    .sort((a, b) => a.lastUsed - b.lastUsed);
  let count = [...registry.bodies.values()].filter((body) => body.state === "done").length;
  let bytes = finished.reduce((sum, body) => sum + body.written, 0);
  for (const body of finished) {
    if (count <= KEEP_FINISHED && bytes <= KEEP_FINISHED_BYTES) break;
    forget(body);
    count -= 1;
    bytes -= body.written;
  }
}

function fail(body: Body, error: unknown): void {
  if (body.state !== "producing") return;
  body.state = "failed";
  body.error = error;
  forget(body);
  body.wake();
}

/** A stream of the body's bytes from its start, for one export. */
function reader(body: Body): ReadableStream<Uint8Array> {
  body.readers += 1;
  body.lastUsed = Date.now();
  let position = 0;
  let handle: FileHandle | null = null;
  let open = true;
  const leave = () => {
    if (!open) return;
    open = false;
    body.readers -= 1;
    void handle?.close().catch(() => {});
    if (body.readers === 0 && body.state === "producing") {
      // Nobody wants it any more: stop PostgreSQL (as an export without sharing did).
      fail(body, new Error("CSV-Export abgebrochen"));
      body.abortProducer?.();
    }
    body.wake();
    evict();
  };
  const readFile = async (from: number): Promise<Buffer> => {
    if (!handle) {
      const opened = await fs.promises.open(body.file, "r");
      // The reader left while the file was being opened: leave() found no handle to close.
      if (!open) {
        await opened.close();
        throw new Error("CSV-Export abgebrochen");
      }
      handle = opened;
    }
    const length = Math.min(READ_CHUNK, body.written - from);
    const { bytesRead, buffer } = await handle.read(Buffer.allocUnsafe(length), 0, length, from);
    if (bytesRead === 0) throw new Error("Die CSV-Datei ist kürzer als geschrieben.");
    return buffer.subarray(0, bytesRead);
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          for (;;) {
            if (body.state === "failed") throw body.error;
            if (position < body.written) {
              const bytes = await readFile(position);
              position += bytes.byteLength;
              if (position > body.furthest) {
                body.furthest = position;
                body.wake();
              }
              controller.enqueue(bytes);
              return;
            }
            if (body.state === "done") {
              leave();
              controller.close();
              return;
            }
            await body.changed();
          }
        } catch (error) {
          leave();
          controller.error(error);
        }
      },
      cancel() {
        leave();
      },
    },
    // One chunk waits for the client; the rest stays in the file.
    { highWaterMark: 1 },
  );
}

/** What the producer of a new body gets: where to write, and whether to go on. */
export interface BodyWriter {
  /** Appends bytes (collected into larger writes); waits while the readers are far behind. */
  write(bytes: Uint8Array): Promise<void>;
  /** The body is complete: readers get its end. */
  finish(): Promise<void>;
  /** The body cannot be completed: every reader gets this error. */
  fail(error: unknown): void;
  /** Called when every reader has left before the end: the producer must stop. */
  onAbort(abort: () => void): void;
  /** True once the body failed or was abandoned. */
  readonly stopped: boolean;
}

function writerOf(body: Body): BodyWriter {
  let handle: FileHandle | null = null;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    const chunks = pending;
    const length = pendingBytes;
    pending = [];
    pendingBytes = 0;
    handle ??= await fs.promises.open(body.file, "w");
    // writev: the collected chunks go to the file as they are, not first copied into one buffer.
    const { bytesWritten } = await handle.writev(chunks, body.written);
    if (bytesWritten !== length) throw new Error("Die CSV-Datei wurde nicht vollständig geschrieben.");
    body.written += length;
    body.wake();
  };
  const closeFile = () => {
    void handle?.close().catch(() => {});
    handle = null;
  };
  return {
    get stopped() {
      return body.state !== "producing";
    },
    async write(bytes) {
      // Every reader left (or the export failed) meanwhile: nothing more is written, the file is closed.
      if (body.state !== "producing") return closeFile();
      pending.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      pendingBytes += bytes.byteLength;
      if (pendingBytes < WRITE_CHUNK) return;
      await flush();
      // The furthest reader is far behind: wait for it (PostgreSQL waits meanwhile).
      while (body.state === "producing" && body.written - body.furthest > leadBytes()) await body.changed();
    },
    async finish() {
      if (body.state !== "producing") return closeFile();
      await flush();
      closeFile();
      if (body.state !== "producing") return;
      body.state = "done";
      body.lastUsed = Date.now();
      body.wake();
      evict();
    },
    fail(error) {
      closeFile();
      fail(body, error);
    },
    onAbort(abort) {
      // The producer stops without finishing: its file is closed here, not left to the collector.
      const stop = () => {
        closeFile();
        abort();
      };
      if (body.state === "producing") body.abortProducer = stop;
      else stop();
    },
  };
}

/**
 * The CSV body under `key` for one export: a stream of it from its start, attached to the body
 * another export produces or produced; or, when there is none, a new body, and the writer
 * through which this export must now produce it (its errors reach every reader). Call it
 * synchronously once the key is known, so that two exports with one key never both produce.
 */
export function sharedBody(key: string): { stream: ReadableStream<Uint8Array>; writer: BodyWriter | null } {
  const existing = registry.bodies.get(key);
  if (existing) {
    registry.stats.shared += 1;
    return { stream: reader(existing), writer: null };
  }
  registry.serial += 1;
  const body = new Body(key, path.join(bodyDir(), `${registry.serial}.csv`));
  registry.bodies.set(key, body);
  registry.stats.produced += 1;
  return { stream: reader(body), writer: writerOf(body) };
}

/** How many bodies this process produced and how many exports read another's (for tests). */
export function sharedBodyStats(): { produced: number; shared: number } {
  return { ...registry.stats };
}

/** Forgets every body no export reads and removes the files (tests, after their exports). */
export function dropSharedBodies(): void {
  for (const body of [...registry.bodies.values()]) if (body.readers === 0) forget(body);
  if (registry.bodies.size > 0 || !registry.dir) return;
  fs.rmSync(registry.dir, { recursive: true, force: true });
  registry.dir = null;
}
