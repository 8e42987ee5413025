// Builds the CONFLICT error for a lost optimistic-locking race: the claim was
// changed by someone else since the editor loaded it. The error's details carry
// the other editor's current verdict so the UI can show it next to the form.
import { ATTRIBUTION_VERDICT_LABELS, CONTENT_VERDICT_LABELS } from "@/lib/claims/labels";
import type { ConflictDetails } from "@/lib/claims/conflict-details";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AttributionVerdict, ContentVerdict } from "@/lib/generated/prisma/enums";

const ACTION_LABELS: Record<string, string> = {
  "claim.content_verdict": "Inhaltsurteil",
  "claim.attribution_verdict": "Urteil zur Zuordnung",
  "claim.correction": "Korrektur",
  "claim.add": "Behauptung ergänzt",
  "claim.submit": "zur Freigabe eingereicht",
  "claim.approve": "freigegeben",
  "claim.return": "zurückgegeben",
  "claim.reopen": "wieder geöffnet",
  "claim.submission_invalidated": "Einreichung ungültig geworden",
  "claim.verdict_proposal_accepted": "vorgeschlagenes Urteil übernommen",
};

export function verdictLabel(kind: "CONTENT" | "ATTRIBUTION", verdict: string): string {
  return kind === "CONTENT"
    ? (CONTENT_VERDICT_LABELS[verdict as ContentVerdict] ?? verdict)
    : (ATTRIBUTION_VERDICT_LABELS[verdict as AttributionVerdict] ?? verdict);
}

/** Reads the claim's current state (as committed by the winner) and returns the CONFLICT error. */
export async function conflictError(tx: Prisma.TransactionClient, claimId: string): Promise<DomainError> {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: { version: true, contentVerdict: true, attributionVerdict: true },
  });
  if (!claim) return new DomainError("NOT_FOUND", "Diese Behauptung gibt es nicht mehr.");
  const [lastEvent, lastReview] = await Promise.all([
    tx.auditEvent.findFirst({
      where: { entityType: "Claim", entityId: claimId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      include: { user: { select: { name: true } } },
    }),
    tx.review.findFirst({
      where: { claimId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      include: { user: { select: { name: true } } },
    }),
  ]);
  const details: ConflictDetails = {
    claimId,
    currentVersion: claim.version,
    contentVerdict: claim.contentVerdict,
    attributionVerdict: claim.attributionVerdict,
    lastChange: lastEvent
      ? {
          action: lastEvent.action,
          actionLabel: ACTION_LABELS[lastEvent.action] ?? lastEvent.action,
          userName: lastEvent.user?.name ?? "Unbekannt",
          at: lastEvent.createdAt.toISOString(),
        }
      : null,
    lastReview: lastReview
      ? {
          kind: lastReview.kind,
          verdict: lastReview.verdict,
          verdictLabel: verdictLabel(lastReview.kind, lastReview.verdict),
          rationale: lastReview.rationale,
          correctSource: lastReview.correctSource,
          userName: lastReview.user.name,
          at: lastReview.createdAt.toISOString(),
        }
      : null,
  };
  return new DomainError("CONFLICT", conflictMessage(details), details);
}

function conflictMessage(d: ConflictDetails): string {
  const tail = "Ihre Eingaben wurden nicht gespeichert und nichts wurde überschrieben – bitte den neuen Stand prüfen.";
  const reviewIsLatest = d.lastReview && d.lastChange && d.lastChange.action.endsWith("_verdict");
  if (d.lastReview && (reviewIsLatest || !d.lastChange)) {
    const what = d.lastReview.kind === "CONTENT" ? "Inhalt" : "Zuordnung";
    const why = d.lastReview.rationale ? ` Begründung: „${d.lastReview.rationale}“.` : "";
    return `${d.lastReview.userName} hat diese Behauptung inzwischen bewertet (${what}: „${d.lastReview.verdictLabel}“).${why} ${tail}`;
  }
  if (d.lastChange) {
    return `${d.lastChange.userName} hat diese Behauptung inzwischen geändert (${d.lastChange.actionLabel}). ${tail}`;
  }
  return `Diese Behauptung wurde inzwischen geändert. ${tail}`;
}
