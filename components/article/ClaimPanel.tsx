"use client";
// Side panel for the selected claim: what the machine found, the caveat box,
// the latest verdicts, the four-eyes workflow, the review/correction forms (read-only while
// submitted or approved) and the claim's history.
import { PartyBadge } from "@/components/claims/PartyBadge";
import { StatusBadge } from "@/components/claims/StatusBadge";
import type { ActorOption, ReviewView } from "@/lib/claims/article-view-types";
import type { ClaimPanelView } from "@/lib/claims/claim-panel-types";
import { ATTRIBUTION_VERDICT_LABELS, CLAIM_STATUS_LABELS } from "@/lib/claims/labels";
import { formatDateTime } from "@/lib/format";
import type { Party } from "@/lib/generated/prisma/enums";
import type { ContentVerdictValue } from "@/lib/reviews/content-verdict-schema";
import { AttributionVerdictForm } from "./AttributionVerdictForm";
import { ClaimHistory } from "./ClaimHistory";
import { ClusterLine, CounterClaims, CountedFacts, RecheckLine } from "./ClaimCluster";
import { ClaimWorkflow, ReturnNoteBox, type WorkflowRights } from "./ClaimWorkflow";
import { ContentVerdictForm } from "./ContentVerdictForm";
import { CorrectionForm } from "./CorrectionForm";
import { NextOpenClaim } from "./NextOpenClaim";
import { StatementSnippet } from "./StatementSnippet";
import { ProposalBox, ProposeToCluster } from "./VerdictProposal";
import styles from "./article.module.css";
import { EvidenceList } from "./EvidenceList";

function ReviewBox({ title, review }: { title: string; review: ReviewView }) {
  return (
    <div className={styles.review} data-testid="review">
      <p>
        <strong>{title}:</strong> „{review.verdictLabel}“ – {review.userName}, {formatDateTime(new Date(review.at))}
      </p>
      {review.rationale && <p>Begründung: {review.rationale}</p>}
      {review.correctSource && <p>Richtige Quelle: {review.correctSource}</p>}
      <EvidenceList evidence={review.evidence} />
    </div>
  );
}

const FROZEN_EXPLANATIONS: Partial<Record<ClaimPanelView["status"], string>> = {
  SUBMITTED:
    "Zur Freigabe eingereicht: Urteile und Korrekturen sind gesperrt, bis die Freigabe entscheidet. " +
    "Soll noch etwas geändert werden, gibt die Freigabe die Behauptung mit einem Kommentar zurück.",
  APPROVED:
    "Freigegeben: Urteile und Korrekturen sind gesperrt. Nur eine Person mit Freigaberecht kann die Behauptung " +
    "mit einer Begründung wieder öffnen.",
};

/** The verdict and correction forms; while the claim is submitted or approved, shown read-only. */
function EditForms({
  claim,
  conflictParties,
  actors,
  canReview,
  canCorrect,
  openVerdict,
}: {
  claim: ClaimPanelView;
  conflictParties: Party[];
  actors: ActorOption[];
  canReview: boolean;
  canCorrect: boolean;
  openVerdict: ContentVerdictValue | null;
}) {
  const frozen = FROZEN_EXPLANATIONS[claim.status];
  if (!canReview && !canCorrect) return null;
  return (
    <>
      {frozen && (
        <p className={styles.locked} role="note" data-testid="forms-locked">
          {frozen}
        </p>
      )}
      <fieldset className={styles.formsFrame} disabled={!!frozen} aria-label={frozen ? "Gesperrte Formulare" : undefined}>
        {canReview && (
          <>
            <details className={styles.section} open={openVerdict !== null || undefined}>
              <summary>Inhalt prüfen</summary>
              <ContentVerdictForm
                key={`c-${claim.id}`}
                claim={claim}
                conflictParties={conflictParties}
                actors={actors}
                preset={openVerdict}
              />
            </details>
            <details className={styles.section}>
              <summary>Zuordnung prüfen</summary>
              <AttributionVerdictForm key={`a-${claim.id}`} claim={claim} actors={actors} />
            </details>
          </>
        )}
        {canCorrect && (
          <details className={styles.section}>
            <summary>Maschine korrigieren</summary>
            <CorrectionForm key={`k-${claim.id}`} claim={claim} actors={actors} />
          </details>
        )}
      </fieldset>
    </>
  );
}

