// Claims per content status for the current filters (the status filter itself
// excluded), as links that set the status filter. Under a search the counts are bounded
// (countLimit): beyond it the total reads "mehr als 10 000" and the statuses "–" (not counted).
import { CONTENT_STATUSES, CONTENT_STATUS_LABELS, queueQuery, type QueueFilters } from "@/lib/claims/queue-filters";
import type { StatusCounts as Counts } from "@/lib/claims/queue";
import styles from "./queue.module.css";

const fmt = new Intl.NumberFormat("de-DE");

/** "1 234", or "mehr als 10 000" for a count beyond the bound. */
export function formatCount(n: number | null, limit: number | null): string {
  // Not counted per status: the search has more hits than the bound.
  if (n === null) return "–";
  return limit !== null && n > limit ? `mehr als ${fmt.format(limit)}` : fmt.format(n);
}

export function StatusCounts({
  counts,
  filters,
  countLimit = null,
}: {
  counts: Counts;
  filters: QueueFilters;
  countLimit?: number | null;
}) {
  const total = counts.all ?? CONTENT_STATUSES.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  const href = (status: QueueFilters["status"]) => {
    const query = queueQuery(filters, { status });
    return query ? `/claims?${query}` : "/claims";
  };
  return (
    <nav aria-label="Anzahl nach Prüfstatus">
      <ul className={styles.counts} data-testid="status-counts">
        <li>
          <a href={href(undefined)} aria-current={filters.status ? undefined : "page"} data-count="all">
            Alle <span className={styles.n}>{formatCount(total, countLimit)}</span>
          </a>
        </li>
        {CONTENT_STATUSES.map((s) => (
          <li key={s}>
            <a href={href(s)} aria-current={filters.status === s ? "page" : undefined} data-count={s}>
              {`${CONTENT_STATUS_LABELS[s]} `}
              <span
                className={styles.n}
                title={counts[s] === null ? "Nicht gezählt: die Suche hat mehr als 10 000 Treffer" : undefined}
              >
                {formatCount(counts[s], countLimit)}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
