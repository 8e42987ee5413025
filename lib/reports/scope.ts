// What a report covers. For now one article; further scopes (date range, outlet, status, party,
// actor, a set of claims) add a variant here and a branch in claimWhere.
import type { Prisma } from "@/lib/generated/prisma/client";

export interface ArticleScope {
  type: "article";
  articleId: string;
}

export type ReportScope = ArticleScope;

export interface ScopeOptions {
  /** Final reports contain approved claims only; drafts contain every claim of the scope. */
  approvedOnly: boolean;
}

/** The claims of a scope, without those an editor marked "keine Behauptung". */
export function claimWhere(scope: ReportScope, options: ScopeOptions): Prisma.ClaimWhereInput {
  return {
    articleId: scope.articleId,
    notAClaim: false,
    ...(options.approvedOnly ? { status: "APPROVED" as const } : {}),
  };
}
