// The prebuilt extraction bundles (scripts/build-extraction.mjs): the worker entry and the engine,
// each one plain CommonJS file made by esbuild from the TypeScript sources. A bundle is used only
// while it is current: the manifest beside it holds a fingerprint of every source file it was built
// from, and any edit since then makes callers fall back to the sources through tsx. Plain CommonJS
// with Node built-ins only, so boot.cjs, the build script and the bench can all load it.
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

/** Directory of the bundles and their manifest, relative to the project (gitignored). */
const BUNDLE_DIR = path.join(".build", "extraction");
const MANIFEST = "manifest.json";
/** Files that shape the output without being bundled (path aliases, target). */
const CONFIG_INPUTS = ["tsconfig.json", "scripts/build-extraction.mjs"];

/** SHA-256 over the given project-relative files, names and contents; null when one is missing. */
function fingerprint(projectDir, files) {
  const hash = crypto.createHash("sha256");
  for (const file of [...files].sort()) {
    let content;
    try {
      content = fs.readFileSync(path.join(projectDir, file));
    } catch {
      return null;
    }
    hash.update(file);
    hash.update("\0");
    hash.update(content);
  }
  return hash.digest("hex");
}

/** Absolute path of the named bundle ("extraction-worker", "extraction") when current, else null. */
function currentBundle(projectDir, name) {
  const dir = path.join(projectDir, BUNDLE_DIR);
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), "utf8"));
  } catch {
    return null;
  }
  const file = manifest.bundles?.[name];
  if (typeof file !== "string" || !Array.isArray(manifest.inputs)) return null;
  if (fingerprint(projectDir, manifest.inputs) !== manifest.fingerprint) return null;
  const bundle = path.join(dir, file);
  return fs.existsSync(bundle) ? bundle : null;
}

module.exports = { BUNDLE_DIR, MANIFEST, CONFIG_INPUTS, fingerprint, currentBundle };
