// `npm run ingest` as a real child process against a real test database; for the exit codes on a
// lost database, through a TCP relay the test cuts off (tests/helpers/tcp-proxy.ts).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { bundleScript, runBundle, runScript } from "../../helpers/processes";
import { startTcpProxy, type TcpProxy } from "../../helpers/tcp-proxy";
import { setupTestDatabase } from "../../helpers/test-db";

jest.setTimeout(120000);

const db = setupTestDatabase();
const FIXTURES = path.join(process.cwd(), "tests", "fixtures", "ingest");
let tmp: string;

let bundle: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ql-ingest-"));
  fs.writeFileSync(path.join(tmp, "leer.txt"), "");
  bundle = await bundleScript("scripts/ingest.ts", "ingest");
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.rmSync(bundle, { force: true });
});

/**
 * A named pipe at `file`: whoever reads it waits until fill() writes `text`. settle() (once the
 * reader has ended) waits for that write, giving it a reader of its own should nobody have read.
 */
function namedPipe(file: string, text: string) {
  execFileSync("mkfifo", [file]);
  let written: Promise<void> | undefined;
  return {
    fill: () => void (written ??= fs.promises.writeFile(file, text)),
    async settle() {
      if (!written) return;
      const reader = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
      try {
        await written;
      } finally {
        fs.closeSync(reader);
      }
    },
  };
}

/**
 * The CLI from its bundle: the same sources, compiled by esbuild as tsx compiles them, without
 * tsx's per-module loading (~1 CPU-s a run). The first run below goes through tsx, as `npm run
 * ingest` starts it (runScript), and loads all the CLI's modules that way.
 */
function runIngest(args: string[], env: Record<string, string | undefined>, onLine?: (line: string) => void) {
  return runBundle(bundle, args, env, onLine);
}

test("one line per file (angelegt / Duplikat / Fehler), exit 1 when a file failed, data stored", async () => {
  const files = [
    path.join(FIXTURES, "lagebericht.txt"),
    path.join(FIXTURES, "agentur-meldung.html"),
    path.join(FIXTURES, "english.txt"),
    path.join(tmp, "leer.txt"),
    path.join(tmp, "gibt-es-nicht.txt"),
  ];
  const first = await runScript("scripts/ingest.ts", ["--outlet", "Beispiel-Medium", ...files], { DATABASE_URL: db.url });
  const lines = first.stdout.trimEnd().split("\n");
  expect(lines).toHaveLength(5);
  expect(lines[0]).toMatch(
    new RegExp(
      `^angelegt  ${files[0]}  „Lagebericht: Heftige Kämpfe im Osten der Ukraine“ \\(\\d+ Behauptungen\\) /articles/\\w+$`,
    ),
  );
  expect(lines[1]).toMatch(
    /^angelegt  .*agentur-meldung\.html  „Kiew meldet nächtliche Drohnenangriffe auf mehrere Regionen“ \(\d+ Behauptungen\)/,
  );
  expect(lines[2]).toBe(
    `Fehler    ${files[2]}  Der Text scheint nicht auf Deutsch zu sein. Quellenlage prüft nur deutschsprachige Texte.`,
  );
  expect(lines[3]).toBe(`Fehler    ${files[3]}  Datei ist leer.`);
  expect(lines[4]).toBe(`Fehler    ${files[4]}  Datei nicht gefunden.`);
  expect(first.stderr).toContain("5 Datei(en): 2 angelegt, 0 Duplikat(e), 3 Fehler.");
  expect(first.code).toBe(1);

  const articles = await db.prisma.article.findMany({
    include: { _count: { select: { claims: true } } },
    orderBy: { createdAt: "asc" },
  });
  expect(articles.map((a) => a.outlet)).toEqual(["Beispiel-Medium", "Beispiel-Medium"]);
  const id = /\/articles\/(\w+)$/.exec(lines[0])![1];
  const stored = articles.find((a) => a.id === id)!;
  expect(lines[0]).toContain(`(${stored._count.claims} Behauptungen)`);

  const second = await runIngest(["--outlet=Beispiel-Medium", files[0], files[1]], { DATABASE_URL: db.url });
  const again = second.stdout.trimEnd().split("\n");
  expect(again[0]).toBe(`Duplikat  ${files[0]}  Dieser Text ist bereits erfasst: „${stored.title}“. /articles/${stored.id}`);
  expect(again[1]).toMatch(/^Duplikat  .*agentur-meldung\.html  Dieser Text ist bereits erfasst/);
  expect(second.code).toBe(0);
  expect(await db.prisma.article.count()).toBe(2);
});

