// Optimistic locking for claim writes. Every write goes through lockedClaimUpdate:
// `updateMany where {id, version}` bumping the version, inside the caller's
// transaction; a count other than 1 means someone else saved first → CONFLICT.
import { z } from "zod";
import { conflictError } from "@/lib/claims/conflict";
import { nextStatus, transitionDeniedMessage, type ClaimEvent } from "@/lib/claims/status";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { parseInput } from "./validate";

const STALE_MESSAGE = "Der Bearbeitungsstand fehlt. Bitte die Seite neu laden.";

/** claimId and the version the editor saw, common to all claim writes. */
export const claimWriteEnvelope = z.object({
  claimId: z.string({ error: "Die Behauptung fehlt." }).min(1, "Die Behauptung fehlt."),
  version: z.number({ error: STALE_MESSAGE }).int(STALE_MESSAGE).min(0, STALE_MESSAGE),
});

export function parseEnvelope(input: unknown): z.output<typeof claimWriteEnvelope> {
  return parseInput(claimWriteEnvelope, input);
}

export const CLAIM_STATE_SELECT = {
  id: true,
  articleId: true,
  version: true,
  status: true,
  contentVerdict: true,
  attributionVerdict: true,
  actorId: true,
  actorName: true,
  party: true,
  official: true,
  caveat: true,
  notAClaim: true,
  sentence: true,
  what: true,
} as const satisfies Prisma.ClaimSelect;

export type ClaimState = Prisma.ClaimGetPayload<{ select: typeof CLAIM_STATE_SELECT }>;

/** The audited part of a claim (before/after of an AuditEvent). */
export function auditState(c: ClaimState) {
  return {
    version: c.version,
    status: c.status,
    contentVerdict: c.contentVerdict,
    attributionVerdict: c.attributionVerdict,
    actorId: c.actorId,
    actorName: c.actorName,
    party: c.party,
    official: c.official,
    caveat: c.caveat,
    notAClaim: c.notAClaim,
  };
}

/**
 * Loads the claim for a change and works out its next status. Throws NOT_FOUND,
 * CONFLICT (the editor's version is already outdated) or VALIDATION (the status
 * does not allow the event). The actual write is still guarded by the version.
 */
export async function loadClaimForChange(
  tx: Prisma.TransactionClient,
  claimId: string,
  version: number,
  event: ClaimEvent,
): Promise<{ claim: ClaimState; status: ClaimStatus }> {
  const claim = await tx.claim.findUnique({ where: { id: claimId }, select: CLAIM_STATE_SELECT });
  if (!claim) throw new DomainError("NOT_FOUND", "Diese Behauptung gibt es nicht (mehr).");
  if (claim.version !== version) throw await conflictError(tx, claimId);
  const status = nextStatus(claim.status, event);
  if (!status) throw new DomainError("VALIDATION", transitionDeniedMessage(claim.status));
  return { claim, status };
}

/** The one way to write a claim: conditional on the version, bumping it. */
export async function lockedClaimUpdate(
  tx: Prisma.TransactionClient,
  claimId: string,
  version: number,
  data: Omit<Prisma.ClaimUncheckedUpdateManyInput, "version">,
): Promise<ClaimState> {
  const result = await tx.claim.updateMany({
    where: { id: claimId, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (result.count !== 1) throw await conflictError(tx, claimId);
  return tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: CLAIM_STATE_SELECT });
}
