// Rows of the review queue (server component; plain <a> links keep the page light). The keyboard navigation
// (QueueKeyboard) finds rows and their targets through the data-* attributes. Markup kept lean:
// every element here is rendered twice per row (HTML and RSC payload), 25 rows per page.
import { PartyBadge } from "@/components/claims/PartyBadge";
import { StatusBadge } from "@/components/claims/StatusBadge";
import { ATTRIBUTION_VERDICT_LABELS } from "@/lib/claims/labels";
import type { QueueItem } from "@/lib/claims/queue";
import { formatArticleDate } from "@/lib/format";
import styles from "./queue.module.css";

export function claimHref(item: Pick<QueueItem, "articleId" | "id">): string {
  return `/articles/${encodeURIComponent(item.articleId)}?claim=${encodeURIComponent(item.id)}`;
}

export function QueueTable({ items, caption }: { items: QueueItem[]; caption: string }) {
  return (
    <table className={`list ${styles.table}`} data-testid="queue-table">
      <caption className="muted">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Wert</th>
          <th scope="col">Gegenstand</th>
          <th scope="col">Quelle</th>
          <th scope="col">Status</th>
          <th scope="col">Artikel</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} data-queue-row="" data-claim-id={item.id} data-article-id={item.articleId}>
            <td>
              <a href={claimHref(item)} className={styles.value} data-row-link="">
                {item.valueText}
              </a>
              {item.qualifier && !item.valueText.includes(item.qualifier) && <span className="muted"> ({item.qualifier})</span>}
            </td>
            <td>
              {item.what || <span className="muted">–</span>}
              <div className={styles.sentence}>{item.sentence}</div>
            </td>
            <td>
              <div className={styles.stack}>
                {item.actorName || <span className="muted">Redaktion / ohne Quelle</span>}
                <PartyBadge party={item.party} />
                {item.caveat && (
                  <span className={styles.caveat} data-testid="caveat-marker" title="Hinweis „Konfliktparteien als Quelle“ nötig">
                    ⚠ Konfliktpartei als Quelle
                  </span>
                )}
                {item.official && <span className={styles.marker}>amtliche Stelle</span>}
              </div>
            </td>
            <td>
              <div className={styles.stack}>
                <StatusBadge verdict={item.contentVerdict} />
                {item.attributionVerdict && (
                  <span className={styles.marker}>Zuschreibung: {ATTRIBUTION_VERDICT_LABELS[item.attributionVerdict]}</span>
                )}
                {item.notAClaim && <span className={styles.marker}>als „keine Behauptung“ markiert</span>}
              </div>
            </td>
            <td>
              <a href={`/articles/${encodeURIComponent(item.articleId)}`}>{item.articleTitle}</a>
              <div className={styles.outlet}>
                {item.articleOutlet} · {formatArticleDate(item.articlePublishedAt, item.articleStand)}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
