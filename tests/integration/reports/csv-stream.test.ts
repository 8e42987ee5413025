// The streamed report CSV (rows built by PostgreSQL, lib/reports/csv-query.ts) is byte for byte
// the CSV that csv.ts renders from the loaded report – over claims made to break it (quotes,
// line breaks, umlauts, formula starts, odd evidence, huge numbers), across keyset batches,
// for a draft and a final report; it neutralises an injected formula; and a client that stops
// reading ends the database reading. Runs as the application role.
import { parse } from "csv-parse/sync";
import { countingRawQueries, runningClaimQueries } from "../../helpers/pg-activity";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { buildReport } from "@/lib/reports/build";
import { csvHeader, renderCsv, type CsvReportInfo } from "@/lib/reports/csv";
import { loadRegistryOwners } from "@/lib/reports/load";
import { csvBatches, draftCsvStream } from "@/lib/reports/stream";
import { setupTestDatabase } from "../../helpers/test-db";
import { TRICKY_TEXTS } from "../claims/tricky-texts";
import { CAVEAT, registerRussianMinistry, reviewedArticle, storeSettings } from "./fixtures";

jest.setTimeout(120000);

const db = setupTestDatabase();
const AT = new Date("2026-11-29T20:00:00.000Z");
const INJECTION = '=HYPERLINK("http://evil")';
const VALUES = [0, -5, 0.1, 1.5e-7, 123456.789, 2 ** 53, -4.2e22, 1e21];
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
    data: TRICKY_TEXTS.map((text, n) => ({
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
});

async function streamText(stream: ReadableStream<Uint8Array>): Promise<string> {
  return Buffer.from(await new Response(stream).arrayBuffer()).toString("utf8");
}

async function context(prisma: PrismaClient) {
  return { caveatText: CAVEAT, conflictParties: ["RU", "UA"] as const, owners: await loadRegistryOwners(prisma) };
}

async function streamedCsv(info: CsvReportInfo, approvedOnly: boolean, batchSize: number): Promise<string> {
  let text = csvHeader();
  const ctx = { ...(await context(db.prisma)), conflictParties: ["RU", "UA"] as ("RU" | "UA")[] };
  for await (const batch of csvBatches(db.prisma, scope, { approvedOnly, info, context: ctx, batchSize })) text += batch;
  return text;
}

test("the streamed draft CSV is byte for byte the rendered one, across batches", async () => {
  const report = await buildReport(db.prisma, scope, { kind: "draft", generatedAt: AT, generatedBy: "Erika Müller" });
  const head = await db.prisma.auditChainHead.findUnique({ where: { id: true } });
  const info: CsvReportInfo = { kind: "draft", snapshotId: null, chainHeadHash: head?.hash ?? "", dataSha256: "" };
  const rendered = renderCsv(report.claims, info);
  expect(report.claims.length).toBe(3 + TRICKY_TEXTS.length);
  for (const batchSize of [1, 7, 2000]) expect(await streamedCsv(info, false, batchSize)).toBe(rendered);
  expect(await streamText(await draftCsvStream(db.prisma, scope, { batchSize: 5 }))).toBe(rendered);
});

test("a final report's rows (approved only, its number and checksums) are the rendered ones", async () => {
  const report = await buildReport(db.prisma, scope, { kind: "final", generatedAt: AT, generatedBy: "Jürgen Weiß" });
  const info: CsvReportInfo = { kind: "final", snapshotId: "snap1", chainHeadHash: "ab".repeat(32), dataSha256: "cd".repeat(32) };
  expect(await streamedCsv(info, true, 2)).toBe(renderCsv(report.claims, info));
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

test("a client that stops reading ends the reading: no further batch, no query left running", async () => {
  const many = 3000;
  await db.prisma.$executeRaw`
    INSERT INTO claims (id, article_id, start, "end", sentence, value_text, value, what, source_text, actor_name, party, created_at, updated_at)
    SELECT 'bulk' || n, ${fixture.article.id}, 100000 + n, 100001 + n, 'Satz ' || n, '1', 1, 'x', '', '', 'NONE', now(), now()
      FROM generate_series(1, ${many}) AS n`;
  const { client: counting, count: queries } = countingRawQueries(db.prisma);
  const reader = (await draftCsvStream(counting, scope, { batchSize: 100 })).getReader();
  await reader.read(); // header
  await reader.read(); // first batch
  await reader.cancel();
  const afterCancel = queries();
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(queries()).toBe(afterCancel);
  expect(queries()).toBeLessThan(many / 100 / 2);
  // The app role sees its own sessions' queries in pg_stat_activity.
  expect(await runningClaimQueries(db.url)).toEqual([]);
});
