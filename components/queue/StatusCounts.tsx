// Claims per content status for the current filters (the status filter itself
// excluded), as links that set the status filter. Under a search the counts are bounded
// (countLimit): beyond it the total reads "mehr als 10 000" and the statuses "–" (not counted).
// The list is one HTML string (static links, rendered on every queue view): as ~20 React
// elements it went through React's server renderer and the RSC payload each time.
import { CONTENT_STATUSES, CONTENT_STATUS_LABELS, queueQuery, type QueueFilters } from "@/lib/claims/queue-filters";
import type { StatusCounts as Counts } from "@/lib/claims/queue";
import { boundedCache } from "@/lib/bounded-memo";
import { escapeHtml } from "@/lib/security/escape-html";
import styles from "./queue.module.css";

const fmt = new Intl.NumberFormat("de-DE");

/** "1 234", or "mehr als 10 000" for a count beyond the bound. */
export function formatCount(n: number | null, limit: number | null): string {
  // Not counted per status: the search has more hits than the bound.
  if (n === null) return "–";
  return limit !== null && n > limit ? `mehr als ${fmt.format(limit)}` : fmt.format(n);
}

const NOT_COUNTED_TITLE = "Nicht gezählt: die Suche hat mehr als 10 000 Treffer";

/** The <ul> of the counts: "Alle" and one link per status, the current one marked aria-current. */
export function statusCountsHtml(counts: Counts, filters: QueueFilters, countLimit: number | null): string {
  const total = counts.all ?? CONTENT_STATUSES.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  const href = (status: QueueFilters["status"]) => {
    const query = queueQuery(filters, { status });
    return escapeHtml(query ? `/claims?${query}` : "/claims");
  };
  const current = (on: boolean) => (on ? ` aria-current="page"` : "");
  let html =
    `<ul class="${styles.counts}" data-testid="status-counts">` +
    `<li><a href="${href(undefined)}"${current(!filters.status)} data-count="all">` +
    `Alle <span class="${styles.n}">${escapeHtml(formatCount(total, countLimit))}</span></a></li>`;
  for (const s of CONTENT_STATUSES) {
    const title = counts[s] === null ? ` title="${NOT_COUNTED_TITLE}"` : "";
    html +=
      `<li><a href="${href(s)}"${current(filters.status === s)} data-count="${s}">${escapeHtml(CONTENT_STATUS_LABELS[s])} ` +
      `<span class="${styles.n}"${title}>${escapeHtml(formatCount(counts[s], countLimit))}</span></a></li>`;
  }
  return `${html}</ul>`;
}

/**
 * The list per counts object and filters: a page from the view cache's shared entry (sharedRead)
 * brings the same counts object on every view, and the query string (queueQuery, the cursor left
 * out as in every link here) determines the filters the links are built from.
 */
const countsHtmlOf = boundedCache<{ __html: string }>();

export function StatusCounts({
  counts,
  filters,
  countLimit = null,
}: {
  counts: Counts;
  filters: QueueFilters;
  countLimit?: number | null;
}) {
  return (
    <nav
      aria-label="Anzahl nach Prüfstatus"
      dangerouslySetInnerHTML={countsHtmlOf([counts, queueQuery(filters), countLimit], () => ({
        __html: statusCountsHtml(counts, filters, countLimit),
      }))}
    />
  );
}
