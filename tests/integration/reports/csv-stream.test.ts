// The streamed report CSV (lines written by PostgreSQL's COPY, lib/reports/csv-copy.ts and
// csv-sql.ts) is byte for byte the CSV that csv.ts renders from the loaded report – over claims
// made to break it (quotes, line breaks, backslashes, control characters, umlauts, formula
// starts, odd evidence, several sources, huge numbers, articles without date), for a draft, a
// final report and a scope over several articles; its SQL cell functions equal their JavaScript
// twins; it neutralises an injected formula; and a client that stops reading ends the COPY.
// Runs as the application role.
import { parse } from "csv-parse/sync";
import { runningClaimQueries } from "../../helpers/pg-activity";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { buildReport } from "@/lib/reports/build";
import { renderCsv, type CsvReportInfo } from "@/lib/reports/csv";
import { loadRegistryOwners } from "@/lib/reports/load";
import { copyBinaryDecoder, copyCsvStream } from "@/lib/reports/csv-copy";
import { Client, escapeLiteral } from "pg";
import { to as copyTo } from "pg-copy-streams";
import { dropSharedBodies, sharedBodyStats } from "@/lib/reports/csv-share";
import { draftCsvStream } from "@/lib/reports/stream";
import type { ReportScope } from "@/lib/reports/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { formatDateTime } from "@/lib/format";
import { csvCell } from "@/lib/claims/export-csv";
import { setupTestDatabase } from "../../helpers/test-db";
import { TRICKY_TEXTS } from "../claims/tricky-texts";
import { CAVEAT, registerRussianMinistry, reviewedArticle, storeSettings, insertLongClaims } from "./fixtures";
import { waitFor } from "../../helpers/processes";

jest.setTimeout(120000);
// An 8-MB lead (the producer's run-ahead on disk, csv-share.ts): the tests below stop reading
// and expect PostgreSQL to wait for them; with the 128-MB default a 30-MB COPY would simply end.
process.env.QUELLENLAGE_REPORT_CSV_LEAD_MB = "8";
/**
 * Long claims (~3 KB of line each) for the tests of a stopped and a shared COPY: 30 MB, beyond the
 * 8-MB lead, the reader's chunks and the sockets' buffers together (60 MB cost twice the CPU).
 */
const LONG_CLAIMS = 10_000;

const db = setupTestDatabase();
const AT = new Date("2026-11-29T20:00:00.000Z");
const INJECTION = '=HYPERLINK("http://evil")';
const VALUES = [0, -5, 0.1, 1.5e-7, 123456.789, 2 ** 53, -4.2e22, 1e21, -0, 1e-6, 9.99e-7, 1e15, 123456789012345680];
/** What COPY's text format escapes, beside the shared tricky texts. */
const COPY_TEXTS = ["Backslash \\ und \\n wörtlich", "\\N", "\\", "Steuerzeichen \b \v \f \u0001 Ende", "Ende mit Backslash\\"];
const TEXTS = [...TRICKY_TEXTS, ...COPY_TEXTS];
let fixture: Awaited<ReturnType<typeof reviewedArticle>>;
let scope: { type: "article"; articleId: string };

