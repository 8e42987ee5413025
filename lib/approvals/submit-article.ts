// "Artikel zur Freigabe einreichen": submits every reviewed claim of one article (IN_REVIEW or
// RETURNED, with a content verdict). Each claim goes through submitClaim on its own – its own
// transaction, version guard and audit event – so one claim changed meanwhile does not stop
// the others; the caller gets the outcome per claim.
import { can } from "@/lib/auth/permissions";
import { isPlausibleId } from "@/lib/claims/article-view";
import { DomainError, type DomainErrorCode } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { submitClaim, type ApprovalUser } from "./workflow";

export type ClaimSubmitOutcome =
  | { claimId: string; valueText: string; ok: true; status: ClaimStatus; version: number }
  | { claimId: string; valueText: string; ok: false; code: DomainErrorCode; message: string };

export interface ArticleSubmitResult {
  articleId: string;
  submitted: number;
  failed: number;
  results: ClaimSubmitOutcome[];
}

const NOT_FOUND_MESSAGE = "Diesen Artikel gibt es nicht (mehr).";
const NO_PERMISSION_MESSAGE = "Sie dürfen Behauptungen nicht zur Freigabe einreichen.";

/** Statuses from which a reviewed claim may be submitted (see CLAIM_TRANSITIONS). */
const SUBMITTABLE: ClaimStatus[] = ["IN_REVIEW", "RETURNED"];

function articleIdOf(input: unknown): string {
  const articleId = (input as { articleId?: unknown } | null)?.articleId;
  if (typeof articleId !== "string" || !isPlausibleId(articleId)) throw new DomainError("NOT_FOUND", NOT_FOUND_MESSAGE);
  return articleId;
}

async function reviewedClaims(prisma: PrismaClient, articleId: string) {
  return prisma.claim.findMany({
    where: { articleId, status: { in: SUBMITTABLE }, contentVerdict: { not: null } },
    orderBy: [{ start: "asc" }, { id: "asc" }],
    select: { id: true, version: true, valueText: true },
  });
}

async function submitOne(
  prisma: PrismaClient,
  user: ApprovalUser,
  claim: { id: string; version: number; valueText: string },
): Promise<ClaimSubmitOutcome> {
  try {
    const done = await submitClaim(prisma, user, { claimId: claim.id, version: claim.version });
    return { claimId: claim.id, valueText: claim.valueText, ok: true, status: done.status, version: done.version };
  } catch (error) {
    // Expected refusals (changed meanwhile, no longer submittable) belong to this claim only.
    if (!(error instanceof DomainError)) throw error;
    return { claimId: claim.id, valueText: claim.valueText, ok: false, code: error.code, message: error.message };
  }
}

/** input: {articleId}. Throws NOT_FOUND for an unknown article and FORBIDDEN without claim:submit. */
export async function submitArticle(prisma: PrismaClient, user: ApprovalUser, input: unknown): Promise<ArticleSubmitResult> {
  if (!can(user.role, "claim:submit")) throw new DomainError("FORBIDDEN", NO_PERMISSION_MESSAGE);
  const articleId = articleIdOf(input);
  const article = await prisma.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) throw new DomainError("NOT_FOUND", NOT_FOUND_MESSAGE);
  const results: ClaimSubmitOutcome[] = [];
  // One after another: each claim its own transaction, without holding a connection per claim.
  for (const claim of await reviewedClaims(prisma, articleId)) results.push(await submitOne(prisma, user, claim));
  const submitted = results.filter((r) => r.ok).length;
  return { articleId, submitted, failed: results.length - submitted, results };
}
