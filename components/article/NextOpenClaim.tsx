// After a verdict: on to the next open claim of this article, or – when none is left – to the
// next article with an open claim in the review queue.
import Link from "next/link";
import type { NextOpenClaim as NextOpen } from "@/lib/claims/claim-panel-types";
import styles from "./article.module.css";

export function NextOpenClaim({ next, onSelect }: { next: NextOpen; onSelect: (claimId: string) => void }) {
  if (next?.kind === "article") {
    return (
      <p className={styles.next} data-testid="next-open">
        <button type="button" className="button" onClick={() => onSelect(next.claimId)}>
          Nächste offene Behauptung
        </button>{" "}
        <span className={styles.muted}>„{next.valueText}“ in diesem Artikel</span>
      </p>
    );
  }
  if (next?.kind === "queue") {
    return (
      <p className={styles.next} data-testid="next-open">
        In diesem Artikel ist keine Behauptung mehr offen.{" "}
        <Link href={`/articles/${encodeURIComponent(next.articleId)}?claim=${encodeURIComponent(next.claimId)}`}>
          Nächste offene Behauptung in der Warteschlange
        </Link>{" "}
        <span className={styles.muted}>(„{next.articleTitle}“)</span>
      </p>
    );
  }
  return (
    <p className={styles.next} data-testid="next-open">
      Keine offene Behauptung mehr – weder in diesem Artikel noch in der Warteschlange.
    </p>
  );
}
