// The rows of the review queue as one HTML string. A page of 25 rows is about 400 elements;
// rendered as React elements they cost the server about 0.1 ms per row on every view (each
// element and attribute through React's server renderer) – the biggest part of the page's CPU
// time beyond the layout. The rows are static markup (links, badges, a checkbox whose state
// QueueTable reads from the DOM), so QueueTable builds this string from the compact row data
// (on the server for the HTML, in the browser for hydration, the same string from the same
// data) and puts it into its <tbody>. Every text and attribute value goes through escapeHtml.
import badges from "@/components/claims/badges.module.css";
import { CONTENT_STATUS_ICONS, contentStatusLabel, PARTY_LABELS, ATTRIBUTION_VERDICT_LABELS } from "@/lib/claims/labels";
import type { ContentVerdict, Party } from "@/lib/generated/prisma/enums";
import { claimHref, type QueueRow } from "./queue-rows";
import styles from "./queue.module.css";
import { escapeHtml } from "@/lib/security/escape-html";

/** The same markup as components/claims/PartyBadge. */
function partyBadge(party: Party): string {
  const code = party !== "NONE" && party !== "OTHER" ? `<span class="${badges.code}">${party}</span>` : "";
  return (
    `<span class="${badges.badge} ${badges[`party_${party}`]}" data-testid="party-badge" data-party="${party}">` +
    `${code}${escapeHtml(PARTY_LABELS[party])}</span>`
  );
}

/** The same markup as components/claims/StatusBadge. */
function statusBadge(verdict: ContentVerdict | null): string {
  const key = verdict ?? "OPEN";
  return (
    `<span class="${badges.badge} ${badges[`status_${key}`]}" data-testid="status-badge" data-status="${key}">` +
    `<span aria-hidden="true">${CONTENT_STATUS_ICONS[key]}</span>${escapeHtml(contentStatusLabel(verdict))}</span>`
  );
}

const marker = (text: string, testId?: string) =>
  `<span class="${styles.marker}"${testId ? ` data-testid="${testId}"` : ""}>${escapeHtml(text)}</span>`;

const muted = (text: string) => `<span class="muted">${escapeHtml(text)}</span>`;

function valueCell(row: QueueRow): string {
  const qualifier = row.qualifier ? `<span class="muted"> (${escapeHtml(row.qualifier)})</span>` : "";
  return `<td><a href="${escapeHtml(claimHref(row))}" class="${styles.value}" data-row-link="">${escapeHtml(row.valueText)}</a>${qualifier}</td>`;
}

function sourceCell(row: QueueRow): string {
  let html = `<td class="${styles.stack}">${row.actorName ? escapeHtml(row.actorName) : muted("Redaktion / ohne Quelle")}`;
  html += partyBadge(row.party);
  if (row.caveat) {
    html += `<span class="${styles.caveat}" data-testid="caveat-marker" title="Hinweis „Konfliktparteien als Quelle“ nötig">⚠ Konfliktpartei als Quelle</span>`;
  }
  if (row.official) html += marker("amtliche Stelle");
  return `${html}</td>`;
}

function statusCell(row: QueueRow): string {
  let html = `<td class="${styles.stack} ${styles.stackFromTop}">${statusBadge(row.contentVerdict)}`;
  if (row.attributionVerdict) html += marker(`Zuschreibung: ${ATTRIBUTION_VERDICT_LABELS[row.attributionVerdict]}`);
  if (row.notAClaim) html += marker("als „keine Behauptung“ markiert");
  if (row.submittedBy) html += marker(`Eingereicht von ${row.submittedBy}`, "submitted-by");
  return `${html}</td>`;
}

/** One <tr> per row, in the order given; the checkbox carries the claim id as its value. */
export function queueRowsHtml(rows: QueueRow[]): string {
  let html = "";
  for (const row of rows) {
    const pickLabel = `Für Bericht auswählen: ${row.valueText} ${row.what}`.trim();
    html +=
      `<tr data-queue-row="" data-claim-id="${escapeHtml(row.id)}" data-article-id="${escapeHtml(row.articleId)}">` +
      `<td><input type="checkbox" data-report-pick="" value="${escapeHtml(row.id)}" aria-label="${escapeHtml(pickLabel)}"/></td>` +
      valueCell(row) +
      `<td>${row.what ? escapeHtml(row.what) : muted("–")}<div class="${styles.sentence}">${escapeHtml(row.sentence)}</div></td>` +
      sourceCell(row) +
      statusCell(row) +
      `<td><a href="/articles/${escapeHtml(encodeURIComponent(row.articleId))}">${escapeHtml(row.articleTitle)}</a>` +
      `<div class="${styles.outlet}">${escapeHtml(row.articleLine)}</div></td></tr>`;
  }
  return html;
}