beforeAll(async () => {
  await storeSettings(db.prisma);
  fixture = await reviewedArticle(db.prisma);
  // Registered afterwards, so the fixture's link to its channel counts as the party's own.
  await registerRussianMinistry(db.prisma);
  scope = { type: "article", articleId: fixture.article.id };
  await db.prisma.claim.update({ where: { id: fixture.us.id }, data: { sentence: INJECTION, sourceText: "@SUM(A1)" } });
  // Odd evidence: non-objects, a link without url, a note that is no string, "true" as a string.
  await db.prisma.review.updateMany({
    where: { claimId: fixture.us.id, kind: "CONTENT" },
    data: {
      evidence: [
        42,
        null,
        ["https://liste.example"],
        { note: "ohne Link" },
        { url: "https://mil.ru/news/1", note: 7, independent: "true" },
        { url: "kein Link", note: "-Notiz", independent: true },
        { url: "https://t.me/mod_russia/9", note: 'Kanal "offiziell"\r\nZeile', independent: true },
      ],
    },
  });
  // One claim per tricky text in every text field, with numbers where notations part.
  await db.prisma.claim.createMany({
    data: TEXTS.map((text, n) => ({
      articleId: fixture.article.id,
      start: 1000 + n,
      end: 1001 + n,
      sentence: text,
      valueText: text,
      value: VALUES[n % VALUES.length],
      qualifier: text,
      what: text,
      sourceText: text,
      actorName: n % 3 === 0 ? "" : text,
      party: n % 2 === 0 ? "RU" : "NONE",
      official: n % 4 === 0,
      caveat: n % 2 === 0,
    })),
  });
  // Several sources (one without a name), and a second article without date but a printed
  // "Stand" in the same outlet, a third without either: the outlet scope spans articles.
  await db.prisma.claimSource.deleteMany({ where: { claimId: fixture.ru.id } });
  await db.prisma.claimSource.createMany({
    data: [
      { claimId: fixture.ru.id, position: 0, actorName: "US-Regierung", party: "US", official: true },
      { claimId: fixture.ru.id, position: 1, actorName: "", party: "UA" },
      { claimId: fixture.ru.id, position: 2, actorName: 'Kiew "offiziell"', party: "UA" },
    ],
  });
  for (const stand of ["12.11.2026, 10:00 Uhr", null]) {
    const other = await reviewedArticle(db.prisma);
    await db.prisma.article.update({ where: { id: other.article.id }, data: { publishedAt: null, stand, url: null } });
  }
});

afterAll(() => dropSharedBodies());

async function streamText(stream: ReadableStream<Uint8Array>): Promise<string> {
  return Buffer.from(await new Response(stream).arrayBuffer()).toString("utf8");
}

async function context(prisma: PrismaClient) {
  return { caveatText: CAVEAT, conflictParties: ["RU", "UA"] as const, owners: await loadRegistryOwners(prisma) };
}

test("the streamed draft CSV is byte for byte the rendered one", async () => {
  const report = await buildReport(db.prisma, scope, { kind: "draft", generatedAt: AT, generatedBy: "Erika Müller" });
  const head = await db.prisma.auditChainHead.findUnique({ where: { id: true } });
  const info: CsvReportInfo = { kind: "draft", snapshotId: null, chainHeadHash: head?.hash ?? "", dataSha256: "" };
  const rendered = renderCsv(report.claims, info);
  expect(report.claims.length).toBe(3 + TEXTS.length);
  expect(await streamText(await draftCsvStream(db.prisma, scope))).toBe(rendered);
});

/** The stream's first `bytes` bytes or more (whole chunks, cut to whole lines), then cancels it. */
async function readAtLeast(stream: ReadableStream<Uint8Array>, bytes: number): Promise<string> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < bytes) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.length;
    }
  } finally {
    await reader.cancel();
  }
  const text = Buffer.concat(chunks).toString("utf8");
  return text.slice(0, text.lastIndexOf("\n") + 1);
}

async function copiedCsv(of: ReportScope, info: CsvReportInfo, approvedOnly: boolean): Promise<string> {
  return streamText(await copyCsvStream(db.prisma, of, { approvedOnly, info, context: await context(db.prisma) }));
}

test("a final report's rows (approved only, its number and checksums) and a scope over several articles are the rendered ones", async () => {
  const report = await buildReport(db.prisma, scope, { kind: "final", generatedAt: AT, generatedBy: "Jürgen Weiß" });
  const info: CsvReportInfo = { kind: "final", snapshotId: "snap1", chainHeadHash: "ab".repeat(32), dataSha256: "cd".repeat(32) };
  expect(await copiedCsv(scope, info, true)).toBe(renderCsv(report.claims, info));
  const outlet: ReportScope = { type: "filter", outlet: "Süddeutsche Test" };
  const draft = await buildReport(db.prisma, outlet, { kind: "draft", generatedAt: AT, generatedBy: "Erika Müller" });
  const draftInfo: CsvReportInfo = { kind: "draft", snapshotId: null, chainHeadHash: "", dataSha256: "" };
  expect(new Set(draft.claims.map((claim) => claim.article.id)).size).toBe(3);
  expect(await copiedCsv(outlet, draftInfo, false)).toBe(renderCsv(draft.claims, draftInfo));
});

