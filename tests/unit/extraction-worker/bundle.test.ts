// The worker uses the prebuilt extraction bundle only while it matches the sources it was built
// from (lib/extraction-worker/bundle.cjs); otherwise it falls back to the sources through tsx.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { BUNDLE_DIR, MANIFEST, currentBundle, fingerprint } from "@/lib/extraction-worker/bundle.cjs";

let project: string;
const write = (file: string, content: string) => {
  fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
  fs.writeFileSync(path.join(project, file), content);
};

beforeEach(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), "ql-bundle-"));
  write("lib/a.ts", "export const a = 1;\n");
  write("lib/b.ts", "export const b = 2;\n");
  write(path.join(BUNDLE_DIR, "engine.cjs"), "module.exports = {};\n");
  const inputs = ["lib/a.ts", "lib/b.ts"];
  const manifest = { fingerprint: fingerprint(project, inputs), bundles: { engine: "engine.cjs" }, inputs };
  write(path.join(BUNDLE_DIR, MANIFEST), JSON.stringify(manifest));
});
afterEach(() => fs.rmSync(project, { recursive: true, force: true }));

test("a bundle built from the current sources is used", () => {
  expect(currentBundle(project, "engine")).toBe(path.join(project, BUNDLE_DIR, "engine.cjs"));
  expect(currentBundle(project, "other")).toBeNull();
});

test("an edited or deleted source makes the bundle stale; restoring it makes it current again", () => {
  write("lib/b.ts", "export const b = 3;\n");
  expect(currentBundle(project, "engine")).toBeNull();
  write("lib/b.ts", "export const b = 2;\n");
  expect(currentBundle(project, "engine")).not.toBeNull();
  fs.rmSync(path.join(project, "lib/a.ts"));
  expect(currentBundle(project, "engine")).toBeNull();
});

test("without manifest or bundle file there is no bundle", () => {
  fs.rmSync(path.join(project, BUNDLE_DIR, "engine.cjs"));
  expect(currentBundle(project, "engine")).toBeNull();
  fs.rmSync(path.join(project, BUNDLE_DIR, MANIFEST));
  expect(currentBundle(project, "engine")).toBeNull();
});
