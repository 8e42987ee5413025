// "Auswahl freigeben": several claims approved in one step, each on its own – its own
// transaction through approveClaim, so each is checked (four-eyes, version, fingerprint) and
// audited by itself – and one result per claim, in the order asked, for the approver to read.
import { can } from "@/lib/auth/permissions";
import { parseInput } from "@/lib/claims/validate";
import { DomainError, runAction, type DomainErrorCode } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import type { ErrorContext } from "@/lib/log";
import { bulkApproveItemsSchema } from "./schemas";
import { approveClaim, type ApprovalUser } from "./workflow";

export const APPROVED_MESSAGE = "freigegeben";

export type BulkApproveResult =
  | { claimId: string; ok: true; status: ClaimStatus; version: number; message: string }
  | { claimId: string; ok: false; code: DomainErrorCode | "INTERNAL"; message: string };

/**
 * items: [{claimId, version, fingerprint}] (at most BULK_APPROVE_MAX, each claim once). A claim
 * that cannot be approved does not stop the others; its result says why, in German.
 */
export async function approveClaims(
  prisma: PrismaClient,
  user: ApprovalUser,
  items: unknown,
  context: ErrorContext = {},
): Promise<BulkApproveResult[]> {
  if (!can(user.role, "claim:approve")) {
    throw new DomainError("FORBIDDEN", "Freigeben dürfen nur Personen mit Freigaberecht.");
  }
  const parsed = parseInput(bulkApproveItemsSchema, items);
  const results: BulkApproveResult[] = [];
  // One after the other: each approval is its own transaction and audit event.
  for (const item of parsed) {
    const outcome = await runAction(() => approveClaim(prisma, user, item), { ...context, claimId: item.claimId });
    results.push(
      outcome.ok
        ? {
            claimId: item.claimId,
            ok: true,
            status: outcome.data.status,
            version: outcome.data.version,
            message: APPROVED_MESSAGE,
          }
        : { claimId: item.claimId, ok: false, code: outcome.code, message: outcome.message },
    );
  }
  return results;
}
