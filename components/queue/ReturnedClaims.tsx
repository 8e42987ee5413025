// The editor's claims an approver returned, with the approver's comment, at the top of the
// queue: each links to the claim in its article, where it can be fixed and submitted again.
import type { ReturnedClaim } from "@/lib/claims/returned";
import { formatDateTime } from "@/lib/format";
import { claimHref } from "./queue-rows";
import styles from "./queue.module.css";

function returnLine(claim: ReturnedClaim): string {
  const who = claim.returnedBy ?? "der Freigabe";
  return `Zurückgegeben von ${who} am ${formatDateTime(claim.returnedAt)}: „${claim.comment}“`;
}

export function ReturnedClaims({ claims, more }: { claims: ReturnedClaim[]; more: boolean }) {
  if (claims.length === 0) return null;
  return (
    <section className={`panel ${styles.returned}`} aria-labelledby="returned-heading" data-testid="returned-claims">
      <h2 id="returned-heading">Von der Freigabe zurückgegeben ({claims.length})</h2>
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
            <span className="muted">
              ({claim.actorName || "Redaktion / ohne Quelle"}) in „{claim.articleTitle}“
            </span>
            <span className={styles.returnNote}>{returnLine(claim)}</span>
          </li>
        ))}
      </ul>
      {more && <p className="muted">Weitere zurückgegebene Behauptungen erscheinen, sobald diese erneut eingereicht sind.</p>}
    </section>
  );
}
