// Orderly shutdown for `npm start`: everything the start script launches (build,
// Next.js, embedded PostgreSQL) is registered here and stopped in reverse order –
// the web server before its database – on SIGTERM/SIGINT/SIGHUP, when a managed
// process dies, or when the parent (npm) disappears. A hard deadline ends the
// script even if a stop hangs, so a process manager never waits longer than 10 s.
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

const SHUTDOWN_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
/** Whole shutdown, below the 10 s a process manager typically grants before SIGKILL. */
const HARD_DEADLINE_MS = 9500;
/** How long a child gets after SIGTERM before its process group is killed. */
const CHILD_GRACE_MS = 4000;
const PARENT_CHECK_MS = 1000;

interface Stoppable {
  name: string;
  stop: () => Promise<void>;
}

export class Lifecycle {
  private readonly running: Stoppable[] = [];
  private stopping = false;

  constructor(private readonly log: (line: string) => void) {}

  get isStopping(): boolean {
    return this.stopping;
  }

  /** Registers something to stop; returns its removal. Registered during a shutdown, it is stopped at once. */
  add(name: string, stop: () => Promise<void>): () => void {
    const entry = { name, stop };
    if (this.stopping) {
      void stop().catch(() => {});
      return () => {};
    }
    this.running.push(entry);
    return () => {
      const index = this.running.indexOf(entry);
      if (index >= 0) this.running.splice(index, 1);
    };
  }

  /** Stops everything (last registered first) and exits with `code`; later calls are ignored. */
  async shutdown(code: number): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    let current = "";
    const deadline = setTimeout(() => {
      this.log(`Beenden dauert zu lange (${current}); Quellenlage wird hart beendet.`);
      process.exit(code === 0 ? 1 : code);
    }, HARD_DEADLINE_MS);
    while (this.running.length > 0) {
      const entry = this.running.pop()!;
      current = entry.name;
      await entry.stop().catch(() => {});
    }
    clearTimeout(deadline);
    process.exit(code);
  }

  /** SIGTERM/SIGINT/SIGHUP (repeated ones included) start one orderly shutdown with exit code 0. */
  handleSignals(): void {
    for (const signal of SHUTDOWN_SIGNALS) {
      process.on(signal, () => {
        if (this.stopping) return;
        this.log(`Quellenlage wird beendet (${signal}) …`);
        void this.shutdown(0);
      });
    }
  }

  /**
   * A stray error (a database client losing its server during the stop, say) must not
   * crash the script halfway through stopping: during a shutdown it is ignored, before
   * one it is reported and starts one with exit code 1.
   */
  handleStrayErrors(report: (line: string) => void): void {
    const onError = (error: unknown) => {
      if (this.stopping) return;
      report(`Unerwarteter Fehler: ${error instanceof Error ? error.message : String(error)}; Quellenlage wird beendet.`);
      void this.shutdown(1);
    };
    process.on("uncaughtException", onError);
    process.on("unhandledRejection", onError);
  }

  /**
   * When whoever started us is gone (npm killed hard), nobody would ever stop us:
   * the start script is re-parented, which this notices within a second.
   */
  watchParent(): void {
    const parent = process.ppid;
    const timer = setInterval(() => {
      if (process.ppid === parent || this.stopping) return;
      this.log("Der aufrufende Prozess ist beendet; Quellenlage wird beendet …");
      void this.shutdown(0);
    }, PARENT_CHECK_MS);
    timer.unref();
  }
}

/**
 * Spawns a child in its own process group, so stopping it reaches every process it
 * starts in turn (e.g. worker processes), and a terminal's Ctrl+C reaches only us:
 * we decide the order.
 */
export function spawnGroup(command: string, args: string[], options: SpawnOptions): ChildProcess {
  return spawn(command, args, { ...options, detached: true });
}

export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is gone already
  }
}

/** SIGTERM to the child's group; SIGKILL to the group after `graceMs`. Resolves once the child is gone. */
export async function stopGroup(child: ChildProcess, graceMs = CHILD_GRACE_MS): Promise<void> {
  if (child.pid === undefined) return;
  const exited = hasExited(child) ? Promise.resolve() : new Promise<void>((resolve) => child.once("exit", () => resolve()));
  signalGroup(child, "SIGTERM");
  const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
  // Helpers of a child that already ended on its own still get their SIGKILL.
  signalGroup(child, "SIGKILL");
}
