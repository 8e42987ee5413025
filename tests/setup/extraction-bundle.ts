// The extraction worker's bundle for the suites that start worker threads (scripts/build-extraction.mjs;
// skips itself while current). Built in a child process: the build script is an ES module and
// Jest's setup is transformed to CommonJS. A failed build only costs time (the worker then runs
// the sources through tsx), so it is reported, never fatal.
import { spawnSync } from "node:child_process";
import path from "node:path";

export function buildExtractionBundle(): void {
  const root = path.resolve(__dirname, "..", "..");
  const result = spawnSync(process.execPath, [path.join(root, "scripts", "build-extraction.mjs")], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (result.status !== 0) process.stderr.write("\nExtraktions-Bundle nicht gebaut; die Worker laufen aus den Quellen.\n");
}
