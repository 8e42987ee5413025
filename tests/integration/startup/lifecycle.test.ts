// `npm start` as a process manager runs it: SIGTERM or SIGINT to the npm process stops
// everything it started within 10 s, and a Next.js server that dies on its own takes
// the whole start down (database included) with a non-zero exit code.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "@/lib/db/free-port";
import { buildOnce } from "../../helpers/build-once";
import { environmentOf, killAllMentioning, processesMentioning, waitFor } from "../../helpers/processes";

const STOP_WITHIN_MS = 10000;

interface NpmRun {
  npm: ChildProcess;
  port: number;
  dataDir: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

let root: string;
/** Per test, the runs whose processes must not outlive it. */
const runs: NpmRun[] = [];

/**
 * The data directory every restart below copies, set up by two starts: a fresh one that the
 * SIGINT test interrupts during its database set-up, and a second start on the same directory that
 * completes the set-up (migrations, demo data) and serves until the SIGTERM test stops it. Each
 * restart then runs on a copy, as a restart of an installed Quellenlage, which skips initdb,
 * migrations and demo data (about half of a fresh start). One fresh start (initdb) for all.
 */
const SET_UP = "set-up";
let interruptedRun: NpmRun;
let completingRun: Promise<NpmRun> | undefined;

beforeAll(
  async () => {
    await buildOnce(); // shared with the browser tests; `npm start` would build otherwise
    root = fs.mkdtempSync(path.join(os.tmpdir(), "ql-lifecycle-"));
    fs.chmodSync(root, 0o755);
    interruptedRun = spawnNpm(SET_UP, await findFreePort());
  },
  8 * 60 * 1000,
);

afterEach(() => {
  for (const run of runs.splice(0)) killAllMentioning(run.dataDir);
});
afterAll(() => {
  killAllMentioning(root); // the set-up runs, when a failed or filtered run left them
  fs.rmSync(root, { recursive: true, force: true });
});

function spawnNpm(name: string, port: number, extraEnv: Record<string, string> = {}): NpmRun {
  const dataDir = path.join(root, name);
  const { DATABASE_URL: _external, ...env } = process.env;
  const npm = spawn("npm", ["start"], {
    env: { ...env, PORT: String(port), QUELLENLAGE_DATA_DIR: dataDir, ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  npm.stdout?.on("data", (d) => (log += d));
  npm.stderr?.on("data", (d) => (log += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    npm.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return { npm, port, dataDir, output: () => log, exited };
}

function hasEnded(run: NpmRun): boolean {
  return run.npm.exitCode !== null || run.npm.signalCode !== null;
}

/** Until the login page renders (the first start's proof that the app serves). */
async function waitUntilServing(run: NpmRun): Promise<void> {
  const serving = await waitFor(async () => (await httpStatus(run.port)) === 200 || hasEnded(run), 120000);
  if (!serving || hasEnded(run)) throw new Error(`npm start kam nicht hoch:\n${run.output()}`);
}

/**
 * Until Next.js listens, for the restarts, which are there to be stopped: a rendered login page
 * proves nothing more there and costs the server about half a CPU-second.
 */
async function waitUntilListening(run: NpmRun): Promise<void> {
  const listening = await waitFor(async () => !(await portIsClosed(run.port)) || hasEnded(run), 120000);
  if (!listening || hasEnded(run)) throw new Error(`npm start kam nicht hoch:\n${run.output()}`);
}

/** The second start on the set-up directory, serving (started once, after the interrupted one has ended). */
function completeSetUp(): Promise<NpmRun> {
  completingRun ??= (async () => {
    if (!hasEnded(interruptedRun)) interruptedRun.npm.kill("SIGINT"); // when the SIGINT test did not run
    await interruptedRun.exited;
    const run = spawnNpm(SET_UP, await findFreePort());
    await waitUntilServing(run);
    return run;
  })();
  return completingRun;
}

/** The set-up data directory, stopped cleanly (by the SIGTERM test, or here when it did not run). */
async function setUpDataDir(): Promise<string> {
  const run = await completeSetUp();
  if (!hasEnded(run)) run.npm.kill("SIGTERM");
  expect(await run.exited).toEqual({ code: 0, signal: null });
  return run.dataDir;
}

/** `npm start` on a copy of the set-up data directory (owners kept: PostgreSQL runs as its own user). */
async function startNpm(name: string, extraEnv: Record<string, string> = {}): Promise<NpmRun> {
  execFileSync("cp", ["-a", await setUpDataDir(), path.join(root, name)]);
  const run = spawnNpm(name, await findFreePort(), extraEnv);
  runs.push(run);
  await waitUntilListening(run);
  expect(run.output()).not.toMatch(/Migration eingespielt/); // really a restart
  return run;
}

async function httpStatus(port: number): Promise<number | null> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/login`, { signal: AbortSignal.timeout(2000) })).status;
  } catch {
    return null;
  }
}

function portIsClosed(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });
}

function nextServerOf(run: NpmRun): number {
  const nextServer = processesMentioning(run.dataDir).find((p) => p.command.startsWith("next-server"));
  if (!nextServer) throw new Error(`Kein next-server gefunden:\n${run.output()}`);
  return nextServer.pid;
}

function leftovers(run: NpmRun): string[] {
  return processesMentioning(run.dataDir).map((p) => `${p.pid} ${p.command}`);
}

async function expectEverythingStopped(run: NpmRun, since: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), STOP_WITHIN_MS)));
  const exit = await Promise.race([run.exited, timeout]);
  clearTimeout(timer); // a pending timer would keep the Jest worker alive
  expect({ npmExited: exit !== null, output: exit ? "" : run.output() }).toEqual({ npmExited: true, output: "" });
  const remaining = Math.max(0, STOP_WITHIN_MS - (Date.now() - since));
  await waitFor(async () => (await portIsClosed(run.port)) && leftovers(run).length === 0, remaining);
  expect(await portIsClosed(run.port)).toBe(true);
  expect(leftovers(run)).toEqual([]);
}

async function expectSignalStopsEverything(run: NpmRun, signal: "SIGTERM" | "SIGINT"): Promise<void> {
  expect(processesMentioning(run.dataDir).some((p) => p.command.includes("postgres"))).toBe(true);
  const sentAt = Date.now();
  run.npm.kill(signal);
  await expectEverythingStopped(run, sentAt);
  expect(await run.exited).toEqual({ code: 0, signal: null });
  expect(run.output()).toMatch(new RegExp(`Quellenlage wird beendet \\(${signal}\\)`));
}

// Each signal once, on a different phase: SIGINT during the database set-up of the fresh start,
// SIGTERM to the start that completed that set-up and serves (the handler is the same for both;
// npm forwards both). Restarts are stopped by the tests below: npm killed hard (orderly stop, exit
// 0 unseen), Next.js or PostgreSQL dying (exit 1).
test("SIGINT to the npm process during the database set-up (migrations, demo data) stops everything within 10 s", async () => {
  const run = interruptedRun;
  runs.push(run);
  const databaseUp = await waitFor(() => /Datenbank: eingebettetes PostgreSQL/.test(run.output()), 120000);
  expect({ databaseUp, output: databaseUp ? "" : run.output() }).toEqual({ databaseUp: true, output: "" });
  await expectSignalStopsEverything(run, "SIGINT");
  expect(run.output()).not.toMatch(/Quellenlage läuft auf/); // stopped during the set-up, not after it
}, 180000);

test("SIGTERM to the npm process stops Next.js, PostgreSQL and the start script within 10 s", async () => {
  const run = await completeSetUp(); // also proves that a start completes an interrupted set-up
  runs.push(run);
  // No address guessed for next-auth: without NEXTAUTH_URL or QUELLENLAGE_PUBLIC_URL it stays unset.
  expect(environmentOf(nextServerOf(run)).NEXTAUTH_URL).toBeUndefined();
  await expectSignalStopsEverything(run, "SIGTERM");
}, 300000);

test("when the Next.js server dies, npm start says so, stops PostgreSQL and exits non-zero", async () => {
  const run = await startNpm("next-dies", { QUELLENLAGE_PUBLIC_URL: "https://quellenlage.example.de/" });
  const nextServer = nextServerOf(run);
  expect(environmentOf(nextServer).NEXTAUTH_URL).toBe("https://quellenlage.example.de");

  const killedAt = Date.now();
  process.kill(nextServer, "SIGKILL");
  await expectEverythingStopped(run, killedAt);
  const exit = await run.exited;
  expect(exit.code).toBe(1);
  expect(run.output()).toMatch(/Der Next\.js-Server hat sich unerwartet beendet/);
}, 180000);

test("when npm itself is killed hard, the start script notices and stops everything", async () => {
  const run = await startNpm("npm-killed");
  const killedAt = Date.now();
  run.npm.kill("SIGKILL");
  await expectEverythingStopped(run, killedAt);
  expect(run.output()).toMatch(/Der aufrufende Prozess ist beendet/);
}, 180000);

test("when the embedded database dies, npm start says so, stops Next.js and exits non-zero", async () => {
  const run = await startNpm("postgres-dies");
  const postmaster = processesMentioning(run.dataDir).find((p) => p.command.includes("bin/postgres -D"));
  expect(postmaster).toBeDefined();

  const killedAt = Date.now();
  process.kill(postmaster!.pid, "SIGKILL");
  await expectEverythingStopped(run, killedAt);
  expect((await run.exited).code).toBe(1);
  expect(run.output()).toMatch(/Die eingebettete Datenbank hat sich unerwartet beendet/);
}, 180000);