export function ClaimPanel({
  claim,
  caveatText,
  conflictParties,
  actors,
  canReview,
  canCorrect,
  openVerdict,
  rights,
  onSelectClaim,
}: {
  claim: ClaimPanelView;
  caveatText: string;
  conflictParties: Party[];
  actors: ActorOption[];
  canReview: boolean;
  canCorrect: boolean;
  /** Preset from ?verdict=…: opens the content form with this verdict. */
  openVerdict: ContentVerdictValue | null;
  rights: WorkflowRights;
  /** Opens another claim of this article ("Nächste offene Behauptung"). */
  onSelectClaim: (claimId: string) => void;
}) {
  return (
    <div data-testid="claim-panel" data-claim-id={claim.id}>
      <h2 id="claim-heading">Behauptung „{claim.valueText}“</h2>
      <div className={styles.badges}>
        <StatusBadge verdict={claim.contentVerdict} />
        <span className={styles.muted}>{CLAIM_STATUS_LABELS[claim.status]}</span>
        {claim.attributionVerdict && (
          <span className={styles.muted}>Zuordnung: {ATTRIBUTION_VERDICT_LABELS[claim.attributionVerdict]}</span>
        )}
      </div>
      <ReturnNoteBox claim={claim} />
      {claim.notAClaim && (
        <p className={styles.notClaim} data-testid="not-a-claim">
          Als „keine Behauptung“ markiert (Fehlfund der automatischen Erkennung).
        </p>
      )}
      {claim.caveat && (
        <div className={styles.caveat} role="note" aria-labelledby="caveat-heading" data-testid="caveat-box">
          <h3 id="caveat-heading">⚠ Konfliktparteien als Quelle</h3>
          <p>{caveatText}</p>
        </div>
      )}
      <dl className={styles.facts}>
        <dt>Satz</dt>
        <dd>
          <blockquote className={styles.sentence}>{claim.sentence}</blockquote>
        </dd>
        <dt>Zahl</dt>
        <dd>
          {claim.valueText} <span className={styles.muted}>(Wert {claim.value.toLocaleString("de-DE")})</span>
        </dd>
        <dt>Was wird gezählt?</dt>
        <dd>{claim.what || <span className={styles.muted}>nicht erkannt</span>}</dd>
        <CountedFacts counted={claim.counted} />
        <dt>Quellenangabe im Text</dt>
        <dd>{claim.sourceText || <span className={styles.muted}>keine</span>}</dd>
        <dt>{claim.sources.length > 1 ? `Quellen (${claim.sources.length})` : "Quelle"}</dt>
        <dd data-testid="claim-actor">
          {claim.sources.length > 1 ? (
            <ul className={styles.sourceList} data-testid="claim-sources">
              {claim.sources.map((source, index) => (
                <li key={index}>
                  {source.actorName || <span className={styles.muted}>ohne Namen</span>} <PartyBadge party={source.party} />
                  {source.official && <span className={styles.official}>offizielle Stelle</span>}
                </li>
              ))}
            </ul>
          ) : (
            <>
              {claim.actorName || <span className={styles.muted}>Redaktion (ohne Quelle)</span>}{" "}
              <PartyBadge party={claim.party} />
              {claim.official && <span className={styles.official}>offizielle Stelle</span>}
            </>
          )}
          {claim.machineSource && (
            <div className={styles.muted}>
              Korrigiert; Maschine: {claim.machineSource.actor || "ohne Quelle"} ({claim.machineSource.party}
              {claim.machineSource.official ? ", offizielle Stelle" : ""})
            </div>
          )}
        </dd>
        <dt>Herkunft</dt>
        <dd>{claim.origin === "EDITOR" ? "von der Redaktion ergänzt" : "automatisch erkannt"}</dd>
        <dt>Erklärung der Maschine</dt>
        <dd className={styles.muted}>{claim.explanation || "–"}</dd>
      </dl>

      {claim.recheck && <RecheckLine recheck={claim.recheck} claimId={claim.id} canReview={canReview} />}
      {claim.cluster && <ClusterLine cluster={claim.cluster} claimId={claim.id} />}
      {claim.cluster && claim.status === "APPROVED" && claim.contentVerdict && rights.canPropose && (
        <ProposeToCluster claim={claim} />
      )}
      {claim.proposal && <ProposalBox claim={claim} proposal={claim.proposal} canReview={canReview} />}
      <CounterClaims counterClaims={claim.counterClaims} />
      {claim.statement && <StatementSnippet statement={claim.statement} />}

      {(claim.contentReview || claim.attributionReview) && <h3>Letzte Urteile</h3>}
      {claim.contentReview && <ReviewBox title="Inhalt" review={claim.contentReview} />}
      {claim.attributionReview && <ReviewBox title="Zuordnung" review={claim.attributionReview} />}

      <ClaimWorkflow claim={claim} rights={rights} />
      {claim.contentVerdict !== null && <NextOpenClaim next={claim.nextOpen} onSelect={onSelectClaim} />}
      <EditForms
        claim={claim}
        conflictParties={conflictParties}
        actors={actors}
        canReview={canReview}
        canCorrect={canCorrect}
        openVerdict={openVerdict}
      />
      <ClaimHistory entries={claim.history} />
    </div>
  );
}
