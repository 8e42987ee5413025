// The history of one claim for the panel's timeline: its extraction (or addition by an editor),
// then every audit event of the claim in chain order – verdicts with their review (verdict,
// rationale, evidence), corrections, submission, return, approval, reopening, invalidated
// submissions – each with who, when and what changed. Reviews without an audit event (written
// before the audit existed) are added from the reviews table, so no earlier verdict is lost.
import { sourcesLabel, type SourceView } from "./sources";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Party } from "@/lib/generated/prisma/enums";
import type { EvidenceView } from "./article-view-types";
import type { ClaimHistoryEntry, HistoryChange, HistoryKind, HistoryVerdict } from "./claim-panel-types";
import { verdictLabel } from "./conflict";
import { ATTRIBUTION_VERDICT_LABELS, CLAIM_STATUS_LABELS, contentStatusLabel, PARTY_LABELS } from "./labels";
import type { AttributionVerdict, ClaimStatus, ContentVerdict } from "@/lib/generated/prisma/enums";

const ACTIONS: Record<string, { kind: HistoryKind; title: string }> = {
  "claim.add": { kind: "ADDED", title: "Von der Redaktion als Behauptung ergänzt" },
  "claim.content_verdict": { kind: "CONTENT_VERDICT", title: "Urteil zum Inhalt" },
  "claim.attribution_verdict": { kind: "ATTRIBUTION_VERDICT", title: "Urteil zur Zuordnung" },
  "claim.correction": { kind: "CORRECTION", title: "Maschine korrigiert" },
  "claim.submit": { kind: "SUBMITTED", title: "Zur Freigabe eingereicht" },
  "claim.return": { kind: "RETURNED", title: "Zurückgegeben" },
  "claim.approve": { kind: "APPROVED", title: "Freigegeben" },
  "claim.reopen": { kind: "REOPENED", title: "Wieder geöffnet" },
  "claim.submission_invalidated": {
    kind: "SUBMISSION_INVALIDATED",
    title: "Einreichung ungültig: nach der Einreichung geändert",
  },
  "claim.reattributed": { kind: "REATTRIBUTED", title: "Attribution nach Registeränderung neu berechnet" },
  // verdict proposals within a cluster (lib/clusters/verdict-proposals.ts)
  "claim.verdict_proposed": { kind: "OTHER", title: "Urteil aus der Gruppe vorgeschlagen" },
  "claim.verdict_proposals_sent": { kind: "OTHER", title: "Urteil den anderen Meldungen der Gruppe vorgeschlagen" },
  "claim.verdict_proposal_accepted": { kind: "OTHER", title: "Vorgeschlagenes Urteil übernommen" },
  "claim.verdict_proposal_discarded": { kind: "OTHER", title: "Vorgeschlagenes Urteil verworfen" },
};

/** Notes stored with a workflow event's `after`: the approver's comment, the reopening reason. */
const NOTES: Record<string, { key: string; label: string }> = {
  "claim.return": { key: "comment", label: "Kommentar" },
  "claim.reopen": { key: "reason", label: "Grund" },
};

const yesNo = (value: unknown) => (value === true ? "ja" : "nein");

/** The audited claim fields (lib/claims/locking.ts auditState) as German before → after text. */
const FIELDS: { key: string; label: string; show: (value: unknown) => string }[] = [
  { key: "status", label: "Status", show: (v) => CLAIM_STATUS_LABELS[v as ClaimStatus] ?? String(v) },
  { key: "contentVerdict", label: "Inhalt", show: (v) => contentStatusLabel((v as ContentVerdict) ?? null) },
  {
    key: "attributionVerdict",
    label: "Zuordnung",
    show: (v) => (v ? (ATTRIBUTION_VERDICT_LABELS[v as AttributionVerdict] ?? String(v)) : "ungeprüft"),
  },
  { key: "actorName", label: "Quelle", show: (v) => (v ? String(v) : "Redaktion (ohne Quelle)") },
  { key: "party", label: "Partei", show: (v) => PARTY_LABELS[v as Party] ?? String(v) },
  { key: "official", label: "Offizielle Stelle", show: yesNo },
  // Re-attribution records the whole list (several sources, issue #11).
  {
    key: "sources",
    label: "Quellen",
    show: (v) => (Array.isArray(v) && v.length > 0 ? sourcesLabel(v as SourceView[]) : "keine"),
  },
  { key: "caveat", label: "Hinweis „Konfliktparteien als Quelle“", show: yesNo },
  { key: "notAClaim", label: "Keine Behauptung", show: yesNo },
];

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json => (value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {});

export function changesBetween(before: unknown, after: unknown): HistoryChange[] {
  const b = asObject(before);
  const a = asObject(after);
  return FIELDS.filter((f) => f.key in a && f.key in b && JSON.stringify(a[f.key]) !== JSON.stringify(b[f.key])).map((f) => ({
    label: f.label,
    before: f.show(b[f.key]),
    after: f.show(a[f.key]),
  }));
}

