// Finds the processes of one test run through /proc: every process a run starts
// (npm, sh, tsx, the start script, Next.js, PostgreSQL and its workers) inherits the
// run's unique QUELLENLAGE_DATA_DIR, even when it renamed itself ("next-server").
import fs from "node:fs";

export interface RunProcess {
  pid: number;
  command: string;
}

function readProc(pid: string, file: string): string | null {
  try {
    return fs.readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return null; // gone meanwhile, or a zombie
  }
}

function isZombie(pid: string): boolean {
  const stat = readProc(pid, "stat");
  // The state follows the command name in parentheses, which may itself contain ") ".
  return stat === null || stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
}

/** Live processes whose environment or command line mentions `marker`. */
export function processesMentioning(marker: string): RunProcess[] {
  const found: RunProcess[] = [];
  for (const pid of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid) continue;
    const environ = readProc(pid, "environ") ?? "";
    const cmdline = readProc(pid, "cmdline") ?? "";
    if (!environ.includes(marker) && !cmdline.includes(marker)) continue;
    if (isZombie(pid)) continue;
    found.push({ pid: Number(pid), command: cmdline.split("\0").join(" ").trim() });
  }
  return found;
}

/** A process's environment as it was started. */
export function environmentOf(pid: number): Record<string, string> {
  const entries = (readProc(String(pid), "environ") ?? "").split("\0").filter(Boolean);
  return Object.fromEntries(entries.map((entry) => [entry.slice(0, entry.indexOf("=")), entry.slice(entry.indexOf("=") + 1)]));
}

/** Last resort after a failed test: nothing of the run may outlive it. */
export function killAllMentioning(marker: string): void {
  for (const { pid } of processesMentioning(marker)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
