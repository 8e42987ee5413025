// `npm start` and the browser tests build the app only when its sources changed
// since the last build: a fingerprint of the source tree is kept in .next.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { spawnSync, type ChildProcess } from "node:child_process";
import { spawnGroup } from "./lifecycle";

const ROOT = process.cwd();
const INPUTS = [
  "app",
  "components",
  "lib",
  "prisma/schema.prisma",
  "next.config.js",
  "package-lock.json",
  "tsconfig.json",
  "proxy.ts",
  "instrumentation.ts",
  "instrumentation-client.ts",
];
const STAMP = path.join(ROOT, ".next", "quellenlage-build.json");

function listFiles(entry: string, out: string[]): void {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return;
  const stat = fs.statSync(full);
  if (stat.isFile()) {
    out.push(entry);
    return;
  }
  for (const child of fs.readdirSync(full).sort()) {
    if (child === "generated" || child.startsWith(".")) continue;
    listFiles(path.join(entry, child), out);
  }
}

export function sourceFingerprint(): string {
  const files: string[] = [];
  for (const input of INPUTS) listFiles(input, files);
  const hash = crypto.createHash("sha256");
  for (const file of files) {
    hash.update(file);
    hash.update(fs.readFileSync(path.join(ROOT, file)));
  }
  return hash.digest("hex");
}

export function isBuildCurrent(): boolean {
  if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID")) || !fs.existsSync(STAMP)) return false;
  try {
    return JSON.parse(fs.readFileSync(STAMP, "utf8")).fingerprint === sourceFingerprint();
  } catch {
    return false;
  }
}

/** Runs `next build` when needed; returns false when the build failed. */
export function ensureBuild(log: (line: string) => void = console.log): boolean {
  if (isBuildCurrent()) return true;
  log("Quellenlage wird gebaut (next build, etwa eine Minute) …");
  const nextBin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) return false;
  writeStamp();
  return true;
}

function writeStamp(): void {
  fs.writeFileSync(STAMP, JSON.stringify({ fingerprint: sourceFingerprint(), builtAt: new Date().toISOString() }));
}

/**
 * ensureBuild without blocking the event loop, for `npm start` and the tests: a
 * SIGTERM during the build is handled at once, and `onStart` hands the build
 * process (in its own process group) to whoever must be able to stop it.
 */
export async function ensureBuildAsync(
  log: (line: string) => void,
  onStart: (build: ChildProcess) => void = () => {},
): Promise<boolean> {
  if (isBuildCurrent()) return true;
  log("Quellenlage wird gebaut (next build, etwa eine Minute) …");
  const nextBin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
  const build = spawnGroup(process.execPath, [nextBin, "build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  onStart(build);
  const code = await new Promise<number | null>((resolve) => {
    build.once("error", () => resolve(null));
    build.once("exit", (exitCode) => resolve(exitCode));
  });
  if (code !== 0) return false;
  writeStamp();
  return true;
}
