// Bootstrap of an extraction worker thread. The server code is bundled by Next.js, the worker is
// not: it runs the prebuilt bundle of worker.ts (scripts/build-extraction.mjs, built by `npm start`,
// `npm run build` and the test setup) while that bundle is current, and otherwise worker.ts from
// its TypeScript sources, which tsx (a production dependency) compiles on load – the same code,
// slower to start and ~15–20 % slower to extract. Both are resolved from the project directory so
// this works under `next start`, `npm run ingest` and Jest alike. workerData.entry is the absolute
// path of worker.ts.
const { workerData } = require("node:worker_threads");
const { currentBundle } = require("./bundle.cjs");

const bundle = currentBundle(workerData.projectDir, "extraction-worker");
if (bundle) {
  // stack traces of unexpected errors (sent to the server's log) name the TypeScript sources
  process.setSourceMapsEnabled(true);
  require(bundle);
} else {
  const tsx = require(require.resolve("tsx/cjs/api", { paths: [workerData.projectDir] }));
  tsx.register();
  require(workerData.entry);
}
