// Builds the extraction bundles (npm run build:extraction; also run by `npm run build`, `npm start`
// and the test setup): the worker entry (lib/extraction-worker/worker.ts) and the engine
// (lib/extraction/index.ts, for bench:extract), each bundled by esbuild into one CommonJS file in
// .build/extraction with a manifest of its source files (lib/extraction-worker/bundle.cjs).
// Why: run through tsx, every module is compiled on load and each imported name is read through a
// getter of the importing module; one bundle has plain bindings and extracts ~15–20 % faster.
// Packages stay external (required from node_modules at run time). Skips the build while the
// bundles are current; exits 1 with the esbuild messages when the build fails.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { BUNDLE_DIR, MANIFEST, CONFIG_INPUTS, currentBundle, fingerprint } = require("../lib/extraction-worker/bundle.cjs");
// esbuild comes with tsx (a production dependency); resolved from there, not from the top level.
const esbuild = createRequire(require.resolve("tsx/package.json"))("esbuild");

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ENTRIES = {
  "extraction-worker": "lib/extraction-worker/worker.ts",
  extraction: "lib/extraction/index.ts",
};

/** Writes a file by renaming a temporary one, so a worker starting meanwhile never reads half of it. */
function writeAtomically(file, content) {
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, content);
  fs.renameSync(temp, file);
}

export async function buildExtraction({ force = false, log = console.log } = {}) {
  if (!force && Object.keys(ENTRIES).every((name) => currentBundle(ROOT, name))) return false;
  const outdir = path.join(ROOT, BUNDLE_DIR);
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir,
    outExtension: { ".js": ".cjs" },
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    sourcemap: "inline",
    metafile: true,
    write: false,
    logLevel: "warning",
  });
  fs.mkdirSync(outdir, { recursive: true });
  for (const output of result.outputFiles) writeAtomically(output.path, output.contents);
  const inputs = [
    ...new Set([...Object.keys(result.metafile.inputs).map((p) => path.relative(ROOT, path.resolve(ROOT, p))), ...CONFIG_INPUTS]),
  ].sort();
  const bundles = Object.fromEntries(Object.keys(ENTRIES).map((name) => [name, `${name}.cjs`]));
  const manifest = { fingerprint: fingerprint(ROOT, inputs), builtAt: new Date().toISOString(), bundles, inputs };
  writeAtomically(path.join(outdir, MANIFEST), JSON.stringify(manifest, null, 2) + "\n");
  log(`Extraktions-Bundles gebaut: ${path.join(BUNDLE_DIR, "*.cjs")} (${inputs.length} Quelldateien)`);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildExtraction({ force: process.argv.includes("--force") }).catch(() => {
    // esbuild has printed its messages already
    process.exitCode = 1;
  });
}