// An unreachable DATABASE_URL: "unreachable at the start" below (a refused connection takes the
// same path as one the relay drops; each CLI run costs about a CPU-second).
test("missing DATABASE_URL and a missing --outlet: German error, exit 2", async () => {
  const file = path.join(FIXTURES, "lagebericht.txt");
  const missing = await runIngest(["--outlet", "X", file], { DATABASE_URL: undefined });
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain("DATABASE_URL ist nicht gesetzt");
  expect(missing.stdout).toBe("");

  const noOutlet = await runIngest([file], { DATABASE_URL: db.url });
  expect(noOutlet.code).toBe(2);
  expect(noOutlet.stderr).toContain("Bitte das Medium mit --outlet angeben");
});

describe("the database through a relay that the test cuts off", () => {
  let proxy: TcpProxy;

  beforeAll(async () => {
    const target = new URL(db.url);
    proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
  });
  afterAll(() => proxy.close());

  test("unreachable at the start: one German sentence naming the address, exit 2, nothing stored", async () => {
    proxy.cutOff();
    try {
      const before = await db.prisma.article.count();
      const result = await runIngest(["--outlet", "X", path.join(FIXTURES, "lagebericht.txt")], {
        DATABASE_URL: proxy.route(db.url),
      });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toContain(`Die Datenbank aus DATABASE_URL (127.0.0.1:${proxy.port}) ist nicht erreichbar`);
      expect(await db.prisma.article.count()).toBe(before);
    } finally {
      proxy.resume();
    }
  });

  test("lost after the first file: the first is stored, then one German sentence and exit 2; no stack trace", async () => {
    const small = path.join(tmp, "meldung.txt");
    fs.writeFileSync(
      small,
      "Kurzmeldung aus Charkiw\n\nNach Angaben der Polizei wurden 9 Menschen verletzt, teilte die Stadt mit.",
    );
    // The second file is a named pipe that gets its text only once the database is cut off: the
    // CLI waits in reading it, so the cut lands before the file reaches the database, every time
    // (before, a 400 KB liveblog's analysis gave the cut its time, at 2–3 CPU-s).
    const waiting = path.join(tmp, "wartende-meldung.txt");
    const pipe = namedPipe(waiting, "Zweite Meldung\n\nLaut Polizei wurden 4 Menschen verletzt, teilte die Stadt mit.");
    // should the first file never be reported, the pipe is filled anyway: the CLI ends, the test fails
    const unblock = setTimeout(pipe.fill, 60_000);
    const third = path.join(FIXTURES, "agentur-meldung.html");
    const before = await db.prisma.article.count();

    const result = await runIngest(
      ["--outlet", "Relais", small, waiting, third],
      { DATABASE_URL: proxy.route(db.url) },
      (line) => {
        if (!line.startsWith("angelegt  ")) return;
        proxy.cutOff();
        pipe.fill();
      },
    );
    clearTimeout(unblock);
    await pipe.settle();
    proxy.resume();

    expect(result.stdout.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/^angelegt {2}.*meldung\.txt {2}„Kurzmeldung aus Charkiw“/),
    ]);
    const stderr = result.stderr.trim();
    expect(stderr.split("\n")).toHaveLength(1);
    expect(stderr).toBe(
      `ingest: Die Datenbank aus DATABASE_URL (127.0.0.1:${proxy.port}) ist während des Imports nicht mehr erreichbar; ` +
        `1 von 3 Datei(en) wurden bearbeitet (1 angelegt), „${waiting}“ und 1 weitere nicht – bitte die Datenbank prüfen und ` +
        "den Aufruf wiederholen (schon erfasste Dateien werden dann als Duplikat gemeldet).",
    );
    expect(result.code).toBe(2);
    const stored = await db.prisma.article.findMany({ where: { outlet: "Relais" } });
    expect(stored.map((a) => a.title)).toEqual(["Kurzmeldung aus Charkiw"]);
    expect(await db.prisma.article.count()).toBe(before + 1);
  });
});
