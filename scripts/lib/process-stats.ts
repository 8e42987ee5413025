// What a benchmark reads about processes from Linux's /proc: resident memory and CPU time of a
// process and its descendants (the app server and its workers, PostgreSQL and its backends).
// Elsewhere every figure is 0 or NaN. Wall-clock times on a shared two-core machine are mostly
// waiting for a core; CPU time per scenario is the steadier figure beside them.
import fs from "node:fs";
import path from "node:path";
import { Client } from "pg";

/** Linux's clock ticks per second for /proc/<pid>/stat (USER_HZ, 100 on every usual kernel). */
const CLOCK_TICKS_PER_SECOND = 100;

function childrenOf(pid: number): number[] {
  try {
    return fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((task) => fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim().split(/\s+/).filter(Boolean))
      .map(Number);
  } catch {
    return [];
  }
}

/** Sum of `measure` over a process and its descendants (Linux /proc; 0 elsewhere). */
export function sumOverTree(pid: number, measure: (pid: number, root: boolean) => number): number {
  let total = 0;
  for (const queue = [pid]; queue.length > 0;) {
    const current = queue.pop()!;
    total += measure(current, current === pid);
    queue.push(...childrenOf(current));
  }
  return total;
}

/** Resident memory in bytes of each process of a tree, by process id and command name. */
export function rssByProcess(pid: number): { pid: number; name: string; rss: number }[] {
  const rows: { pid: number; name: string; rss: number }[] = [];
  sumOverTree(pid, (p) => {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, "utf8");
      const rss = status.match(/^VmRSS:\s+(\d+) kB/m);
      rows.push({ pid: p, name: status.match(/^Name:\s+(.*)$/m)?.[1] ?? "?", rss: rss ? Number(rss[1]) * 1024 : 0 });
    } catch {
      // The process ended meanwhile.
    }
    return 0;
  });
  return rows;
}

/** Resident memory of a process and its descendants in bytes. */
export function treeRss(pid: number): number {
  return rssByProcess(pid).reduce((sum, entry) => sum + entry.rss, 0);
}

/**
 * CPU time (ms, user + system) used so far by a process tree: the live processes plus, at the
 * root, its ended children (cutime/cstime), so a PostgreSQL backend that exits during a scenario
 * still counts.
 */
export function cpuMs(pid: number): number {
  return sumOverTree(pid, (p, root) => {
    try {
      const fields = fs.readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1].split(" ");
      const ticks = Number(fields[11]) + Number(fields[12]) + (root ? Number(fields[13]) + Number(fields[14]) : 0);
      return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
    } catch {
      return 0;
    }
  });
}

/** CPU time (ms, user + system) this process has used so far. */
export function ownCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Process id of the PostgreSQL server (its postmaster.pid), or null when it cannot be read here. */
export async function postgresPid(url: string): Promise<number | null> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ dir: string }>("SELECT current_setting('data_directory') AS dir");
    return Number(fs.readFileSync(path.join(rows[0].dir, "postmaster.pid"), "utf8").split("\n")[0]) || null;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

/**
 * CPU time (ms) of a process tree split into the processes' main threads (JavaScript's event
 * loop) and their other threads (libuv's pool for files, V8's garbage collection and compiler).
 */
export function threadCpuMs(pid: number): { main: number; others: number } {
  const split = { main: 0, others: 0 };
  sumOverTree(pid, (p) => {
    try {
      for (const task of fs.readdirSync(`/proc/${p}/task`)) {
        const fields = fs.readFileSync(`/proc/${p}/task/${task}/stat`, "utf8").split(") ")[1].split(" ");
        const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
        if (Number(task) === p) split.main += ms;
        else split.others += ms;
      }
    } catch {
      // exited meanwhile
    }
    return 0;
  });
  return split;
}
