// `npm run ingest` as a real child process against a real test database.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "@/lib/db/free-port";
import { setupTestDatabase } from "../../helpers/test-db";

jest.setTimeout(120000);

const db = setupTestDatabase();
const FIXTURES = path.join(process.cwd(), "tests", "fixtures", "ingest");
const TSX = path.join(process.cwd(), "node_modules", ".bin", "tsx");
let tmp: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ql-ingest-"));
  fs.writeFileSync(path.join(tmp, "leer.txt"), "");
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function runIngest(
  args: string[],
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete childEnv[k];
    const child = spawn(TSX, ["scripts/ingest.ts", ...args], { cwd: process.cwd(), env: childEnv });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

test("one line per file (angelegt / Duplikat / Fehler), exit 1 when a file failed, data stored", async () => {
  const files = [
    path.join(FIXTURES, "lagebericht.txt"),
    path.join(FIXTURES, "agentur-meldung.html"),
    path.join(FIXTURES, "english.txt"),
    path.join(tmp, "leer.txt"),
    path.join(tmp, "gibt-es-nicht.txt"),
  ];
  const first = await runIngest(["--outlet", "Beispiel-Medium", ...files], { DATABASE_URL: db.url });
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

test("missing or unreachable DATABASE_URL and a missing --outlet: German error, exit 2", async () => {
  const file = path.join(FIXTURES, "lagebericht.txt");
  const missing = await runIngest(["--outlet", "X", file], { DATABASE_URL: undefined });
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain("DATABASE_URL ist nicht gesetzt");
  expect(missing.stdout).toBe("");

  const port = await findFreePort();
  const unreachable = await runIngest(["--outlet", "X", file], { DATABASE_URL: `postgresql://x:y@127.0.0.1:${port}/nichts` });
  expect(unreachable.code).toBe(2);
  expect(unreachable.stderr).toContain(`Die Datenbank aus DATABASE_URL (127.0.0.1:${port}) ist nicht erreichbar`);

  const noOutlet = await runIngest([file], { DATABASE_URL: db.url });
  expect(noOutlet.code).toBe(2);
  expect(noOutlet.stderr).toContain("Bitte das Medium mit --outlet angeben");
});
