// Per test file, the CPU time of the Jest worker and every process it started (the Next.js server,
// Chromium, CLI runs), appended as one JSON line to the file named by QL_TEST_CPU_LOG; nothing when
// it is unset. On two cores `npm test` is bound by CPU, not by waiting: this shows which files cost.
// Not counted: PostgreSQL, the background build and the e2e run's shared Chromium (all started by
// the global setup, not by a file). Linux only (/proc).
// CommonJS and plain JavaScript: loaded by Jest without transforming.
const fs = require("node:fs");

const LOG = process.env.QL_TEST_CPU_LOG;
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

/** CPU milliseconds of this process and its live descendants (ended ones count in their parent's). */
function treeCpuMs() {
  const all = new Map();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = processStat(entry);
    if (stat) all.set(Number(entry), stat);
  }
  let total = 0;
  for (const [pid, stat] of all) {
    let ancestor = pid;
    for (let hops = 0; ancestor && ancestor !== process.pid && hops < 64; hops++) ancestor = all.get(ancestor)?.parent;
    if (ancestor === process.pid) total += stat.ms;
  }
  return total;
}

if (LOG) {
  const cpuAtStart = treeCpuMs();
  const wallAtStart = Date.now();
  // Runs before the file's own afterAll hooks: servers and browsers still running are counted live.
  afterAll(() => {
    const line = { file: expect.getState().testPath, cpuMs: treeCpuMs() - cpuAtStart, wallMs: Date.now() - wallAtStart };
    fs.appendFileSync(LOG, `${JSON.stringify(line)}\n`);
  });
}
