// CSV export of the review queue: both verdicts side by side, one row per claim,
// in the queue's filter and order. Semicolons, CRLF and a UTF-8 BOM so German
// spreadsheet software opens it directly.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { formatArticleDate, formatDateTime } from "@/lib/format";
import { ATTRIBUTION_VERDICT_LABELS, CONTENT_VERDICT_LABELS, PARTY_LABELS } from "./labels";
import { iterateQueue, type QueueItem } from "./queue";
import type { QueueFilters } from "./queue-filters";

export const EXPORT_MAX_ROWS = 50_000;

const COLUMNS: [string, (c: QueueItem, baseUrl: string) => string][] = [
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
];

/**
 * One CSV cell. Article text is untrusted: a cell starting with = + - @ would run as a
 * formula in a spreadsheet, so it gets a leading apostrophe.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export async function queueCsv(
  prisma: PrismaClient,
  filters: QueueFilters,
  options: { baseUrl: string; maxRows?: number },
): Promise<{ csv: string; rows: number; truncated: boolean }> {
  const max = options.maxRows ?? EXPORT_MAX_ROWS;
  const lines = [COLUMNS.map(([name]) => csvCell(name)).join(";")];
  let rows = 0;
  let truncated = false;
  for await (const claim of iterateQueue(prisma, filters)) {
    if (rows === max) {
      truncated = true;
      break;
    }
    lines.push(COLUMNS.map(([, get]) => csvCell(get(claim, options.baseUrl))).join(";"));
    rows += 1;
  }
  return { csv: `\uFEFF${lines.join("\r\n")}\r\n`, rows, truncated };
}