test("the SQL cell functions write what csvCell, String(number) and the date formats write", async () => {
  const numbers = [
    ...VALUES,
    -4.2e20,
    4.2e-9,
    1 / 3,
    0.2 + 0.1,
    1e-7,
    1.234e-10,
    1e20,
    1.5e21,
    1e300,
    5e-324,
    1e-310,
    Number.MAX_VALUE,
  ];
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let n = 0; n < 300; n++) numbers.push((random() - 0.5) * 10 ** Math.floor(random() * 60 - 30));
  const written = await db.prisma.$queryRaw<{ text: string }[]>(
    Prisma.sql`SELECT csv_number(v) AS text FROM unnest(${numbers}::float8[]) WITH ORDINALITY AS x(v, n) ORDER BY n`,
  );
  expect(written.map((row) => row.text)).toEqual(numbers.map(String));
  // Prisma cannot send these; a float8 column can hold them.
  const special = await db.prisma.$queryRaw<{ text: string }[]>(
    Prisma.sql`SELECT csv_number(v) AS text FROM unnest(ARRAY['NaN', 'Infinity', '-Infinity']::float8[]) WITH ORDINALITY AS x(v, n) ORDER BY n`,
  );
  expect(special.map((row) => row.text)).toEqual([NaN, Infinity, -Infinity].map(String));
  const cells = await db.prisma.$queryRaw<{ cell: string }[]>(
    Prisma.sql`SELECT csv_cell(t) AS cell FROM unnest(${TEXTS}::text[]) WITH ORDINALITY AS x(t, n) ORDER BY n`,
  );
  expect(cells.map((row) => row.cell)).toEqual(TEXTS.map(csvCell));
  const times = [
    "2024-03-31T00:59:59.999Z",
    "2024-03-31T01:00:00.000Z",
    "2024-10-27T00:30:00.123Z",
    "2026-12-31T23:30:00.000Z",
  ].map((iso) => new Date(iso));
  const formatted = await db.prisma.$queryRaw<{ local: string; iso: string }[]>(
    Prisma.sql`SELECT csv_local_time(t) AS local, csv_iso_time(t) AS iso FROM unnest(${times}::timestamptz[]) WITH ORDINALITY AS x(t, n) ORDER BY n`,
  );
  expect(formatted).toEqual(times.map((time) => ({ local: formatDateTime(time), iso: time.toISOString() })));
});

/** What PostgreSQL sends for `COPY (lines) TO STDOUT (FORMAT binary)`, in its chunks. */
async function binaryCopy(lines: (string | null)[]): Promise<Buffer> {
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    const values = lines.map((line) => (line === null ? "NULL::text" : escapeLiteral(line))).join("), (");
    const chunks: Buffer[] = [];
    const copy = client.query(copyTo(`COPY (SELECT l FROM (VALUES (${values})) AS v(l)) TO STDOUT (FORMAT binary)`));
    for await (const chunk of copy) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  } finally {
    await client.end();
  }
}

test("COPY's binary lines become the lines' bytes with CRLF, also split across chunks", async () => {
  // Bytes the text format escaped (backslash, LF, CR, tab), umlauts, an empty line.
  const lines = ["a\\b\nc", "zwei ü\r\n\tdrei", "", "ende\\"];
  const copied = await binaryCopy(lines);
  const expected = lines.map((line) => `${line}\r\n`).join("");
  const whole = copyBinaryDecoder();
  expect(whole.push(copied).toString("utf8")).toBe(expected);
  whole.end();
  for (let cut = 1; cut < copied.length; cut++) {
    for (const second of [cut, Math.min(copied.length, cut + 3)]) {
      const decoder = copyBinaryDecoder();
      const parts = [copied.subarray(0, cut), copied.subarray(cut, second), copied.subarray(second)];
      const text = Buffer.concat(parts.map((part) => decoder.push(part))).toString("utf8");
      decoder.end();
      expect(text).toBe(expected);
    }
  }
  // A NULL line, a cut-off stream, and text format are errors, not a wrong file.
  expect(() => copyBinaryDecoder().push(Buffer.from("eine Zeile im Textformat\n"))).toThrow();
  const withNull = await binaryCopy(["a", null]);
  expect(() => copyBinaryDecoder().push(withNull)).toThrow();
  const cutOff = copyBinaryDecoder();
  cutOff.push(copied.subarray(0, copied.length - 3));
  expect(() => cutOff.end()).toThrow();
});

