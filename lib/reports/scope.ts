// What a report covers. For now one article; further scopes (date range, outlet, status, party,
// actor, a set of claims) add a variant here and their condition in load.ts's batch query.
export interface ArticleScope {
  type: "article";
  articleId: string;
}

export type ReportScope = ArticleScope;

export interface ScopeOptions {
  /** Final reports contain approved claims only; drafts contain every claim of the scope. */
  approvedOnly: boolean;
}
