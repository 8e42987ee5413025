// `next build` in the background from the global setup, while the suites that need no built
// app run (tests/setup/sequencer.js orders them first): no worker waits minutes for the build.
// It holds the lock of tests/helpers/build-once.ts, so a suite that needs the app waits for
// this build instead of starting its own; if it failed, that suite builds again and fails
// with the build's output. Not a process group of its own: Ctrl-C stops it with Jest.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import { isBuildCurrent } from "../../scripts/lib/build-stamp";
import { releaseBuildLock, setBuildLockOwner, tryBuildLock } from "../helpers/build-once";
import { killAllMentioning } from "../helpers/processes";

interface BackgroundBuild {
  child: ChildProcess;
  /** In the environment of the build and everything it starts, to find them all when stopping. */
  marker: string;
  done: Promise<void>;
}

declare global {
  var __QL_BACKGROUND_BUILD__: BackgroundBuild | undefined;
}

export function startBackgroundBuild(): void {
  // Set by the sequencer when a selected suite starts the app (a single unit or DB suite builds nothing).
  if (process.env.QL_TESTS_NEED_BUILD !== "1" || globalThis.__QL_BACKGROUND_BUILD__) return;
  if (isBuildCurrent() || !tryBuildLock()) return;
  const root = path.resolve(__dirname, "..", "..");
  const marker = `ql-build-${crypto.randomBytes(6).toString("hex")}`;
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["tests/setup/build-app.ts"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, QL_BACKGROUND_BUILD: marker },
  });
  if (child.pid !== undefined) setBuildLockOwner(child.pid);
  const done = new Promise<void>((resolve) => {
    child.once("error", () => resolve());
    child.once("exit", (code) => {
      if (code !== 0) process.stderr.write("\nnext build im Hintergrund ist fehlgeschlagen; die Browser-Tests bauen erneut.\n");
      resolve();
    });
  }).finally(releaseBuildLock);
  globalThis.__QL_BACKGROUND_BUILD__ = { child, marker, done };
}

/** Global teardown (or a setup that gives up): a build still running is stopped, the lock released. */
export async function stopBackgroundBuild(): Promise<void> {
  const build = globalThis.__QL_BACKGROUND_BUILD__;
  if (!build) return;
  if (build.child.exitCode === null && build.child.signalCode === null) killAllMentioning(build.marker);
  await build.done;
}
