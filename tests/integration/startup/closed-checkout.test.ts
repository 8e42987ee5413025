// A checkout in a folder only its owner may enter (a clone under /root is 0700):
// as root the embedded PostgreSQL runs as `postgres`, which cannot reach the
// programs in node_modules there. `npm start` and the test database server must
// work anyway, and a data directory in such a folder is named in one sentence.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "@/lib/db/free-port";
import { buildOnce } from "../../helpers/build-once";
import { killAllMentioning, processesMentioning, waitFor } from "../../helpers/processes";

const asRoot = os.userInfo().uid === 0;
const SOURCE = process.cwd();
const SKIPPED_ENTRIES = new Set([".git", ".data", ".next", "node_modules", ".next-build.lock"]);

let root: string;
let closed: string;
let checkout: string;
const markers: string[] = [];

/** A copy of this checkout at <closed>/quellenlage, built and installed (hard links: no time, no space). */
function copyCheckout(): void {
  fs.mkdirSync(checkout);
  // One cp per folder, not per entry: each process started from the Jest worker costs CPU too.
  const entries = fs.readdirSync(SOURCE).filter((entry) => !SKIPPED_ENTRIES.has(entry));
  execFileSync("cp", ["-a", ...entries.map((entry) => path.join(SOURCE, entry)), checkout]);
  execFileSync("cp", ["-al", path.join(SOURCE, "node_modules"), checkout]);
  // .next is copied for real: `next start` may write into it. Its cache is not needed.
  fs.mkdirSync(path.join(checkout, ".next"));
  const built = fs.readdirSync(path.join(SOURCE, ".next")).filter((entry) => entry !== "cache");
  execFileSync("cp", ["-a", ...built.map((entry) => path.join(SOURCE, ".next", entry)), path.join(checkout, ".next")]);
}

beforeAll(
  async () => {
    await buildOnce();
    root = fs.mkdtempSync(path.join(os.tmpdir(), "ql-closed-"));
    fs.chmodSync(root, 0o755);
    closed = path.join(root, "home");
    fs.mkdirSync(closed, { mode: 0o700 });
    checkout = path.join(closed, "quellenlage");
    copyCheckout();
  },
  8 * 60 * 1000,
);

afterEach(() => {
  for (const marker of markers.splice(0)) killAllMentioning(marker);
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

interface Run {
  exited: Promise<number | null>;
  output: () => string;
  stop: () => void;
}

function npmStart(env: Record<string, string>): Run {
  const { DATABASE_URL: _external, ...base } = process.env;
  const npm = spawn("npm", ["start"], { cwd: checkout, env: { ...base, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  npm.stdout?.on("data", (d) => (log += d));
  npm.stderr?.on("data", (d) => (log += d));
  const exited = new Promise<number | null>((resolve) => npm.once("exit", (code) => resolve(code)));
  return { exited, output: () => log, stop: () => npm.kill("SIGTERM") };
}

async function serves(port: number, run: Run): Promise<boolean> {
  let ended = false;
  void run.exited.then(() => (ended = true));
  return waitFor(async () => {
    if (ended) return true;
    try {
      return (await fetch(`http://127.0.0.1:${port}/login`)).status === 200;
    } catch {
      return false;
    }
  }, 120000).then(() => !ended);
}

function expectNoStackTrace(output: string): void {
  expect(output).not.toMatch(/\n\s+at |EACCES/);
}

test("npm start works from the closed checkout and stops cleanly", async () => {
  const port = await findFreePort();
  const dataDir = path.join(root, "data");
  markers.push(dataDir);
  const run = npmStart({ PORT: String(port), QUELLENLAGE_DATA_DIR: dataDir });
  expect({ serves: await serves(port, run), output: "" }).toEqual({ serves: true, output: "" });
  expect(processesMentioning(dataDir).some((p) => p.command.includes("bin/postgres"))).toBe(true);
  run.stop();
  expect(await run.exited).toBe(0);
  expectNoStackTrace(run.output());
  expect(processesMentioning(dataDir)).toEqual([]);
}, 180000);

test("the default data directory inside the closed folder is named with the fix (as root), or just works", async () => {
  const port = await findFreePort();
  markers.push(checkout);
  const run = npmStart({ PORT: String(port) });
  if (asRoot) {
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain(
      `[quellenlage] Der Ordner ${closed} ist für den Benutzer postgres, unter dem die eingebettete Datenbank läuft, nicht zugänglich; bitte QUELLENLAGE_DATA_DIR auf einen Ordner außerhalb davon setzen (z. B. QUELLENLAGE_DATA_DIR=/var/lib/quellenlage npm start) oder ihn mit „chmod o+x ${closed}“ freigeben.\n`,
    );
  } else {
    expect(await serves(port, run)).toBe(true);
    run.stop();
    expect(await run.exited).toBe(0);
  }
  expectNoStackTrace(run.output());
}, 180000);

test("the test database server (npm test's global setup) starts from the closed checkout", async () => {
  markers.push(checkout);
  const server = spawn(path.join(checkout, "node_modules", ".bin", "tsx"), ["scripts/test-db-server.ts"], {
    cwd: checkout,
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  server.stdout.on("data", (d) => (stdout += d));
  server.stderr.on("data", (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
  await waitFor(() => stdout.includes("\n") || server.exitCode !== null, 60000);
  expect({ stdout, stderr }).toEqual({ stdout: expect.stringMatching(/^\{"adminUrl":"postgresql:/), stderr: "" });
  server.stdin.end(); // how Jest's global teardown stops it
  expect(await exited).toBe(0);
}, 90000);
