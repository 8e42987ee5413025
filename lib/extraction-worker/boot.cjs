// Bootstrap of an extraction worker thread. The server code is bundled by Next.js, but the worker
// runs lib/extraction from its TypeScript sources: tsx (a production dependency) compiles them on
// load, resolved from the project directory so this works under `next start`, `npm run ingest`
// and Jest alike. workerData.entry is the absolute path of worker.ts.
const { workerData } = require("node:worker_threads");

const tsx = require(require.resolve("tsx/cjs/api", { paths: [workerData.projectDir] }));
tsx.register();
require(workerData.entry);
