// The claim panel's issue-#10 parts: the normalised event and counted thing, and the line
// "Auch gemeldet in N Artikeln – Ursprung: …" with links to the cluster and the other reports.
import Link from "next/link";
import type { ClaimPanelView } from "@/lib/claims/claim-panel-types";
import styles from "./article.module.css";
import { ClearRecheck } from "./ClearRecheck";
import { DetachFromCluster } from "./DetachFromCluster";

export function CountedFacts({ counted }: { counted: ClaimPanelView["counted"] }) {
  if (!counted) return null;
  return (
    <>
      <dt>Ereignis</dt>
      <dd data-testid="claim-event">{counted.event || <span className={styles.muted}>nicht erkannt</span>}</dd>
      <dt>Gezählt (normalisiert)</dt>
      <dd data-testid="claim-thing">
        {counted.lemma || <span className={styles.muted}>nicht erkannt</span>}
        {counted.attribute && ` (${counted.attribute})`}
      </dd>
    </>
  );
}

const SHOWN_OTHERS = 10;

export function ClusterLine({ cluster, claimId }: { cluster: NonNullable<ClaimPanelView["cluster"]>; claimId: string }) {
  return (
    <div className={styles.review} data-testid="claim-cluster">
      <p>
        <Link href={`/clusters/${cluster.clusterId}`}>{cluster.line}</Link>
      </p>
      {cluster.flags.length > 0 && <p>{cluster.flags.map((flag) => `„${flag}“`).join(" · ")}</p>}
      <ul>
        {cluster.others.slice(0, SHOWN_OTHERS).map((other) => (
          <li key={other.claimId}>
            <Link href={`/articles/${encodeURIComponent(other.articleId)}?claim=${encodeURIComponent(other.claimId)}`}>
              {other.articleTitle}
            </Link>
            : {other.valueText}
          </li>
        ))}
      </ul>
      <DetachFromCluster claimId={claimId} />
    </div>
  );
}

/** "neu zu prüfen: neue abweichende Meldung in Artikel „…“" with a link to that article. */
export function RecheckLine({
  recheck,
  claimId,
  canReview,
}: {
  recheck: NonNullable<ClaimPanelView["recheck"]>;
  claimId: string;
  canReview: boolean;
}) {
  return (
    <div className={styles.review} data-testid="claim-recheck" role="status">
      <p>
        <strong>neu zu prüfen:</strong> {recheck.reason} –{" "}
        <Link href={`/articles/${encodeURIComponent(recheck.articleId)}`}>zum neuen Artikel</Link>
      </p>
      {canReview && <ClearRecheck claimId={claimId} flaggedAt={recheck.at} />}
    </div>
  );
}

/** The other conflict party's figures for the same event, side by side with this one. */
export function CounterClaims({ counterClaims }: { counterClaims: ClaimPanelView["counterClaims"] }) {
  if (counterClaims.length === 0) return null;
  return (
    <div className={styles.review} data-testid="claim-counter">
      <ul>
        {counterClaims.map((counter) => (
          <li key={counter.claimId}>
            <Link href={`/articles/${encodeURIComponent(counter.articleId)}?claim=${encodeURIComponent(counter.claimId)}`}>
              {counter.line}
            </Link>{" "}
            <span className={styles.muted}>in „{counter.articleTitle}“</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
