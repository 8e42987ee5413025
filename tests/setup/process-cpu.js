// CPU time of a process tree from Linux's /proc, for the test run's CPU log (QL_TEST_CPU_LOG):
// per test file (cpu-log.js) and for what the global set-up starts for all files (the database
// server, the shared Chromium, the background build). CommonJS: loaded by Jest without transforming.
const fs = require("node:fs");

/** Clock ticks per second of /proc's CPU fields (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

function processStat(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    // utime, stime, cutime, cstime: own time and that of children already waited for
    const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    return { parent: Number(fields[1]), ms: (ticks * 1000) / TICKS_PER_SECOND };
  } catch {
    return null; // ended while reading
  }
}

/** CPU milliseconds of a process and its live descendants (ended ones count in their parent's). */
function treeCpuMs(rootPid) {
  const all = new Map();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = processStat(entry);
    if (stat) all.set(Number(entry), stat);
  }
  let total = 0;
  for (const [pid, stat] of all) {
    let ancestor = pid;
    for (let hops = 0; ancestor && ancestor !== rootPid && hops < 64; hops++) ancestor = all.get(ancestor)?.parent;
    if (ancestor === rootPid) total += stat.ms;
  }
  return total;
}

/** One line for a process the global set-up started for all files; nothing without QL_TEST_CPU_LOG. */
function logSharedCpu(name, pid) {
  const log = process.env.QL_TEST_CPU_LOG;
  if (!log || !pid) return;
  fs.appendFileSync(log, `${JSON.stringify({ shared: name, cpuMs: treeCpuMs(pid) })}\n`);
}

module.exports = { treeCpuMs, logSharedCpu };
