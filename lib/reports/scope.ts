// What a report covers: one article (the original scope, kept as its own variant so stored
// snapshots and the article routes stay as they were), or a combination of filters – article,
// publication dates, outlet, status, party, registry actor, the queue's free-text search and a set
// of picked claims. Every
// given filter must hold (AND). load.ts turns a scope into the batch query's condition.
import type { ClaimStatus, Party } from "@/lib/generated/prisma/enums";

export interface ArticleScope {
  type: "article";
  articleId: string;
}

export interface FilterScope {
  type: "filter";
  articleId?: string;
  /** The article's publication date (Europe/Berlin), YYYY-MM-DD, inclusive. */
  publishedFrom?: string;
  publishedTo?: string;
  outlet?: string;
  status?: ClaimStatus;
  party?: Party;
  /** A registry actor (claims.actor_id). */
  actorId?: string;
  /** The queue's free-text search as typed (lib/claims/search-query.ts: same syntax, same index). */
  search?: string;
  /** Claims picked in the queue (at most MAX_SCOPE_CLAIMS). */
  claimIds?: string[];
}

export type ReportScope = ArticleScope | FilterScope;

export interface ScopeOptions {
  /** Final reports contain approved claims only; drafts contain every claim of the scope. */
  approvedOnly: boolean;
}

/** The filters of a scope without its type. */
export type ScopeCriteria = Omit<FilterScope, "type">;

/** An article alone is the article scope (same queries and file names as before); anything else a filter scope. */
export function toReportScope(criteria: ScopeCriteria): ReportScope {
  const given = Object.entries(criteria).filter(([, value]) => value !== undefined);
  if (given.length === 1 && criteria.articleId) return { type: "article", articleId: criteria.articleId };
  return { type: "filter", ...Object.fromEntries(given) };
}
