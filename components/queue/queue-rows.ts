// Rows of the review queue as the client component QueueTable receives them: only the
// fields it shows, dates already formatted (on the server, in the app's time zone, so
// the markup built from them in the browser matches), flags left out when false. Kept small
// on purpose: the rows travel once as data in the RSC payload instead of once as an element
// tree per cell (which was most of the page's bytes and rendering work); queue-rows-html.ts
// turns them into the rows' markup.
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

/** An article shown in the queue, once per page however many of its claims the page lists. */
export interface QueueArticle {
  id: string;
  title: string;
  /** Outlet · date (or "Stand: …" / "ohne Datum"). */
  line: string;
}

/** A row as it travels: its article as an index into QueueRowsData.articles. */
export type PackedQueueRow = Omit<QueueRow, "articleId" | "articleTitle" | "articleLine"> & { article: number };

/**
 * A page of rows for QueueTable. Claims of one article follow each other in the queue (an
 * ingest gives them one created_at), so a page names few articles: each title, outlet and
 * formatted date travels (and is formatted) once per article instead of once per row.
 */
export interface QueueRowsData {
  articles: QueueArticle[];
  rows: PackedQueueRow[];
}

function toPackedRow(item: QueueItem, article: number): PackedQueueRow {
  const row: PackedQueueRow = {
    id: item.id,
    article,
    valueText: item.valueText,
    what: item.what,
    sentence: item.sentence,
    actorName: item.actorName,
    party: item.party,
    contentVerdict: item.contentVerdict,
  };
  if (item.qualifier && !item.valueText.includes(item.qualifier)) row.qualifier = item.qualifier;
  if (item.caveat) row.caveat = true;
  if (item.official) row.official = true;
  if (item.notAClaim) row.notAClaim = true;
  if (item.attributionVerdict) row.attributionVerdict = item.attributionVerdict;
  if (item.submittedBy) row.submittedBy = item.submittedBy;
  return row;
}

export function toQueueRows(items: QueueItem[]): QueueRowsData {
  const articles: QueueArticle[] = [];
  const indexOf = new Map<string, number>();
  const rows = items.map((item) => {
    let index = indexOf.get(item.articleId);
    if (index === undefined) {
      index = articles.length;
      indexOf.set(item.articleId, index);
      const line = `${item.articleOutlet} · ${formatArticleDate(item.articlePublishedAt, item.articleStand)}`;
      articles.push({ id: item.articleId, title: item.articleTitle, line });
    }
    return toPackedRow(item, index);
  });
  return { articles, rows };
}

/** The rows with their article's fields again, in the order given. */
export function unpackQueueRows(data: QueueRowsData): QueueRow[] {
  return data.rows.map(({ article, ...row }) => {
    const { id, title, line } = data.articles[article];
    return { ...row, articleId: id, articleTitle: title, articleLine: line };
  });
}

/** The page's rows as QueueTable takes them: QueueRowsData as one JSON string. */
export function queueRowsJson(items: QueueItem[]): string {
  return JSON.stringify(toQueueRows(items));
}
