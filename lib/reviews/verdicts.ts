// Content and attribution verdicts: one domain function each, used by the server
// actions and the JSON API routes alike. Validation with the shared zod schemas,
// write with optimistic locking, Review + AuditEvent in the same transaction.
import { auditJson, writeAudit, type AuditUser } from "@/lib/audit/audit";
import { auditState, loadClaimForChange, lockedClaimUpdate, parseEnvelope, type ClaimState } from "@/lib/claims/locking";
import { parseInput } from "@/lib/claims/validate";
import { domainOwners } from "@/lib/actors/domain-owners";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { AttributionVerdict, ClaimStatus, ContentVerdict } from "@/lib/generated/prisma/enums";
import { loadNewsroomSettings } from "@/lib/settings/newsroom";
import { attributionVerdictSchema } from "./attribution-verdict-schema";
import { contentVerdictSchema } from "./content-verdict-schema";
import { correctedSource, recordSourceCorrection, type SourceCorrection } from "./correct-source";

export interface VerdictResult {
  claimId: string;
  reviewId: string;
  version: number;
  status: ClaimStatus;
  contentVerdict: ContentVerdict | null;
  attributionVerdict: AttributionVerdict | null;
}

/** The Review row and its audit event for a verdict, written in the caller's transaction. */
async function recordVerdict(
  tx: Prisma.TransactionClient,
  user: AuditUser,
  before: ClaimState,
  updated: ClaimState,
  review: {
    kind: "CONTENT" | "ATTRIBUTION";
    verdict: string;
    rationale: string;
    evidence: unknown[];
    correctSource?: string | null;
  },
  values: object,
): Promise<VerdictResult> {
  const created = await tx.review.create({
    data: {
      claimId: updated.id,
      userId: user.id,
      kind: review.kind,
      verdict: review.verdict,
      rationale: review.rationale,
      evidence: review.evidence as object[],
      correctSource: review.correctSource ?? null,
    },
  });
  await writeAudit(tx, user, {
    action: review.kind === "CONTENT" ? "claim.content_verdict" : "claim.attribution_verdict",
    entityType: "Claim",
    entityId: updated.id,
    before: auditJson(auditState(before)),
    after: auditJson({ ...auditState(updated), review: { id: created.id, ...values } }),
  });
  return {
    claimId: updated.id,
    reviewId: created.id,
    version: updated.version,
    status: updated.status,
    contentVerdict: updated.contentVerdict,
    attributionVerdict: updated.attributionVerdict,
  };
}

/**
 * A content verdict in the caller's transaction: saveContentVerdict, and an accepted verdict
 * proposal (lib/clusters/verdict-proposals.ts), whose `origin` is added to the audit event.
 */
export async function writeContentVerdict(
  tx: Prisma.TransactionClient,
  user: AuditUser,
  input: unknown,
  origin: object = {},
): Promise<VerdictResult> {
  const { claimId, version } = parseEnvelope(input);
  const { claim, status } = await loadClaimForChange(tx, claimId, version, "CONTENT_VERDICT");
  const { conflictParties } = await loadNewsroomSettings(tx);
  const registry = await domainOwners(tx, conflictParties);
  const values = parseInput(contentVerdictSchema({ party: claim.party, conflictParties, registry }), input);
  const updated = await lockedClaimUpdate(tx, claimId, version, { contentVerdict: values.verdict, status });
  return recordVerdict(tx, user, claim, updated, { kind: "CONTENT", ...values }, { ...values, ...origin });
}

/** input: {claimId, version, verdict, rationale, evidence: [{url, note, independent}]} */
export async function saveContentVerdict(prisma: PrismaClient, user: AuditUser, input: unknown): Promise<VerdictResult> {
  parseEnvelope(input);
  return prisma.$transaction(async (tx) => writeContentVerdict(tx, user, input));
}

/**
 * input: {claimId, version, verdict, originalUrl, correctSource, correctParty?, correctOfficial?, rationale}.
 * "falsch zugeordnet" makes the correct source the claim's effective source (lib/reviews/correct-source.ts),
 * recorded as a correction in the same transaction.
 */
export async function saveAttributionVerdict(prisma: PrismaClient, user: AuditUser, input: unknown): Promise<VerdictResult> {
  const { claimId, version } = parseEnvelope(input);
  const values = parseInput(attributionVerdictSchema, input);
  return prisma.$transaction(async (tx) => {
    const { claim, status } = await loadClaimForChange(tx, claimId, version, "ATTRIBUTION_VERDICT");
    const source: SourceCorrection | null = values.verdict === "MISATTRIBUTED" ? await correctedSource(tx, claim, values) : null;
    const updated = await lockedClaimUpdate(tx, claimId, version, {
      attributionVerdict: values.verdict,
      status,
      ...(source?.data ?? {}),
    });
    const correctionId = source ? await recordSourceCorrection(tx, claimId, user.id, source) : null;
    const evidence = values.originalUrl ? [{ url: values.originalUrl, note: "Originalaussage", independent: false }] : [];
    return recordVerdict(
      tx,
      user,
      claim,
      updated,
      {
        kind: "ATTRIBUTION",
        verdict: values.verdict,
        rationale: values.rationale,
        evidence,
        correctSource: values.verdict === "MISATTRIBUTED" ? values.correctSource : null,
      },
      correctionId ? { ...values, correction: { id: correctionId, kind: "ACTOR" } } : values,
    );
  });
}
