// The four-eyes workflow: submit, approve, return, reopen. One domain function per action
// and route. Each validates with zod, checks the permission itself (defence in depth on top
// of the route/action check), writes guarded by {id, version, status} and audits in the
// same transaction.
import { CLAIM_CORRECTIONS_ONLY } from "@/lib/clusters/correction-kinds";
import { auditJson, writeAudit } from "@/lib/audit/audit";
import { can, type Permission, type Role } from "@/lib/auth/permissions";
import { conflictError } from "@/lib/claims/conflict";
import { auditState, CLAIM_STATE_SELECT, type ClaimState } from "@/lib/claims/locking";
import { nextStatus, transitionDeniedMessage, type ClaimEvent } from "@/lib/claims/status";
import { parseInput } from "@/lib/claims/validate";
import { DomainError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { claimFingerprint } from "./fingerprint";
import { approveSchema, reopenSchema, returnSchema, submitSchema } from "./schemas";

export interface ApprovalUser {
  id: string;
  role: Role;
}

export interface ApprovalResult {
  claimId: string;
  version: number;
  status: ClaimStatus;
  fingerprint: string | null;
}

const PERMISSION_MESSAGES: Record<string, string> = {
  "claim:submit": "Sie dürfen Behauptungen nicht zur Freigabe einreichen.",
  "claim:approve": "Freigeben dürfen nur Personen mit Freigaberecht.",
  "claim:return": "Zurückgeben dürfen nur Personen mit Freigaberecht.",
  "claim:reopen": "Freigegebene Behauptungen dürfen nur Personen mit Freigaberecht wieder öffnen.",
};

export const FOUR_EYES_MESSAGES = {
  APPROVE:
    "Vier-Augen-Prinzip: Sie haben diese Behauptung selbst bewertet oder korrigiert und dürfen sie daher nicht freigeben. " +
    "Bitte eine zweite Person mit Freigaberecht um die Freigabe bitten.",
  RETURN:
    "Vier-Augen-Prinzip: Sie haben diese Behauptung selbst bewertet oder korrigiert und dürfen sie daher nicht zurückgeben. " +
    "Bitte eine zweite Person mit Freigaberecht um die Prüfung bitten.",
} as const;

export const FOUR_EYES_PROPOSER_MESSAGE =
  "Vier-Augen-Prinzip: Das übernommene Urteil dieser Behauptung haben Sie selbst aus ihrer Gruppe vorgeschlagen; " +
  "Sie dürfen über sie daher nicht entscheiden. Bitte eine zweite Person mit Freigaberecht um die Prüfung bitten.";

export const CHANGED_AFTER_SUBMISSION_MESSAGE =
  "Urteil, Begründung, Belege oder Quelle dieser Behauptung wurden nach der Einreichung geändert. " +
  "Die Freigabe wurde nicht erteilt; die Behauptung muss erneut eingereicht werden.";

export const STALE_APPROVAL_MESSAGE =
  "Sie haben einen anderen Stand dieser Behauptung geprüft als den eingereichten. " +
  "Nichts wurde freigegeben – bitte den aktuellen Stand neu laden und prüfen.";

function requireCan(user: ApprovalUser, permission: Permission): void {
  if (!can(user.role, permission)) throw new DomainError("FORBIDDEN", PERMISSION_MESSAGES[permission]);
}

/** Loads the claim, checks the version the user saw and that the event is allowed now. */
async function loadForEvent(tx: Prisma.TransactionClient, claimId: string, version: number, event: ClaimEvent) {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: { ...CLAIM_STATE_SELECT, submittedFingerprint: true },
  });
  if (!claim) throw new DomainError("NOT_FOUND", "Diese Behauptung gibt es nicht (mehr).");
  if (claim.version !== version) throw await conflictError(tx, claimId);
  const status = nextStatus(claim.status, event);
  if (!status) throw new DomainError("VALIDATION", transitionDeniedMessage(claim.status));
  return { claim, status };
}

/**
 * The write of a workflow step: only when the claim still has the version and status the
 * step was checked against (a concurrent approve/return lets exactly one win).
 */
async function guardedTransition(
  tx: Prisma.TransactionClient,
  claim: ClaimState,
  status: ClaimStatus,
  submittedFingerprint: string | null,
): Promise<ClaimState> {
  const result = await tx.claim.updateMany({
    where: { id: claim.id, version: claim.version, status: claim.status },
    data: { status, submittedFingerprint, version: { increment: 1 } },
  });
  if (result.count !== 1) throw await conflictError(tx, claim.id);
  return tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: CLAIM_STATE_SELECT });
}

/**
 * Four-eyes: whoever gave or changed a verdict or correction on the claim may not decide on it –
 * nor whoever proposed the verdict that an editor accepted (lib/clusters/verdict-proposals.ts).
 */
