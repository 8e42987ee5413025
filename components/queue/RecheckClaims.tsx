// "neu zu prüfen": approved claims the user handled whose cluster received a contradicting report
// since. Shown at the top of the queue (editors) and of /approvals (approvers).
import type { RecheckItem } from "@/lib/clusters/recheck";
import { formatDateTime } from "@/lib/format";
import styles from "./queue.module.css";

const claimLink = (item: RecheckItem) =>
  `/articles/${encodeURIComponent(item.claimArticleId)}?claim=${encodeURIComponent(item.claimId)}`;

export function RecheckClaims({ items }: { items: RecheckItem[] }) {
  if (items.length === 0) return null;
  return (
    <section className={`panel ${styles.returned}`} aria-labelledby="recheck-heading" data-testid="recheck-claims">
      <h2 id="recheck-heading">Neu zu prüfen ({items.length})</h2>
      <p className="muted">
        Diese freigegebenen Behauptungen haben Sie bearbeitet; eine neue Meldung nennt einen abweichenden Wert. Bitte prüfen, ob
        die Freigabe noch trägt – geändert wurde nichts.
      </p>
      <ul>
        {items.map((item) => (
          <li key={item.claimId} data-recheck-claim={item.claimId}>
            <a href={claimLink(item)}>
              <strong>{item.valueText}</strong>
            </a>{" "}
            <span className={styles.returnNote}>
              neu zu prüfen: {item.reason} (<a href={`/articles/${encodeURIComponent(item.articleId)}`}>neuer Artikel</a>,{" "}
              {formatDateTime(new Date(item.at))})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
