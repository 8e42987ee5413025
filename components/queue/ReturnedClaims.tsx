// The editor's claims an approver returned, with the approver's comment, at the top of the
// queue: each links to the claim in its article, where it can be fixed and submitted again.
// Collapsed to the newest few with the total and a link to all of them (the list is rendered on
// every queue view; at 50 entries it was half of the page).
import type { ReturnedClaim } from "@/lib/claims/returned";
import { formatDateTime } from "@/lib/format";
import { claimHref } from "./queue-rows";
import styles from "./queue.module.css";

function returnLine(claim: ReturnedClaim): string {
  const who = claim.returnedBy ?? "der Freigabe";
  return `Zurückgegeben von ${who} am ${formatDateTime(claim.returnedAt)}: „${claim.comment}“`;
}

interface ReturnedClaimsProps {
  claims: ReturnedClaim[];
  /** All of the user's returned claims, also those not listed. */
  total: number;
  /** The full list (up to RETURNED_LIMIT) is shown; otherwise the first few. */
  expanded: boolean;
  /** Link to the full list (collapsed) or back to the short one (expanded). */
  toggleHref: string;
}

export function ReturnedClaims({ claims, total, expanded, toggleHref }: ReturnedClaimsProps) {
  if (claims.length === 0) return null;
  const hidden = total - claims.length;
  return (
    <section className={`panel ${styles.returned}`} aria-labelledby="returned-heading" data-testid="returned-claims">
      <h2 id="returned-heading">{`Von der Freigabe zurückgegeben (${total})`}</h2>
      <p className="muted">
        Diese Behauptungen haben Sie eingereicht; sie kamen mit einem Kommentar zurück. Bitte prüfen, ändern und erneut
        einreichen.
      </p>
      <ul>
        {claims.map((claim) => (
          <li key={claim.id} data-returned-claim={claim.id}>
            <a href={claimHref(claim)}>
              <strong>{claim.valueText}</strong>
              {claim.what ? ` ${claim.what}` : ""}
            </a>{" "}
            <span className="muted">{`(${claim.actorName || "Redaktion / ohne Quelle"}) in „${claim.articleTitle}“`}</span>
            <span className={styles.returnNote}>{returnLine(claim)}</span>
          </li>
        ))}
      </ul>
      {!expanded && hidden > 0 && (
        <p>
          <a href={toggleHref} data-testid="returned-show-all">
            {`Alle ${total} zurückgegebenen Behauptungen anzeigen`}
          </a>{" "}
          <span className="muted">{`(${hidden} weitere)`}</span>
        </p>
      )}
      {expanded && hidden > 0 && (
        <p className="muted">Weitere zurückgegebene Behauptungen erscheinen, sobald diese erneut eingereicht sind.</p>
      )}
      {expanded && (
        <p>
          <a href={toggleHref}>Nur die neuesten zurückgegebenen anzeigen</a>
        </p>
      )}
    </section>
  );
}
