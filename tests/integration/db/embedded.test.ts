import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const TSX = path.join(process.cwd(), "node_modules", ".bin", "tsx");

function run(dataDir: string, sql?: string): Promise<{ code: number; out: { rows?: unknown[]; startupError?: string } }> {
  return new Promise((resolve) => {
    execFile(TSX, ["tests/helpers/embedded-run.ts", dataDir, ...(sql ? [sql] : [])], (error, stdout) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout ? JSON.parse(stdout) : {} });
    });
  });
}

let root: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "ql-embedded-"));
  fs.chmodSync(root, 0o755);
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

test("initialises, keeps data across restarts and recovers a stale postmaster.pid", async () => {
  const dataDir = path.join(root, "persistent");
  const first = await run(dataDir, "CREATE TABLE marker (v text); INSERT INTO marker VALUES ('bleibt')");
  expect(first.code).toBe(0);

  // A killed run leaves its pid file behind; pid 999999 is not a running process.
  fs.writeFileSync(path.join(dataDir, "postmaster.pid"), `999999\n${dataDir}\n`);
  const second = await run(dataDir, "SELECT v FROM marker");
  expect(second).toEqual({ code: 0, out: { rows: [{ v: "bleibt" }] } });
}, 60000);

test("refuses a directory with foreign files in one German sentence", async () => {
  const dataDir = path.join(root, "foreign");
  fs.mkdirSync(dataDir);
  fs.writeFileSync(path.join(dataDir, "notizen.txt"), "keine Datenbank");
  const result = await run(dataDir);
  expect(result.code).toBe(3);
  expect(result.out.startupError).toMatch(/fremde Dateien und keine PostgreSQL-Datenbank/);
  expect(fs.readFileSync(path.join(dataDir, "notizen.txt"), "utf8")).toBe("keine Datenbank");
});

test("refuses a data directory of another PostgreSQL version", async () => {
  const dataDir = path.join(root, "old");
  fs.mkdirSync(dataDir);
  fs.writeFileSync(path.join(dataDir, "PG_VERSION"), "15\n");
  const result = await run(dataDir);
  expect(result.code).toBe(3);
  expect(result.out.startupError).toMatch(/PostgreSQL 15/);
});

test("reports a broken data directory instead of crashing", async () => {
  const dataDir = path.join(root, "broken");
  expect((await run(dataDir)).code).toBe(0);
  fs.rmSync(path.join(dataDir, "global", "pg_control"));
  const result = await run(dataDir);
  expect(result.code).toBe(3);
  expect(result.out.startupError).toMatch(/beschädigt/);
}, 60000);

test("refuses to start a second server on a data directory that is in use", async () => {
  const dataDir = path.join(root, "busy");
  expect((await run(dataDir)).code).toBe(0);
  // A live process whose command line mentions postgres stands in for a running postmaster.
  const holder = spawn(process.execPath, ["-e", "setTimeout(()=>{}, 60000)", "postgres"], { stdio: "ignore" });
  try {
    fs.writeFileSync(path.join(dataDir, "postmaster.pid"), `${holder.pid}\n${dataDir}\n`);
    const result = await run(dataDir);
    expect(result.code).toBe(3);
    expect(result.out.startupError).toMatch(/läuft bereits ein PostgreSQL-Server/);
  } finally {
    holder.kill();
  }
}, 60000);
