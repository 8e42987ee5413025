// The report API over real HTTP against the built app: an approver creates the final report of
// an article (an editor may not), downloads every format twice with identical bytes and the
// SHA-256 in a header; the live report is a draft (CSV streamed, every row "Entwurf"); bad
// formats are a 400 with a German field message, unknown ids a 404, JSON-LD of a draft a 409.
import crypto from "node:crypto";
import { parse } from "csv-parse/sync";
import { Client } from "pg";
import { hashPassword } from "@/lib/auth/password";
import { REPORT_FORMATS } from "@/lib/reports/formats";
import { FORMAT_MESSAGE, JSONLD_DRAFT_MESSAGE } from "@/lib/reports/http";
import { startTestApp, type TestApp } from "../../helpers/app-server";
import { runningClaimQueries } from "../../helpers/pg-activity";
import { setupTestDatabase } from "../../helpers/test-db";
import { pdfText } from "../../setup/pdftotext";
import { logInOverHttp, postJson } from "../http/http-client";
import { makeArticle } from "../reviews/fixtures";
import { reviewedArticle, storeSettings } from "./fixtures";
import { waitFor } from "../../helpers/processes";

jest.setTimeout(300000);

const db = setupTestDatabase();
const PASSWORD = "bericht-Passwort-12";
let app: TestApp;
let fixture: Awaited<ReturnType<typeof reviewedArticle>>;
const cookies: Record<"editor" | "approver", string> = { editor: "", approver: "" };

beforeAll(async () => {
  await storeSettings(db.prisma);
  fixture = await reviewedArticle(db.prisma);
  const passwordHash = await hashPassword(PASSWORD);
  for (const who of ["editor", "approver"] as const) {
    const user = who === "editor" ? fixture.editor : fixture.approver;
    await db.prisma.user.update({ where: { id: user.id }, data: { passwordHash } });
  }
  // An 8-MB lead of the CSV producer (csv-share.ts), so a ~70-MB COPY waits for its reader below.
  app = await startTestApp(db.url, { QUELLENLAGE_REPORT_CSV_LEAD_MB: "8" });
  cookies.editor = await logInOverHttp(app.baseUrl, fixture.editor.email, PASSWORD);
  cookies.approver = await logInOverHttp(app.baseUrl, fixture.approver.email, PASSWORD);
}, 600000);

afterAll(async () => {
  await app?.stop();
});

const get = (path: string, who: keyof typeof cookies = "editor") =>
  fetch(`${app.baseUrl}${path}`, { headers: { cookie: cookies[who] } });

test("an editor may not create a final report (403), an approver may (201), and everyone downloads identical bytes", async () => {
  const path = `/api/reports/articles/${fixture.article.id}`;
  const denied = await postJson(app.baseUrl, cookies.editor, path, {});
  expect(denied.status).toBe(403);

  const created = await postJson(app.baseUrl, cookies.approver, path, { articleId: "some-other-id" });
  expect(created.status).toBe(201);
  const { report } = await created.json();
  expect(report).toMatchObject({ articleId: fixture.article.id, claimCount: 1, createdBy: "Jürgen Weiß" });

  for (const format of REPORT_FORMATS) {
    const first = await get(`/api/reports/${report.id}?format=${format}`);
    const second = await get(`/api/reports/${report.id}?format=${format}`, "approver");
    expect([first.status, second.status]).toEqual([200, 200]);
    const [a, b] = [Buffer.from(await first.arrayBuffer()), Buffer.from(await second.arrayBuffer())];
    expect(a.equals(b)).toBe(true);
    const sha = crypto.createHash("sha256").update(a).digest("hex");
    expect(first.headers.get("x-quellenlage-sha256")).toBe(sha);
    expect(report.files.find((file: { format: string }) => file.format === format).sha256).toBe(sha);
    expect(first.headers.get("content-disposition")).toBe(`attachment; filename="pruefbericht-${report.id}.${format}"`);
  }
  const pdf = Buffer.from(await (await get(`/api/reports/${report.id}?format=pdf`)).arrayBuffer());
  expect(pdfText(pdf)).toContain("Jürgen Weiß");

  const list = await (await get("/api/reports")).json();
  expect(list.reports.map((item: { id: string }) => item.id)).toEqual([report.id]);
});

