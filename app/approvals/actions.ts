"use server";
// Server actions of the approver's inbox (/approvals). Each checks its permission itself; the
// domain functions in lib/approvals check it again, validate, enforce four-eyes and audit.
import { approveClaims, type BulkApproveResult } from "@/lib/approvals/bulk";
import { approveClaim, returnClaim, type ApprovalResult } from "@/lib/approvals/workflow";
import type { Permission } from "@/lib/auth/permissions";
import { requirePermission, type SessionUser } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db/prisma";
import { runAction, type ActionResult } from "@/lib/errors";
import { rejectBadCharacters } from "@/lib/http/reject-bad-characters";
import type { ErrorContext } from "@/lib/log";

function approvalAction<T>(
  permission: Permission,
  route: string,
  input: unknown,
  run: (user: SessionUser, input: unknown) => Promise<T>,
): Promise<ActionResult<T>> {
  // The user is known only once the permission is checked; an unexpected error is logged with it.
  const context: ErrorContext = { route };
  return runAction(async () => {
    const user = await requirePermission(permission);
    context.userId = user.id;
    rejectBadCharacters(input);
    return run(user, input);
  }, context);
}

/** input: {claimId, version, fingerprint}. */
export async function approveClaimAction(input: unknown): Promise<ActionResult<ApprovalResult>> {
  return approvalAction("claim:approve", "approveClaimAction", input, (user, body) => approveClaim(getPrisma(), user, body));
}

/** input: {claimId, version, comment}. */
export async function returnClaimAction(input: unknown): Promise<ActionResult<ApprovalResult>> {
  return approvalAction("claim:return", "returnClaimAction", input, (user, body) => returnClaim(getPrisma(), user, body));
}

/** items: [{claimId, version, fingerprint}]: each approved on its own, one result per claim. */
export async function approveClaimsAction(items: unknown): Promise<ActionResult<BulkApproveResult[]>> {
  return approvalAction("claim:approve", "approveClaimsAction", items, (user, body) =>
    approveClaims(getPrisma(), user, body, { route: "approveClaimsAction", userId: user.id }),
  );
}