test("an injected formula arrives neutralised", async () => {
  const rows: Record<string, string>[] = parse(await streamText(await draftCsvStream(db.prisma, scope)), {
    bom: true,
    columns: true,
  });
  const injected = rows.find((row) => row["Behauptung-ID"] === fixture.us.id)!;
  expect(injected.Satz).toBe(`'${INJECTION}`);
  expect(injected.Quellenangabe).toBe("'@SUM(A1)");
  for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
});

test("a client that stops reading ends the COPY: no query left running", async () => {
  // About 30 MB of lines (a long qualifier, which the search index skips): far more than the
  // sockets buffer, so PostgreSQL waits for the reader.
  await insertLongClaims(db.prisma, fixture.article.id, LONG_CLAIMS);
  const reader = (await draftCsvStream(db.prisma, scope)).getReader();
  let whileReading: { query: string }[];
  try {
    await reader.read(); // header
    await reader.read(); // first lines
    // The app role sees its own sessions' queries in pg_stat_activity: the COPY waits for us.
    whileReading = await runningClaimQueries(db.url);
  } finally {
    await reader.cancel();
  }
  expect(whileReading.map((row) => row.query)).toEqual([expect.stringMatching(/^COPY/)]);
  expect(await waitFor(async () => (await runningClaimQueries(db.url)).length === 0)).toBe(true);
});

test("parallel exports of the same lines share one COPY; one leaving does not disturb the others", async () => {
  // The 10 000 long claims of the test before (about 30 MB): the COPY is still running when the
  // first export leaves. A scope of other filters with the same claims writes the same bytes.
  await db.prisma.claim.update({ where: { id: fixture.ru.id }, data: { qualifier: "neu für diesen Test" } });
  const { outlet } = await db.prisma.article.findUniqueOrThrow({ where: { id: fixture.article.id } });
  const sameClaims: ReportScope = { type: "filter", articleId: fixture.article.id, outlet };
  const before = sharedBodyStats();
  const streams = await Promise.all([
    draftCsvStream(db.prisma, scope),
    draftCsvStream(db.prisma, scope),
    draftCsvStream(db.prisma, sameClaims),
  ]);
  try {
    expect(sharedBodyStats()).toMatchObject({ produced: before.produced + 1, shared: before.shared + 2 });
    const reader = streams[0].getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    // The others read on to the end of the one COPY, which stays the only one.
    expect((await runningClaimQueries(db.url)).map((row) => row.query)).toEqual([expect.stringMatching(/^COPY/)]);
    const [stayed, other] = await Promise.all([streamText(streams[1]), streamText(streams[2])]);
    const report = await buildReport(db.prisma, scope, { kind: "draft", generatedAt: AT, generatedBy: "Erika Müller" });
    const head = await db.prisma.auditChainHead.findUnique({ where: { id: true } });
    const info: CsvReportInfo = { kind: "draft", snapshotId: null, chainHeadHash: head?.hash ?? "", dataSha256: "" };
    const rendered = renderCsv(report.claims, info);
    expect(report.claims.length).toBeGreaterThan(LONG_CLAIMS);
    // Not toBe: a difference in 30 MB would be printed in full.
    expect(stayed === rendered).toBe(true);
    expect(other === rendered).toBe(true);
    // A final report of the same claims splices other cells: a body of its own. Its first lines
    // already differ from the draft's (every row names the report kind), so the other 30 MB are
    // not read: a prefix that the draft does not start with makes the whole file differ.
    const final: CsvReportInfo = { kind: "final", snapshotId: "snap2", chainHeadHash: "ab".repeat(32), dataSha256: "" };
    const finalStream = await copyCsvStream(db.prisma, scope, {
      approvedOnly: false,
      info: final,
      context: await context(db.prisma),
    });
    expect(sharedBodyStats().produced).toBe(before.produced + 2);
    const finalStart = await readAtLeast(finalStream, 64 * 1024);
    expect(finalStart.length).toBeGreaterThan(0);
    expect(rendered.startsWith(finalStart)).toBe(false);
  } finally {
    // A stream left unread would hold its COPY (and the test database) open.
    await Promise.all(streams.map((stream) => stream.cancel().catch(() => {})));
  }
});
