// Per test file, the CPU time of the Jest worker and every process it started (the Next.js server,
// Chromium, CLI runs), appended as one JSON line to the file named by QL_TEST_CPU_LOG; nothing when
// it is unset. On two cores `npm test` is bound by CPU, not by waiting: this shows which files cost.
// PostgreSQL, the background build and the e2e run's shared Chromium (started by the global set-up,
// not by a file) get lines of their own ({"shared": name}; tests/setup/process-cpu.js). Linux only.
// CommonJS and plain JavaScript: loaded by Jest without transforming.
const fs = require("node:fs");

const LOG = process.env.QL_TEST_CPU_LOG;
const { treeCpuMs } = require("./process-cpu");

if (LOG) {
  const cpuAtStart = treeCpuMs(process.pid);
  const wallAtStart = Date.now();
  // Runs before the file's own afterAll hooks: servers and browsers still running are counted live.
  afterAll(() => {
    const line = {
      file: expect.getState().testPath,
      cpuMs: treeCpuMs(process.pid) - cpuAtStart,
      wallMs: Date.now() - wallAtStart,
    };
    fs.appendFileSync(LOG, `${JSON.stringify(line)}\n`);
  });
}
