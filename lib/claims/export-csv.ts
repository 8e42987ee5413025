// CSV export of the review queue: both verdicts side by side, one row per claim,
// in the queue's filter and order (queue.ts's filter SQL and keyset batches). Semicolons, CRLF
// and a UTF-8 BOM so German spreadsheet software opens it directly. Streamed: flat memory.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { formatArticleDate, formatDateTime } from "@/lib/format";
import { ATTRIBUTION_VERDICT_LABELS, CONTENT_VERDICT_LABELS, PARTY_LABELS } from "./labels";
import { iterateQueue, pageQuery, type QueueItem } from "./queue";
import type { QueueFilters } from "./queue-filters";
import { sourcesForDisplay, sourcesLabel } from "./sources";

export const EXPORT_MAX_ROWS = 50_000;

/** Column names and their values; exported for the tests that check the streamed rows against them. */
export const QUEUE_CSV_COLUMNS: [string, (c: QueueItem, baseUrl: string) => string][] = [
  ["Zahl", (c) => c.valueText],
  ["Gegenstand", (c) => c.what],
  ["Quelle", (c) => c.actorName],
  ["Partei", (c) => PARTY_LABELS[c.party]],
  ["Offizielle Stelle", (c) => (c.official ? "ja" : "nein")],
  ["Hinweis Konfliktparteien", (c) => (c.caveat ? "ja" : "nein")],
  ["Zuordnung", (c) => (c.attributionVerdict ? ATTRIBUTION_VERDICT_LABELS[c.attributionVerdict] : "offen")],
  ["Inhalt", (c) => (c.contentVerdict ? CONTENT_VERDICT_LABELS[c.contentVerdict] : "offen")],
  ["Keine Behauptung", (c) => (c.notAClaim ? "ja" : "nein")],
  ["Satz", (c) => c.sentence],
  ["Artikel", (c) => c.articleTitle],
  ["Medium", (c) => c.articleOutlet],
  ["Datum", (c) => formatArticleDate(c.articlePublishedAt, c.articleStand)],
  ["Erfasst", (c) => formatDateTime(c.createdAt)],
  ["Link", (c, baseUrl) => `${baseUrl}/articles/${c.articleId}?claim=${c.id}`],
  // Every source ("Name (Partei); Name (Partei)"); "Quelle"/"Partei" above are the first one.
  ["Quellen", (c) => sourcesLabel(c.sources ?? sourcesForDisplay([], c))],
];

/** = + - @ tab CR: what makes a spreadsheet read a cell as a formula. */
const FORMULA_STARTS = new Set(["=", "+", "-", "@", "\t", "\r"].map((c) => c.charCodeAt(0)));

/**
 * One CSV cell. Article text is untrusted: a cell starting with = + - @ would run as a
 * formula in a spreadsheet, so it gets a leading apostrophe.
 */
export function csvCell(value: string): string {
  // Character codes instead of a regular expression: this runs for every cell of exports with
  // millions of cells.
  const first = value.charCodeAt(0);
  const lead = FORMULA_STARTS.has(first) ? "'" : "";
  return `"${lead}${value.includes('"') ? value.replace(/"/g, '""') : value}"`;
}

/** Queue items per database query and per chunk sent to the client. */
const EXPORT_BATCH = 2000;
const encoder = new TextEncoder();

function csvHeader(): string {
  return `\uFEFF${QUEUE_CSV_COLUMNS.map(([name]) => csvCell(name)).join(";")}\r\n`;
}

/**
 * formatDateTime and formatArticleDate per distinct minute: Intl formatting is the dearest part
 * of a row, and an article's claims share their times. Bounded, so odd data cannot grow it.
 */
