"use server";
// Server actions of the article view; each checks its permission and calls the
// same domain function as the JSON API route.
import { reattributeArticle, type ReattributeResult } from "@/lib/articles/reattribute";
import { submitArticle, type ArticleSubmitResult } from "@/lib/approvals/submit-article";
import { approveClaim, reopenClaim, returnClaim, submitClaim, type ApprovalResult } from "@/lib/approvals/workflow";
import { requirePermission } from "@/lib/auth/session";
import { addClaim, type AddClaimResult } from "@/lib/claims/add-claim";
import { getClaimPanel } from "@/lib/claims/claim-panel";
import type { ClaimPanelView } from "@/lib/claims/claim-panel-types";
import { correctClaim, type CorrectionResult } from "@/lib/claims/corrections";
import { getWhoSaysWhat, type WhoSaysWhat } from "@/lib/claims/who-says-what";
import { getPrisma } from "@/lib/db/prisma";
import { DomainError, runAction, type ActionResult } from "@/lib/errors";
import { rejectBadCharacters } from "@/lib/http/reject-bad-characters";
import { saveAttributionVerdict, saveContentVerdict, type VerdictResult } from "@/lib/reviews/verdicts";

/** The input, unless it holds characters PostgreSQL cannot store (then a VALIDATION result). */
function storable(input: unknown): unknown {
  rejectBadCharacters(input);
  return input;
}

export async function saveContentVerdictAction(input: unknown): Promise<ActionResult<VerdictResult>> {
  return runAction(async () => saveContentVerdict(getPrisma(), await requirePermission("claim:review"), storable(input)));
}

export async function saveAttributionVerdictAction(input: unknown): Promise<ActionResult<VerdictResult>> {
  return runAction(async () => saveAttributionVerdict(getPrisma(), await requirePermission("claim:review"), storable(input)));
}

export async function correctClaimAction(input: unknown): Promise<ActionResult<CorrectionResult>> {
  return runAction(async () => correctClaim(getPrisma(), await requirePermission("claim:correct"), storable(input)));
}

export async function addClaimAction(input: unknown): Promise<ActionResult<AddClaimResult>> {
  return runAction(async () => addClaim(getPrisma(), await requirePermission("claim:correct"), storable(input)));
}

/** The side panel's data for one claim of the article (with its history), loaded when the claim is opened. */
export async function loadClaimAction(articleId: unknown, claimId: unknown): Promise<ActionResult<ClaimPanelView>> {
  return runAction(async () => {
    await requirePermission("claim:read");
    const claim =
      typeof articleId === "string" && typeof claimId === "string" ? await getClaimPanel(getPrisma(), articleId, claimId) : null;
    if (!claim) {
      throw new DomainError("NOT_FOUND", "Diese Behauptung gibt es in diesem Artikel nicht (mehr). Bitte die Seite neu laden.");
    }
    return claim;
  });
}

/** "Wer sagt was": the article's sources with their quotations and claims, loaded when the list is opened. */
export async function loadWhoSaysWhatAction(articleId: unknown): Promise<ActionResult<WhoSaysWhat>> {
  return runAction(async () => {
    await requirePermission("claim:read");
    const list = typeof articleId === "string" ? await getWhoSaysWhat(getPrisma(), articleId) : null;
    if (!list) throw new DomainError("NOT_FOUND", "Diesen Artikel gibt es nicht (mehr). Bitte die Seite neu laden.");
    return list;
  });
}

/**
 * "Attribution neu berechnen": the machine's attribution of the article's untouched claims under the
 * current actor registry. actor:manage, because it follows a registry change and rewrites many claims at once.
 */
export async function reattributeArticleAction(articleId: unknown): Promise<ActionResult<ReattributeResult>> {
  return runAction(
    async () => reattributeArticle(getPrisma(), await requirePermission("actor:manage"), { articleId: storable(articleId) }),
    { route: "reattributeArticleAction" },
  );
}

// The four-eyes workflow (lib/approvals/workflow.ts), the same domain functions as
// POST /api/claims/[id]/{submit,approve,return,reopen}: input {claimId, version, …}.

export async function submitClaimAction(input: unknown): Promise<ActionResult<ApprovalResult>> {
  return runAction(async () => submitClaim(getPrisma(), await requirePermission("claim:submit"), storable(input)));
}

export async function approveClaimAction(input: unknown): Promise<ActionResult<ApprovalResult>> {
  return runAction(async () => approveClaim(getPrisma(), await requirePermission("claim:approve"), storable(input)));
}

/** input: {claimId, version, comment}; the comment is required. */
export async function returnClaimAction(input: unknown): Promise<ActionResult<ApprovalResult>> {
  return runAction(async () => returnClaim(getPrisma(), await requirePermission("claim:return"), storable(input)));
}

/** input: {claimId, version, reason}; the reason is required. */
export async function reopenClaimAction(input: unknown): Promise<ActionResult<ApprovalResult>> {
  return runAction(async () => reopenClaim(getPrisma(), await requirePermission("claim:reopen"), storable(input)));
}

/** "Artikel zur Freigabe einreichen": every reviewed claim of the article, the outcome per claim. */
export async function submitArticleAction(articleId: unknown): Promise<ActionResult<ArticleSubmitResult>> {
  return runAction(async () => submitArticle(getPrisma(), await requirePermission("claim:submit"), { articleId }));
}