test("the live report is a draft: streamed CSV with every row marked, a Markdown draft, no JSON-LD", async () => {
  const csv = await fetch(`${app.baseUrl}/api/reports/articles/${fixture.article.id}?format=csv`, {
    headers: { cookie: cookies.editor, "accept-encoding": "gzip" },
  });
  expect(csv.status).toBe(200);
  expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  // Sent as it is: gzip would cost the server as much CPU as writing the file.
  expect(csv.headers.get("content-encoding")).toBeNull();
  const rows: Record<string, string>[] = parse(await csv.text(), { bom: true, columns: true });
  expect(rows.map((row) => [row.Bericht, row.Freigegeben])).toEqual([
    ["Entwurf", "ja"],
    ["Entwurf", "nein"],
    ["Entwurf", "nein"],
  ]);
  const md = await get(`/api/reports/articles/${fixture.article.id}?format=md`);
  expect(await md.text()).toMatch(/^# Prüfbericht: .* – Entwurf/);

  const jsonld = await get(`/api/reports/articles/${fixture.article.id}?format=jsonld`);
  expect(jsonld.status).toBe(409);
  expect((await jsonld.json()).error.message).toBe(JSONLD_DRAFT_MESSAGE);
});

test("bad input: an unknown format is a 400 with a German field message, unknown ids a 404", async () => {
  const bad = await get(`/api/reports/articles/${fixture.article.id}?format=xlsx`);
  expect(bad.status).toBe(400);
  expect((await bad.json()).error).toMatchObject({ code: "VALIDATION", fieldErrors: { format: FORMAT_MESSAGE } });
  const missing = await get(`/api/reports/articles/${fixture.article.id}`);
  expect(missing.status).toBe(400);
  expect((await get("/api/reports/gibtesnicht?format=pdf")).status).toBe(404);
  expect((await get("/api/reports/articles/gibtesnicht?format=md")).status).toBe(404);
  expect((await get("/api/reports/articles/gibtesnicht?format=csv")).status).toBe(404);
  const noApproved = await makeArticle(db.prisma);
  const refused = await postJson(app.baseUrl, cookies.approver, `/api/reports/articles/${noApproved.article.id}`, {});
  expect(refused.status).toBe(409);
  expect((await refused.json()).error.message).toMatch(/keine freigegebenen Behauptungen/);
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Claim queries of other sessions of this database that started after `after` (the app role sees its own). */
async function claimQueriesStartedAfter(after: Date): Promise<string[]> {
  const rows = await db.prisma.$queryRaw<{ query: string }[]>`
    SELECT query FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active'
       AND query ILIKE '%FROM claims%' AND query_start > ${after}`;
  return rows.map((row) => row.query);
}

/**
 * `count` bare claims of the article, inserted as the owner with the per-row search-vector trigger
 * off for that one statement: the trigger (German stemming of six fields per row) was most of this
 * file's time, and neither export reads the search vector. The queue-count trigger still runs.
 */
async function insertClaimsUnindexed(articleId: string, count: number): Promise<void> {
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  try {
    await owner.query("BEGIN");
    await owner.query("ALTER TABLE claims DISABLE TRIGGER claims_search_vector");
    await owner.query(
      `INSERT INTO claims (id, article_id, start, "end", sentence, value_text, value, what, source_text, actor_name, party, created_at, updated_at)
       SELECT 'abbruch' || n, $1, 100000 + n, 100001 + n, 'Satz ' || n, '1', 1, 'x', '', '', 'NONE', now(), now()
         FROM generate_series(1, $2::int) AS n`,
      [articleId, count],
    );
    await owner.query("ALTER TABLE claims ENABLE TRIGGER claims_search_vector");
    await owner.query("COMMIT");
  } finally {
    await owner.end();
  }
}

/** The app's sessions whose statement is a COPY (the app role sees its own sessions' queries). */
async function copyBackends(): Promise<{ pid: number; state: string }[]> {
  return db.prisma.$queryRaw<{ pid: number; state: string }[]>`
    SELECT pid, state FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE 'COPY%'`;
}

/** The server process waits to send: nobody reads the COPY, so no read of it is pending in the app. */
async function waitingForClient(pid: number): Promise<boolean> {
  const [{ waiting }] = await db.prisma.$queryRaw<{ waiting: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid = ${pid} AND wait_event = 'ClientWrite') AS waiting`;
  return waiting;
}

async function backendAlive(pid: number): Promise<boolean> {
  const [{ alive }] = await db.prisma.$queryRaw<{ alive: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid = ${pid}) AS alive`;
  return alive;
}

test("a client that disconnects mid-download ends the export's database reading", async () => {
  const { article } = await makeArticle(db.prisma);
  // ~70 MB of report lines: far more than the sockets hold, so PostgreSQL waits for the reader.
  await insertClaimsUnindexed(article.id, 200000);

  // The report CSV is one COPY. Held after its first lines, it is running when the client leaves.
  const report = new AbortController();
  const response = await fetch(`${app.baseUrl}/api/reports/articles/${article.id}?format=csv`, {
    headers: { cookie: cookies.editor },
    signal: report.signal,
  });
  expect(response.status).toBe(200);
  const reportReader = response.body!.getReader();
  await reportReader.read();
  await reportReader.read();
  const running = await copyBackends();
  expect(running).toEqual([{ pid: expect.any(Number), state: "active" }]);
  // Until the buffers between us and PostgreSQL are full and it waits to send (seen three times in
  // a row), so the COPY provably runs on only as far as someone reads it. Two ways end it when the
  // client leaves: the stream's cancel(), and a read in flight that then fails on the cancelled
  // stream (csv-copy.ts's pull). Next.js issues such a read when the socket closes, so with
  // cancel() alone made a no-op this still passes; with neither, it fails (both checked).
  // csv-stream.test.ts proves cancel() by itself, with no read in flight.
  // On a loaded machine the 8-MB lead takes a while to fill, hence the minute. A failed wait
  // still aborts the download: left open, it would hold the app's stop in afterAll for minutes.
  let seen = 0;
  const waitedForClient = waitFor(async () => (seen = (await waitingForClient(running[0].pid)) ? seen + 1 : 0) >= 3, 60_000);
  try {
    expect(await waitedForClient).toBe(true);
  } finally {
    report.abort();
    await reportReader.closed.catch(() => {});
  }
  // Cancelling closes the export's connection, so its server process ends. A COPY left running
  // (nobody reading, waiting for ever) or run to its end (the connection back in the pool)
  // would keep the process alive.
  expect(await waitFor(async () => !(await backendAlive(running[0].pid)))).toBe(true);

  // The queue CSV reads in batches: the batch in flight may run to its end; no batch may start
  // later. Reading on would start a new batch every few tens of milliseconds (100 of them), so
  // two seconds of samples see it.
  const queue = new AbortController();
  const queueResponse = await fetch(`${app.baseUrl}/claims/export?article=${article.id}`, {
    headers: { cookie: cookies.editor },
    signal: queue.signal,
  });
  expect(queueResponse.status).toBe(200);
  const queueReader = queueResponse.body!.getReader();
  await queueReader.read();
  queue.abort();
  await queueReader.closed.catch(() => {});
  const [{ now }] = await db.prisma.$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AS now`;
  const grace = new Date(now.getTime() + 250);
  for (let sample = 0; sample < 80; sample++) {
    expect(await claimQueriesStartedAfter(grace)).toEqual([]);
    await sleep(25);
  }
  expect(await runningClaimQueries(db.url)).toEqual([]);
});