function evidenceOf(value: unknown): EvidenceView[] {
  if (!Array.isArray(value)) return [];
  return value
    .map(asObject)
    .map((e) => ({ url: String(e.url ?? ""), note: String(e.note ?? ""), independent: e.independent === true }));
}

const REVIEW_SELECT = {
  id: true,
  kind: true,
  verdict: true,
  rationale: true,
  evidence: true,
  correctSource: true,
  createdAt: true,
  user: { select: { name: true } },
} as const satisfies Prisma.ReviewSelect;
type ReviewRow = Prisma.ReviewGetPayload<{ select: typeof REVIEW_SELECT }>;

function verdictOf(review: ReviewRow): HistoryVerdict {
  return {
    label: verdictLabel(review.kind, review.verdict),
    rationale: review.rationale,
    evidence: evidenceOf(review.evidence),
    correctSource: review.correctSource,
  };
}

const AUDIT_INCLUDE = { user: { select: { name: true } } } as const;
type AuditRow = Prisma.AuditEventGetPayload<{ include: typeof AUDIT_INCLUDE }>;

function reviewIdOf(event: AuditRow): string | null {
  const id = asObject(asObject(event.after).review).id;
  return typeof id === "string" ? id : null;
}

function noteOf(event: AuditRow): ClaimHistoryEntry["note"] {
  const spec = NOTES[event.action];
  const text = spec ? asObject(event.after)[spec.key] : undefined;
  return spec && typeof text === "string" ? { label: spec.label, text } : null;
}

function eventEntry(event: AuditRow, reviews: Map<string, ReviewRow>): ClaimHistoryEntry {
  // Actions added later still show up, named by their audit code.
  const known = ACTIONS[event.action] ?? { kind: "OTHER" as const, title: `Änderung (${event.action})` };
  const reviewId = reviewIdOf(event);
  const review = reviewId ? reviews.get(reviewId) : undefined;
  return {
    key: `audit-${event.id}`,
    kind: known.kind,
    title: known.title,
    userName: event.user?.name ?? null,
    at: event.createdAt.toISOString(),
    changes: changesBetween(event.before, event.after),
    verdict: review ? verdictOf(review) : null,
    note: noteOf(event),
  };
}

function reviewEntry(review: ReviewRow): ClaimHistoryEntry {
  const kind = review.kind === "CONTENT" ? "CONTENT_VERDICT" : "ATTRIBUTION_VERDICT";
  return {
    key: `review-${review.id}`,
    kind,
    title: review.kind === "CONTENT" ? "Urteil zum Inhalt" : "Urteil zur Zuordnung",
    userName: review.user.name,
    at: review.createdAt.toISOString(),
    changes: [],
    verdict: verdictOf(review),
    note: null,
  };
}

type ClaimRow = {
  createdAt: Date;
  origin: string;
  machine: unknown;
  article: { createdAt: Date; createdBy: { name: string } | null };
};

/** The machine's finding, for claims the extraction found when the article was ingested. */
function extractionEntry(claim: ClaimRow): ClaimHistoryEntry {
  const machine = asObject(claim.machine);
  const actor = typeof machine.actor === "string" && machine.actor ? machine.actor : "ohne Quelle";
  const party = PARTY_LABELS[machine.party as Party] ?? "keine Partei";
  return {
    key: "extracted",
    kind: "EXTRACTED",
    title: "Automatisch erkannt beim Erfassen des Artikels",
    userName: claim.article.createdBy?.name ?? null,
    at: claim.createdAt.toISOString(),
    changes: [],
    verdict: null,
    note: { label: "Quelle laut Maschine", text: `${actor} (${party})` },
  };
}

/** The claim's timeline, oldest first; null when the claim does not exist. */
export async function getClaimHistory(prisma: PrismaClient, claimId: string): Promise<ClaimHistoryEntry[] | null> {
  const [claim, events, reviews] = await Promise.all([
    prisma.claim.findUnique({
      where: { id: claimId },
      select: {
        createdAt: true,
        origin: true,
        machine: true,
        article: { select: { createdAt: true, createdBy: { select: { name: true } } } },
      },
    }),
    prisma.auditEvent.findMany({
      where: { entityType: "Claim", entityId: claimId },
      orderBy: { seq: "asc" },
      include: AUDIT_INCLUDE,
    }),
    prisma.review.findMany({ where: { claimId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: REVIEW_SELECT }),
  ]);
  if (!claim) return null;
  const byId = new Map(reviews.map((r) => [r.id, r]));
  const audited = new Set(events.map(reviewIdOf).filter((id): id is string => id !== null));
  const entries = events.map((event) => eventEntry(event, byId));
  const unaudited = reviews.filter((r) => !audited.has(r.id)).map(reviewEntry);
  // The chain order is the truth for events; reviews without one are placed by their time
  // (a stable sort keeps the events' order among equal times).
  if (unaudited.length > 0) {
    entries.push(...unaudited);
    entries.sort((a, b) => a.at.localeCompare(b.at));
  }
  return claim.origin === "MACHINE" ? [extractionEntry(claim), ...entries] : entries;
}