function memoizedDates(): { of: (claim: QueueItem) => [string, string] } {
  const cache = new Map<string, string>();
  const remember = (key: string, make: () => string) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = make();
      if (cache.size < 10_000) cache.set(key, value);
    }
    return value;
  };
  const minute = (date: Date) => Math.floor(date.getTime() / 60_000);
  return {
    of: (claim) => [
      claim.articlePublishedAt
        ? remember(`p${minute(claim.articlePublishedAt)}`, () => formatArticleDate(claim.articlePublishedAt, null))
        : formatArticleDate(null, claim.articleStand),
      remember(`c${minute(claim.createdAt)}`, () => formatDateTime(claim.createdAt)),
    ],
  };
}

/** The rows as CSV text, up to `max` rows, a batch of lines (and their count) at a time. */
async function* csvChunks(
  items: AsyncGenerator<QueueItem>,
  options: { baseUrl: string; max: number },
): AsyncGenerator<{ text: string; rows: number }> {
  const dates = memoizedDates();
  const datum = QUEUE_CSV_COLUMNS.findIndex(([name]) => name === "Datum");
  const erfasst = QUEUE_CSV_COLUMNS.findIndex(([name]) => name === "Erfasst");
  let rows = 0;
  let chunk = "";
  let inChunk = 0;
  for await (const claim of items) {
    if (rows === options.max) break;
    const [published, created] = dates.of(claim);
    const cells = QUEUE_CSV_COLUMNS.map(([, get], index) =>
      csvCell(index === datum ? published : index === erfasst ? created : get(claim, options.baseUrl)),
    );
    chunk += `${cells.join(";")}\r\n`;
    rows += 1;
    if (++inChunk === EXPORT_BATCH) {
      yield { text: chunk, rows: inChunk };
      chunk = "";
      inChunk = 0;
    }
  }
  if (inChunk > 0) yield { text: chunk, rows: inChunk };
}

/** Whether more than `max` claims match (one bounded count before the download starts). */
async function exceeds(prisma: PrismaClient, filters: QueueFilters, max: number): Promise<boolean> {
  const page = pageQuery({ ...filters, cursor: undefined, limit: max }, { fullSentence: false, submitter: false });
  const [row] = await prisma.$queryRaw<{ n: number }[]>(Prisma.sql`SELECT count(*)::int AS n FROM (${page}) q`);
  return (row?.n ?? 0) > max;
}

/**
 * The queue as a CSV stream: one keyset batch is read when the client has taken the one before,
 * so memory stays flat, and a client that goes away stops the reading. `truncated`: more claims
 * match than the file holds (known before the first byte, for the response header).
 */
export async function queueCsvStream(
  prisma: PrismaClient,
  filters: QueueFilters,
  options: { baseUrl: string; maxRows?: number },
): Promise<{ stream: ReadableStream<Uint8Array>; truncated: boolean }> {
  const max = options.maxRows ?? EXPORT_MAX_ROWS;
  const truncated = await exceeds(prisma, filters, max);
  const chunks = csvChunks(iterateQueue(prisma, filters, EXPORT_BATCH), { baseUrl: options.baseUrl, max });
  let headerSent = false;
  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!headerSent) {
          headerSent = true;
          controller.enqueue(encoder.encode(csvHeader()));
          return;
        }
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value.text));
      },
      async cancel() {
        await chunks.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
  return { stream, truncated };
}

/** The whole export as one string (tests and small callers; the route streams). */
export async function queueCsv(
  prisma: PrismaClient,
  filters: QueueFilters,
  options: { baseUrl: string; maxRows?: number },
): Promise<{ csv: string; rows: number; truncated: boolean }> {
  const max = options.maxRows ?? EXPORT_MAX_ROWS;
  const truncated = await exceeds(prisma, filters, max);
  let csv = csvHeader();
  let rows = 0;
  for await (const chunk of csvChunks(iterateQueue(prisma, filters, EXPORT_BATCH), { baseUrl: options.baseUrl, max })) {
    csv += chunk.text;
    rows += chunk.rows;
  }
  return { csv, rows, truncated };
}
