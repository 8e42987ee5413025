// Order of the test files for two workers. Jest's own order on a clean checkout (no timing
// cache) is by file size, which starts the slow suites late and leaves one worker idle at the
// end, and a suite that needs the built app first waits minutes for `next build`.
// Here: the suites that need no built app first, shortest first, so that the CPU-heavy extraction
// suites (with their 60 s analysis limit) run after most of the build, which runs in the background
// meanwhile (tests/setup/app-build.ts); then those that need the app, longest first, so that both
// workers finish together (the order of the first group does not matter for that). Durations come
// from tests/setup/suite-durations.json (seconds, scaled to a quiet run, build excluded), else from
// Jest's timing cache, else from the file size.
// CommonJS and plain JavaScript: Jest loads the sequencer without transforming it.
const fs = require("node:fs");
const path = require("node:path");
const Sequencer = require("@jest/test-sequencer").default;

const ROOT = path.resolve(__dirname, "..", "..");
/** Words in a test file that start the built app (directly or through a shared set-up). */
const NEEDS_BUILD = /\b(startTestApp|startNextServer|buildOnce|setupEditorBrowser|setupApiUsers)\b/;
/** Seconds per byte of test source, for files without a recorded duration (rough median). */
const SECONDS_PER_BYTE = 1 / 1500;

function recordedDurations() {
  try {
    return JSON.parse(fs.readFileSync(path.join(__dirname, "suite-durations.json"), "utf8"));
  } catch {
    return {};
  }
}

function relative(test) {
  return path.relative(ROOT, test.path).split(path.sep).join("/");
}

class SlowFirstSequencer extends Sequencer {
  sort(tests) {
    const recorded = recordedDurations();
    const estimate = (test) => {
      const known = recorded[relative(test)];
      if (typeof known === "number") return known;
      const cached = this.time(test);
      if (typeof cached === "number") return cached / 1000;
      return (test.context.hasteFS.getSize(test.path) ?? 0) * SECONDS_PER_BYTE;
    };
    const needsBuild = (test) =>
      test.context.config.displayName?.name === "e2e" || NEEDS_BUILD.test(fs.readFileSync(test.path, "utf8"));
    const entries = tests.map((test) => ({ test, seconds: estimate(test), build: needsBuild(test) }));
    // Read by the global setup (same process, it runs after sort): start the build only if needed.
    if (entries.some((entry) => entry.build)) process.env.QL_TESTS_NEED_BUILD = "1";
    entries.sort((a, b) => Number(a.build) - Number(b.build) || (a.build ? b.seconds - a.seconds : a.seconds - b.seconds));
    return entries.map((entry) => {
      // Jest's scheduler reads `duration` (ms), e.g. to decide whether to run in band.
      entry.test.duration = entry.seconds * 1000;
      return entry.test;
    });
  }
}

module.exports = SlowFirstSequencer;