async function checkFourEyes(tx: Prisma.TransactionClient, claimId: string, user: ApprovalUser, message: string) {
  const [reviews, corrections, proposals] = await Promise.all([
    tx.review.count({ where: { claimId, userId: user.id } }),
    tx.claimCorrection.count({ where: { claimId, userId: user.id, ...CLAIM_CORRECTIONS_ONLY } }),
    tx.verdictProposal.count({ where: { claimId, proposedById: user.id, status: "ACCEPTED" } }),
  ]);
  if (reviews + corrections > 0) throw new DomainError("FORBIDDEN", message);
  if (proposals > 0) throw new DomainError("FORBIDDEN", FOUR_EYES_PROPOSER_MESSAGE);
}

async function audit(
  tx: Prisma.TransactionClient,
  user: ApprovalUser,
  action: string,
  before: ClaimState,
  after: ClaimState,
  extra: object,
) {
  await writeAudit(tx, user, {
    action,
    entityType: "Claim",
    entityId: after.id,
    before: auditJson(auditState(before)),
    after: auditJson({ ...auditState(after), ...extra }),
  });
}

function result(claim: ClaimState, fingerprint: string | null): ApprovalResult {
  return { claimId: claim.id, version: claim.version, status: claim.status, fingerprint };
}

/** input: {claimId, version}. IN_REVIEW or RETURNED → SUBMITTED, the reviewed content fingerprinted. */
export async function submitClaim(prisma: PrismaClient, user: ApprovalUser, input: unknown): Promise<ApprovalResult> {
  requireCan(user, "claim:submit");
  const { claimId, version } = parseInput(submitSchema, input);
  return prisma.$transaction(async (tx) => {
    const { claim, status } = await loadForEvent(tx, claimId, version, "SUBMIT");
    const fingerprint = await claimFingerprint(tx, claimId);
    const updated = await guardedTransition(tx, claim, status, fingerprint);
    await audit(tx, user, "claim.submit", claim, updated, { fingerprint });
    return result(updated, fingerprint);
  });
}

type ApproveOutcome = { approved: ApprovalResult } | { invalidated: true };

/**
 * input: {claimId, version, fingerprint?}. SUBMITTED → APPROVED, only by a second person and
 * only for the content that was submitted. Content that changed after submission (no path
 * should allow that; this is the last line) sends the claim back to IN_REVIEW, audited, and
 * answers CONFLICT: it must be submitted again.
 */
export async function approveClaim(prisma: PrismaClient, user: ApprovalUser, input: unknown): Promise<ApprovalResult> {
  requireCan(user, "claim:approve");
  const { claimId, version, fingerprint: seen } = parseInput(approveSchema, input);
  const outcome = await prisma.$transaction(async (tx): Promise<ApproveOutcome> => {
    const { claim, status } = await loadForEvent(tx, claimId, version, "APPROVE");
    await checkFourEyes(tx, claimId, user, FOUR_EYES_MESSAGES.APPROVE);
    if (seen !== undefined && seen !== claim.submittedFingerprint) {
      throw new DomainError("CONFLICT", STALE_APPROVAL_MESSAGE);
    }
    const current = await claimFingerprint(tx, claimId);
    if (current !== claim.submittedFingerprint) {
      const reopened = await guardedTransition(tx, claim, "IN_REVIEW", null);
      await audit(tx, user, "claim.submission_invalidated", claim, reopened, {
        submittedFingerprint: claim.submittedFingerprint,
        currentFingerprint: current,
      });
      return { invalidated: true };
    }
    const updated = await guardedTransition(tx, claim, status, claim.submittedFingerprint);
    await audit(tx, user, "claim.approve", claim, updated, { fingerprint: current });
    return { approved: result(updated, current) };
  });
  if ("invalidated" in outcome) throw new DomainError("CONFLICT", CHANGED_AFTER_SUBMISSION_MESSAGE);
  return outcome.approved;
}

/** input: {claimId, version, comment}. SUBMITTED → RETURNED with a required comment, by a second person. */
export async function returnClaim(prisma: PrismaClient, user: ApprovalUser, input: unknown): Promise<ApprovalResult> {
  requireCan(user, "claim:return");
  const { claimId, version, comment } = parseInput(returnSchema, input);
  return prisma.$transaction(async (tx) => {
    const { claim, status } = await loadForEvent(tx, claimId, version, "RETURN");
    await checkFourEyes(tx, claimId, user, FOUR_EYES_MESSAGES.RETURN);
    const updated = await guardedTransition(tx, claim, status, null);
    await audit(tx, user, "claim.return", claim, updated, { comment });
    return result(updated, null);
  });
}

/** input: {claimId, version, reason}. APPROVED → IN_REVIEW with a required reason, approvers only. */
export async function reopenClaim(prisma: PrismaClient, user: ApprovalUser, input: unknown): Promise<ApprovalResult> {
  requireCan(user, "claim:reopen");
  const { claimId, version, reason } = parseInput(reopenSchema, input);
  return prisma.$transaction(async (tx) => {
    const { claim, status } = await loadForEvent(tx, claimId, version, "REOPEN");
    const updated = await guardedTransition(tx, claim, status, null);
    await audit(tx, user, "claim.reopen", claim, updated, { reason });
    return result(updated, null);
  });
}
