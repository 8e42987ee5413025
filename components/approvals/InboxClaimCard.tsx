"use client";
// One submitted claim in the approver's inbox: what was submitted (verdicts, rationale,
// evidence with domains and parties, caveat, source next to the machine's) and the decision.
// The card is focusable (j/k move between cards; a/r act on the focused one).
import { PartyBadge } from "@/components/claims/PartyBadge";
import { StatusBadge } from "@/components/claims/StatusBadge";
import type { InboxClaim, InboxReview, InboxSource } from "@/lib/approvals/inbox-types";
import type { ActionResult } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { EvidenceList } from "./EvidenceList";
import { isOpen, type ClaimOutcome } from "./outcome";
import { ReturnForm } from "./ReturnForm";
import styles from "./approvals.module.css";

export const OWN_REVIEW_NOTE = "Von Ihnen bewertet – Freigabe durch eine zweite Person";

interface Props {
  claim: InboxClaim;
  outcome: ClaimOutcome | undefined;
  busy: boolean;
  selected: boolean;
  returning: boolean;
  onToggle: (selected: boolean) => void;
  onApprove: () => void;
  onOpenReturn: () => void;
  onCloseReturn: () => void;
  onReturn: (comment: string) => Promise<Extract<ActionResult<unknown>, { ok: false }> | null>;
}

export function claimTitle(claim: Pick<InboxClaim, "valueText" | "what">): string {
  return `„${claim.valueText}“${claim.what ? ` ${claim.what}` : ""}`;
}

function SourceLine({ source }: { source: InboxSource }) {
  return (
    <>
      {source.actorName || "Redaktion selbst (keine Quelle)"}
      {source.official ? " (offizielle Stelle)" : ""} <PartyBadge party={source.party} />
    </>
  );
}

function MachineLine({ claim }: { claim: InboxClaim }) {
  if (!claim.machine) return <span className="muted">von der Redaktion ergänzt – keine Angabe der Maschine</span>;
  if (!claim.machineDiffers) return <span className="muted">wie von der Maschine erkannt</span>;
  return (
    <span data-testid="machine-source">
      von der Redaktion geändert; die Maschine hatte: <SourceLine source={claim.machine} />
      {claim.machine.caveat !== claim.source.caveat && (claim.machine.caveat ? ", mit Hinweis" : ", ohne Hinweis")}
    </span>
  );
}

function ReviewFacts({ review, label }: { review: InboxReview | null; label: string }) {
  if (!review) {
    return (
      <>
        <dt>{label}</dt>
        <dd className="muted">kein Urteil</dd>
      </>
    );
  }
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <strong>{review.verdictLabel}</strong>
        {review.correctSource ? ` – richtige Quelle: ${review.correctSource}` : ""}
        <span className="muted">
          {" "}
          ({review.userName}, {formatDateTime(new Date(review.at))})
        </span>
        <div>Begründung: {review.rationale || <span className="muted">keine</span>}</div>
        <EvidenceList evidence={review.evidence} />
      </dd>
    </>
  );
}

function Decision({ outcome }: { outcome: ClaimOutcome | undefined }) {
  if (!outcome) return null;
  if (outcome.kind === "approved" || outcome.kind === "returned") {
    return (
      <p className={styles.done} role="status">
        {outcome.kind === "approved" ? "✓ freigegeben" : "↩ an die Redaktion zurückgegeben"}
      </p>
    );
  }
  return (
    <div className="alert error" role="alert">
      {outcome.kind === "refused" ? "Nicht freigegeben: " : ""}
      {outcome.message}
    </div>
  );
}

export function InboxClaimCard(props: Props) {
  const { claim, outcome, busy, selected, returning } = props;
  const open = isOpen(outcome);
  const decidable = open && !claim.reviewedByViewer;
  const state = outcome?.kind ?? "open";
  const headingId = `claim-${claim.id}-title`;
  return (
    <article
      className={styles.card}
      tabIndex={-1}
      aria-labelledby={headingId}
      data-inbox-claim
      data-claim-id={claim.id}
      data-decidable={decidable ? "true" : "false"}
      data-state={state}
      data-own={claim.reviewedByViewer ? "true" : undefined}
      data-testid="inbox-claim"
    >
      <div className={styles.cardHead}>
        {decidable && (
          <label className={styles.select}>
            <input type="checkbox" checked={selected} onChange={(event) => props.onToggle(event.target.checked)} />
            <span>Auswählen</span>
          </label>
        )}
        <h3 id={headingId}>{claimTitle(claim)}</h3>
        <StatusBadge verdict={claim.contentVerdict} />
      </div>
      <p className={styles.sentence}>{claim.sentence}</p>
      <dl className={styles.facts}>
        <dt>Quelle</dt>
        <dd>
          <SourceLine source={claim.source} />
          <div>
            <MachineLine claim={claim} />
          </div>
        </dd>
        <dt>Hinweis</dt>
        <dd>{claim.source.caveat ? "„Konfliktparteien als Quelle“ wird angezeigt" : "kein Hinweis nötig"}</dd>
        {claim.notAClaim && (
          <>
            <dt>Markierung</dt>
            <dd>als „keine Behauptung“ markiert</dd>
          </>
        )}
        <ReviewFacts review={claim.contentReview} label="Inhalt" />
        <ReviewFacts review={claim.attributionReview} label="Zuordnung" />
        <dt>Eingereicht</dt>
        <dd data-testid="submitted-by">
          {claim.submittedBy ? `von ${claim.submittedBy}` : "von unbekannt"}
          {claim.submittedAt ? `, ${formatDateTime(new Date(claim.submittedAt))}` : ""}
        </dd>
      </dl>
      {claim.reviewedByViewer && open && (
        <p className={styles.own} data-testid="own-review">
          {OWN_REVIEW_NOTE}
        </p>
      )}
      <div aria-live="polite">
        <Decision outcome={outcome} />
      </div>
      {decidable && !returning && (
        <div className={styles.actions}>
          <button type="button" className="button" onClick={props.onApprove} disabled={busy}>
            {busy ? "Wird freigegeben …" : "Freigeben"}
          </button>
          <button type="button" className="button secondary" onClick={props.onOpenReturn} disabled={busy}>
            Zurückgeben
          </button>
        </div>
      )}
      {decidable && returning && <ReturnForm claimId={claim.id} onSubmit={props.onReturn} onCancel={props.onCloseReturn} />}
    </article>
  );
}
