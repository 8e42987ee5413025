// Finds the processes of one test run through /proc: every process a run starts
// (npm, sh, tsx, the start script, Next.js, PostgreSQL and its workers) inherits the
// run's unique QUELLENLAGE_DATA_DIR, even when it renamed itself ("next-server").
import { spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type * as Esbuild from "esbuild";

export interface RunProcess {
  pid: number;
  command: string;
}

function readProc(pid: string, file: string): string | null {
  try {
    return fs.readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return null; // gone meanwhile, or a zombie
  }
}

function isZombie(pid: string): boolean {
  const stat = readProc(pid, "stat");
  // The state follows the command name in parentheses, which may itself contain ") ".
  return stat === null || stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
}

/** Live processes whose environment or command line mentions `marker`. */
export function processesMentioning(marker: string): RunProcess[] {
  const found: RunProcess[] = [];
  for (const pid of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid) continue;
    const environ = readProc(pid, "environ") ?? "";
    const cmdline = readProc(pid, "cmdline") ?? "";
    if (!environ.includes(marker) && !cmdline.includes(marker)) continue;
    if (isZombie(pid)) continue;
    found.push({ pid: Number(pid), command: cmdline.split("\0").join(" ").trim() });
  }
  return found;
}

/** A process's environment as it was started. */
export function environmentOf(pid: number): Record<string, string> {
  const entries = (readProc(String(pid), "environ") ?? "").split("\0").filter(Boolean);
  return Object.fromEntries(entries.map((entry) => [entry.slice(0, entry.indexOf("=")), entry.slice(entry.indexOf("=") + 1)]));
}

/** Last resort after a failed test: nothing of the run may outlive it. */
export function killAllMentioning(marker: string): void {
  for (const { pid } of processesMentioning(marker)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

/** Polls `check` until it holds (true) or `timeoutMs` have passed (false). */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface ScriptResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs one of the project's scripts as the CLI runs it (through tsx, in the repository) and
 * collects its output. One node process with tsx's loader (`node --import tsx`, as `npm start`
 * runs): the `tsx` command would start a second one that only relays signals (~0.3 CPU-s a run).
 * `env` overrides this process's environment; an undefined value removes the variable. `onLine`
 * sees each complete stdout line as it arrives (for tests that act mid-run).
 */
export function runScript(
  script: string,
  args: string[],
  env: Record<string, string | undefined>,
  onLine?: (line: string) => void,
): Promise<ScriptResult> {
  return runNode(["--import", "tsx", script, ...args], env, onLine);
}

/**
 * One of the project's scripts (or modules) bundled into one CommonJS file by esbuild, the compiler
 * tsx runs on each file, with the packages left to node_modules (as the extraction bundles,
 * scripts/build-extraction.mjs); returns the bundle's path, `name` and the worker's pid in the
 * gitignored .build/tests. For tests that run a CLI many times: through tsx, each run loads and
 * compiles the sources module by module, ~1 CPU-s more than the bundle; one run through tsx
 * (runScript) is enough to prove the CLI as `npm run` starts it. The bundle lies in the repository
 * because packages are found from there (Prisma imports its runtime as an ES module, which
 * NODE_PATH does not reach). The caller removes it.
 */
export async function bundleScript(script: string, name: string): Promise<string> {
  const outFile = path.join(process.cwd(), ".build", "tests", `${name}-${process.pid}.cjs`);
  // esbuild comes with tsx (a production dependency); resolved from there, as by the build script.
  const esbuild = createRequire(require.resolve("tsx/package.json"))("esbuild") as typeof Esbuild;
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  await esbuild.build({
    absWorkingDir: process.cwd(),
    entryPoints: [script],
    outfile: outFile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
  return outFile;
}

/** runScript for a bundle of bundleScript(). */
export function runBundle(
  bundle: string,
  args: string[],
  env: Record<string, string | undefined>,
  onLine?: (line: string) => void,
): Promise<ScriptResult> {
  return runNode([bundle, ...args], env, onLine);
}

function runNode(
  nodeArgs: string[],
  env: Record<string, string | undefined>,
  onLine?: (line: string) => void,
): Promise<ScriptResult> {
  return new Promise((resolve, reject) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
    for (const [key, value] of Object.entries(env)) if (value === undefined) delete childEnv[key];
    const child = spawn(process.execPath, nodeArgs, { cwd: process.cwd(), env: childEnv });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      const lines = (stdout + chunk).split("\n").slice(stdout.split("\n").length - 1, -1);
      stdout += chunk;
      for (const line of lines) onLine?.(line);
    });
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
