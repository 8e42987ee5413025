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

export function toQueueRow(item: QueueItem): QueueRow {
  const row: QueueRow = {
    id: item.id,
    articleId: item.articleId,
    valueText: item.valueText,
    what: item.what,
    sentence: item.sentence,
    actorName: item.actorName,
    party: item.party,
    contentVerdict: item.contentVerdict,
    articleTitle: item.articleTitle,
    articleLine: `${item.articleOutlet} · ${formatArticleDate(item.articlePublishedAt, item.articleStand)}`,
  };
  if (item.qualifier && !item.valueText.includes(item.qualifier)) row.qualifier = item.qualifier;
  if (item.caveat) row.caveat = true;
  if (item.official) row.official = true;
  if (item.notAClaim) row.notAClaim = true;
  if (item.attributionVerdict) row.attributionVerdict = item.attributionVerdict;
  if (item.submittedBy) row.submittedBy = item.submittedBy;
  return row;
}
