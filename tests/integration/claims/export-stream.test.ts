// The streamed queue CSV: byte for byte what the former in-memory export wrote (reference below:
// every row through the column getters and the regular-expression cell rule), over claims made
// to break it and across keyset batches; the faster csvCell equals the former one; a client that
// stops reading ends the reading. Runs as the application role.
import { countingRawQueries, runningClaimQueries } from "../../helpers/pg-activity";
import { csvCell, QUEUE_CSV_COLUMNS, queueCsv, queueCsvStream } from "@/lib/claims/export-csv";
import { iterateQueue } from "@/lib/claims/queue";
import { parseQueueFilters } from "@/lib/claims/queue-filters";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setupTestDatabase } from "../../helpers/test-db";
import { TRICKY_TEXTS } from "./tricky-texts";

jest.setTimeout(120000);

const db = setupTestDatabase();
const BASE = "https://quellenlage.example";

/** csvCell as it was before (a regular expression), the reference for the faster one. */
function formerCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

async function formerCsv(prisma: PrismaClient, query: Record<string, string>): Promise<string> {
  const lines = [QUEUE_CSV_COLUMNS.map(([name]) => formerCell(name)).join(";")];
  for await (const claim of iterateQueue(prisma, parseQueueFilters(query).filters)) {
    lines.push(QUEUE_CSV_COLUMNS.map(([, get]) => formerCell(get(claim, BASE))).join(";"));
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

let articleId = "";

beforeAll(async () => {
  const dated = await db.prisma.article.create({
    data: {
      title: '"Lage" =im Osten',
      outlet: "Testmedium",
      text: "x",
      textSha256: "a".repeat(64),
      publishedAt: new Date("2024-10-27T00:30:00Z"),
    },
  });
  const stand = await db.prisma.article.create({
    data: { title: "Stand-Artikel", outlet: "Ö-Medium", text: "y", textSha256: "b".repeat(64), stand: "heute, 14 Uhr" },
  });
  articleId = dated.id;
  await db.prisma.claim.createMany({
    data: TRICKY_TEXTS.flatMap((text, n) =>
      [dated, stand].map((article, a) => ({
        articleId: article.id,
        start: n * 10 + a,
        end: n * 10 + a + 1,
        sentence: text,
        valueText: text,
        value: n,
        what: text,
        actorName: n % 3 === 0 ? "" : text,
        party: (["UA", "RU", "NONE", "US"] as const)[n % 4],
        official: n % 2 === 0,
        caveat: n % 3 === 1,
        notAClaim: n === 5,
        contentVerdict: (["VERIFIED", "DISPUTED", "UNVERIFIABLE", null] as const)[n % 4],
        attributionVerdict: (["CONFIRMED", null, "MISATTRIBUTED"] as const)[n % 3],
        createdAt: new Date(Date.UTC(2024, 2, 31, 0, 55 + n, 30)),
      })),
    ),
  });
});

test("csvCell is the former cell rule, only faster", () => {
  for (const text of TRICKY_TEXTS) expect(csvCell(text)).toBe(formerCell(text));
});

test("the streamed export is byte for byte the former one, in both sort orders and with filters", async () => {
  const queries: Record<string, string>[] = [
    {},
    { sort: "article" },
    { notaclaim: "include", party: "RU" },
    { article: articleId },
  ];
  for (const query of queries) {
    const { stream, truncated } = await queueCsvStream(db.prisma, parseQueueFilters(query).filters, { baseUrl: BASE });
    expect(truncated).toBe(false);
    expect(Buffer.from(await new Response(stream).arrayBuffer()).toString("utf8")).toBe(await formerCsv(db.prisma, query));
  }
  const whole = await queueCsv(db.prisma, parseQueueFilters({}).filters, { baseUrl: BASE });
  expect(whole.csv).toBe(await formerCsv(db.prisma, {}));
  expect(whole.rows).toBe(2 * TRICKY_TEXTS.length - 2);
});

test("an injected formula arrives neutralised", async () => {
  const { csv } = await queueCsv(db.prisma, parseQueueFilters({ sort: "article" }).filters, { baseUrl: BASE });
  expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
});

test("a client that stops reading ends the reading: no further batch, no query left running", async () => {
  await db.prisma.$executeRaw`
    INSERT INTO claims (id, article_id, start, "end", sentence, value_text, value, what, source_text, actor_name, party, created_at, updated_at)
    SELECT 'bulk' || n, ${articleId}, 1000 + n, 1001 + n, 'Satz ' || n, '1', 1, 'x', '', '', 'NONE', now(), now()
      FROM generate_series(1, 9000) AS n`;
  const { client: counting, count: queries } = countingRawQueries(db.prisma);
  const { stream } = await queueCsvStream(counting, parseQueueFilters({}).filters, { baseUrl: BASE });
  const reader = stream.getReader();
  await reader.read(); // header
  await reader.read(); // first batch
  await reader.cancel();
  const afterCancel = queries();
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(queries()).toBe(afterCancel);
  // The row count before the download and at most the first two batches of 2000.
  expect(queries()).toBeLessThanOrEqual(3);
  expect(await runningClaimQueries(db.url)).toEqual([]);
});
