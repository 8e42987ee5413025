// Rows of the review queue as the client component QueueTable receives them: only the
// fields it shows, dates already formatted (on the server, in the app's time zone, so
// the markup built from them in the browser matches), each row a list by position (no keys),
// empty fields left out. Kept small on purpose: the rows travel once as data in the RSC payload
// instead of once as an element tree per cell (which was most of the page's bytes and rendering
// work); unpacked again (unpackQueueRows), queue-rows-html.ts turns them into the rows' markup.
import type { AttributionVerdict, ContentVerdict, Party } from "@/lib/generated/prisma/enums";
import type { QueueItem } from "@/lib/claims/queue";
import { formatArticleDate } from "@/lib/format";

export interface QueueRow {
  id: string;
  articleId: string;
  valueText: string;
  /** Shown in brackets after the value; only when the value text does not contain it. */
  qualifier?: string;
  what: string;
  sentence: string;
  actorName: string;
  party: Party;
  caveat?: true;
  official?: true;
  notAClaim?: true;
  contentVerdict: ContentVerdict | null;
  attributionVerdict?: AttributionVerdict;
  articleTitle: string;
  /** Outlet · date (or "Stand: …" / "ohne Datum"). */
  articleLine: string;
  /** Who submitted it, for claims waiting for or past approval. */
  submittedBy?: string;
}

export function claimHref(item: Pick<QueueItem, "articleId" | "id">): string {
  return `/articles/${encodeURIComponent(item.articleId)}?claim=${encodeURIComponent(item.id)}`;
}

/** Bits of PackedQueueRow's flags. */
const CAVEAT = 1;
const OFFICIAL = 2;
const NOT_A_CLAIM = 4;

/** An article as it travels, once per page however many of its claims the page lists: [id, title, line]. */
export type PackedQueueArticle = [id: string, title: string, line: string];

/**
 * A row as it travels: a list by position instead of an object with keys (the keys were about a
 * third of the rows' JSON, sent and parsed on every view). `article` is an index into the page's
 * articles; `flags` the CAVEAT | OFFICIAL | NOT_A_CLAIM bits. The last three are left out from the
 * end while they are empty ("", null).
 */
export type PackedQueueRow = [
  id: string,
  article: number,
  valueText: string,
  what: string,
  sentence: string,
  actorName: string,
  party: Party,
  contentVerdict: ContentVerdict | null,
  flags: number,
  qualifier?: string,
  attributionVerdict?: AttributionVerdict | null,
  submittedBy?: string | null,
];

/**
 * A page of rows for QueueTable: [articles, rows]. Claims of one article follow each other in the
 * queue (an ingest gives them one created_at), so a page names few articles: each title, outlet
 * and formatted date travels (and is formatted) once per article instead of once per row.
 */
export type QueueRowsData = [articles: PackedQueueArticle[], rows: PackedQueueRow[]];

function toPackedRow(item: QueueItem, article: number): PackedQueueRow {
  const flags = (item.caveat ? CAVEAT : 0) | (item.official ? OFFICIAL : 0) | (item.notAClaim ? NOT_A_CLAIM : 0);
  const row: PackedQueueRow = [
    item.id,
    article,
    item.valueText,
    item.what,
    item.sentence,
    item.actorName,
    item.party,
    item.contentVerdict,
    flags,
    // Shown only when the value text does not contain it.
    item.qualifier && !item.valueText.includes(item.qualifier) ? item.qualifier : "",
    item.attributionVerdict ?? null,
    item.submittedBy || null,
  ];
  // Empty optional fields at the end stay home.
  while (row.length > 9 && (row[row.length - 1] === "" || row[row.length - 1] === null)) row.pop();
  return row;
}

export function toQueueRows(items: readonly QueueItem[]): QueueRowsData {
  const articles: PackedQueueArticle[] = [];
  const indexOf = new Map<string, number>();
  const rows = items.map((item) => {
    let index = indexOf.get(item.articleId);
    if (index === undefined) {
      index = articles.length;
      indexOf.set(item.articleId, index);
      const line = `${item.articleOutlet} · ${formatArticleDate(item.articlePublishedAt, item.articleStand)}`;
      articles.push([item.articleId, item.articleTitle, line]);
    }
    return toPackedRow(item, index);
  });
  return [articles, rows];
}

/** The rows with their keys and their article's fields again, in the order given. */
export function unpackQueueRows([articles, rows]: QueueRowsData): QueueRow[] {
  return rows.map(
    ([
      id,
      article,
      valueText,
      what,
      sentence,
      actorName,
      party,
      contentVerdict,
      flags,
      qualifier,
      attributionVerdict,
      submittedBy,
    ]) => {
      const [articleId, articleTitle, articleLine] = articles[article];
      const row: QueueRow = {
        id,
        articleId,
        valueText,
        what,
        sentence,
        actorName,
        party,
        contentVerdict,
        articleTitle,
        articleLine,
      };
      if (qualifier) row.qualifier = qualifier;
      if (flags & CAVEAT) row.caveat = true;
      if (flags & OFFICIAL) row.official = true;
      if (flags & NOT_A_CLAIM) row.notAClaim = true;
      if (attributionVerdict) row.attributionVerdict = attributionVerdict;
      if (submittedBy) row.submittedBy = submittedBy;
      return row;
    },
  );
}

/** The page's rows as QueueTable takes them: QueueRowsData as one JSON string. */
export function queueRowsJson(items: readonly QueueItem[]): string {
  return JSON.stringify(toQueueRows(items));
}
