// The editor's claims an approver returned, with the approver's comment, at the top of the
// queue: each links to the claim in its article, where it can be fixed and submitted again.
// Collapsed to the newest few with the total and a link to all of them (the list is rendered on
// every queue view; at 50 entries it was half of the page). The section's content is one HTML
// string: as React elements (~10 per claim) it was rendered and serialised on every first page.
import type { ReturnedClaim } from "@/lib/claims/returned";
import { formatDateTime } from "@/lib/format";
import { boundedMemo } from "@/lib/bounded-memo";
import { escapeHtml } from "@/lib/security/escape-html";
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

/** The section's content (heading, list, toggle link) as one HTML string; empty without claims. */
export function returnedClaimsHtml({ claims, total, expanded, toggleHref }: ReturnedClaimsProps): string {
  const hidden = total - claims.length;
  let html =
    `<h2 id="returned-heading">${escapeHtml(`Von der Freigabe zurückgegeben (${total})`)}</h2>` +
    `<p class="muted">Diese Behauptungen haben Sie eingereicht; sie kamen mit einem Kommentar zurück. Bitte prüfen, ` +
    `ändern und erneut einreichen.</p><ul>`;
  for (const claim of claims) {
    const source = `(${claim.actorName || "Redaktion / ohne Quelle"}) in „${claim.articleTitle}“`;
    html +=
      `<li data-returned-claim="${escapeHtml(claim.id)}"><a href="${escapeHtml(claimHref(claim))}">` +
      `<strong>${escapeHtml(claim.valueText)}</strong>${claim.what ? escapeHtml(` ${claim.what}`) : ""}</a> ` +
      `<span class="muted">${escapeHtml(source)}</span>` +
      `<span class="${styles.returnNote}">${escapeHtml(returnLine(claim))}</span></li>`;
  }
  html += "</ul>";
  const toggle = escapeHtml(toggleHref);
  if (!expanded && hidden > 0) {
    html +=
      `<p><a href="${toggle}" data-testid="returned-show-all">${escapeHtml(`Alle ${total} zurückgegebenen Behauptungen anzeigen`)}</a> ` +
      `<span class="muted">(${hidden} weitere)</span></p>`;
  }
  if (expanded && hidden > 0) {
    html += `<p class="muted">Weitere zurückgegebene Behauptungen erscheinen, sobald diese erneut eingereicht sind.</p>`;
  }
  if (expanded) html += `<p><a href="${toggle}">Nur die neuesten zurückgegebenen anzeigen</a></p>`;
  return html;
}

/**
 * The section's markup per list and link: the editor's returned claims come from the view cache's
 * shared entry (sharedRead), the same array on every view until something changes.
 */
const sectionOf = boundedMemo((claims: ReturnedClaim[], total: number, expanded: boolean, toggleHref: string) => ({
  __html: returnedClaimsHtml({ claims, total, expanded, toggleHref }),
}));

export function ReturnedClaims(props: ReturnedClaimsProps) {
  if (props.claims.length === 0) return null;
  return (
    <section
      className={`panel ${styles.returned}`}
      aria-labelledby="returned-heading"
      data-testid="returned-claims"
      dangerouslySetInnerHTML={sectionOf(props.claims, props.total, props.expanded, props.toggleHref)}
    />
  );
}
