// Browser tests need a current production build. Two Jest workers (and the background build of
// the global setup, tests/setup/app-build.ts) may ask at the same time: a lock directory makes
// the others wait for the one that builds. It names its owner's process id, so a lock left
// behind by a killed run is taken over instead of waited out.
import fs from "node:fs";
import path from "node:path";
import { processIsAlive } from "../../lib/process-alive";
import { ensureBuild } from "../../scripts/lib/build-stamp";

export const BUILD_LOCK = path.join(process.cwd(), ".next-build.lock");
const OWNER = path.join(BUILD_LOCK, "owner");

function lockIsStale(): boolean {
  try {
    return !processIsAlive(Number(fs.readFileSync(OWNER, "utf8")));
  } catch {
    return false; // no owner written yet (just created), or the lock is gone
  }
}

/** Takes the build lock if it is free (or left behind by a dead process); false if someone holds it. */
export function tryBuildLock(owner = process.pid): boolean {
  try {
    fs.mkdirSync(BUILD_LOCK);
  } catch {
    if (!lockIsStale()) return false;
    fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
    return tryBuildLock(owner);
  }
  setBuildLockOwner(owner);
  return true;
}

/** The process whose death frees the lock (the background build hands it to its build process). */
export function setBuildLockOwner(pid: number): void {
  fs.writeFileSync(OWNER, String(pid));
}

export function releaseBuildLock(): void {
  fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
}

/** Waiting for a build whose owner lives: generous, a loaded machine builds for many minutes. */
const WAIT_FOR_OTHER_BUILD_MS = 20 * 60 * 1000;

export async function buildOnce(): Promise<void> {
  const deadline = Date.now() + WAIT_FOR_OTHER_BUILD_MS;
  while (!tryBuildLock()) {
    if (Date.now() > deadline) throw new Error("Wartezeit auf den parallelen Build überschritten.");
    await new Promise((r) => setTimeout(r, 250));
  }
  try {
    // Types are checked by `npm run typecheck` (next.config.js), not again in the test build.
    process.env.QUELLENLAGE_BUILD_SKIP_TYPECHECK = "1";
    if (!ensureBuild((line) => process.stdout.write(`${line}\n`))) throw new Error("next build ist fehlgeschlagen.");
  } finally {
    releaseBuildLock();
  }
}
