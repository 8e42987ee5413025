// Serializable results and panel data of verdict proposals (lib/clusters/verdict-proposals.ts).
// Client-safe: types and pure text only.
import type { EvidenceView } from "@/lib/claims/article-view-types";
import type { ContentVerdict } from "@/lib/generated/prisma/enums";

/** Why a claim of the cluster received no proposal, as shown in the result line. */
export const SKIP_REASONS = {
  APPROVED: "bereits freigegeben",
  SUBMITTED: "zur Freigabe eingereicht",
  IN_REVIEW: "bereits in Prüfung",
  NOT_A_CLAIM: "als „keine Behauptung“ markiert",
  OPEN_PROPOSAL: "Vorschlag liegt bereits vor",
  NOT_ALLOWED: "Urteil für diese Quelle nicht zulässig",
} as const;
export type SkipReason = keyof typeof SKIP_REASONS;

export interface ProposeResult {
  sourceClaimId: string;
  clusterId: number;
  created: { claimId: string; proposalId: string }[];
  skipped: { claimId: string; reason: SkipReason; detail?: string }[];
  /** "3 Vorschläge angelegt, 1 übersprungen: bereits freigegeben" */
  message: string;
}

export interface DecideResult {
  proposalId: string;
  claimId: string;
  decision: "accept" | "discard";
  /** The claim's new version after an accepted proposal (unchanged by a discard). */
  version: number;
  reviewId: string | null;
}

/** An open proposal in the receiving claim's panel. */
export interface VerdictProposalView {
  id: string;
  verdict: ContentVerdict;
  verdictLabel: string;
  rationale: string;
  evidence: EvidenceView[];
  sourceClaimId: string;
  sourceArticleId: string;
  sourceArticleTitle: string;
  sourceValueText: string;
  approvedByName: string;
  proposedByName: string;
  at: string;
  /** false when the source claim was reopened or changed since: the proposal can only be discarded. */
  sourceStillApproved: boolean;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 Vorschläge angelegt, 2 übersprungen: 1 bereits freigegeben, 1 zur Freigabe eingereicht" */
export function proposeMessage(created: number, skipped: readonly { reason: SkipReason }[]): string {
  const head = created === 0 ? "Kein Vorschlag angelegt" : `${plural(created, "Vorschlag", "Vorschläge")} angelegt`;
  if (skipped.length === 0) return created === 0 ? `${head}: keine weiteren Meldungen in der Gruppe.` : `${head}.`;
  const counts = new Map<SkipReason, number>();
  for (const { reason } of skipped) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  const reasons = [...counts].map(([reason, n]) => (counts.size === 1 ? SKIP_REASONS[reason] : `${n} ${SKIP_REASONS[reason]}`));
  return `${head}, ${skipped.length} übersprungen: ${reasons.join(", ")}`;
}
