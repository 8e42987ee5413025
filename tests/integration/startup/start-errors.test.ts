// `npm start` must end expected problems with one German sentence, a non-zero
// exit code and no stack trace.
import { execFile } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "@/lib/db/free-port";

/** What `npm start` runs (package.json), without npm; not the tsx CLI, which adds a second Node process. */
const START = ["--import", "tsx", "scripts/start.ts"];

function start(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const { DATABASE_URL: _ignored, ...base } = process.env;
    execFile(process.execPath, START, { env: { ...base, ...env }, timeout: 60000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

let dataDir: string;
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ql-start-"));
  fs.chmodSync(dataDir, 0o755);
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function expectOneCleanSentence(stderr: string, pattern: RegExp) {
  expect(stderr).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(stderr.trim().split("\n")).toHaveLength(1);
}

test("a port in use is named with what to do", async () => {
  const blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, "0.0.0.0", () => resolve()));
  const port = (blocker.address() as net.AddressInfo).port;
  try {
    const result = await start({ PORT: String(port), QUELLENLAGE_DATA_DIR: path.join(dataDir, "a") });
    expect(result.code).toBe(1);
    expectOneCleanSentence(result.stderr, new RegExp(`Port ${port} ist bereits belegt.*PORT=${port + 1} npm start`));
  } finally {
    blocker.close();
  }
});

test("an unreachable DATABASE_URL is named and nothing is started", async () => {
  const result = await start({
    PORT: String(await findFreePort()),
    DATABASE_URL: "postgresql://niemand:nichts@127.0.0.1:1/quellenlage",
    QUELLENLAGE_DATA_DIR: path.join(dataDir, "b"),
  });
  expect(result.code).toBe(1);
  expectOneCleanSentence(result.stderr, /Die Datenbank aus DATABASE_URL \(127\.0\.0\.1:1\) ist nicht erreichbar/);
  expect(fs.existsSync(path.join(dataDir, "b", "postgres"))).toBe(false);
});

test("a foreign data directory is refused without touching it", async () => {
  const foreign = path.join(dataDir, "c", "postgres");
  fs.mkdirSync(foreign, { recursive: true });
  fs.writeFileSync(path.join(foreign, "wichtig.txt"), "nicht löschen");
  const result = await start({ PORT: String(await findFreePort()), QUELLENLAGE_DATA_DIR: path.join(dataDir, "c") });
  expect(result.code).toBe(1);
  expectOneCleanSentence(result.stderr, /fremde Dateien und keine PostgreSQL-Datenbank/);
  expect(fs.readFileSync(path.join(foreign, "wichtig.txt"), "utf8")).toBe("nicht löschen");
});

// Every setting is checked by one loadConfig() call, the first thing the start script does; each
// setting's message is checked in tests/unit/config/env.test.ts ("%j is refused with one German
// sentence"). Here, that such an error ends the start as it should: two settings, one read before
// the port is opened and one (the secret) before anything would be written.
test.each([
  ["PORT", "dreitausend", "Ungültige Einstellung – PORT muss eine ganze Zahl sein (gesetzt ist „dreitausend“)."],
  ["NEXTAUTH_SECRET", "kurz", "Ungültige Einstellung – NEXTAUTH_SECRET muss mindestens 32 Zeichen lang sein."],
])("an invalid %s=%s stops the start before anything is started", async (name, value, expected) => {
  const data = path.join(dataDir, `config-${name}`);
  const result = await start({ PORT: String(await findFreePort()), QUELLENLAGE_DATA_DIR: data, [name]: value });
  expect(result.code).toBe(1);
  expect(result.stderr).toBe(`[quellenlage] ${expected}\n`);
  expect(fs.existsSync(data)).toBe(false); // no database, no secret: nothing ran
});
