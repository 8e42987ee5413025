// Loads the claims of a report from the database in batches (keyset on position and id),
// each with its article, the latest content and attribution verdict with their editors, the
// submission and approval (precomputed per claim in claim_report_fields), every source of the
// claim, and every evidence link's domain and registry owner.
import { parseSearch, searchTsQuery } from "@/lib/claims/search-query";
import { sourcesForDisplay, type SourceView } from "@/lib/claims/sources";
import { actorsWithDomains } from "@/lib/actors/domain-owners";
import { displayDomain, ownerOfLink } from "@/lib/actors/domains";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActorKind, AttributionVerdict, ClaimStatus, ContentVerdict, Party } from "@/lib/generated/prisma/enums";
import { UNKNOWN_PERSON } from "./labels";
import type { FilterScope, ReportScope, ScopeOptions } from "./scope";
import type { ReportClaim, ReportEvidence, ReportStep } from "./types";

/** A Prisma client or transaction. */
export type ReportReader = Prisma.TransactionClient;

export const DEFAULT_BATCH_SIZE = 500;

/**
 * One row per claim with everything the report shows, in one query per batch: the article, the
 * registry actor's kind, and the latest content and attribution review, submission and approval
 * with their people from claim_report_fields – one primary-key probe per claim, kept current by
 * triggers in the writing transaction (migration 20261130010000_claim_report_fields). Whether a
 * fact is shown still follows the claim's current verdicts and status (toReportClaim,
 * csv-sql.ts): a returned or reopened claim shows no submission or approval.
 */
export interface ClaimRow {
  id: string;
  start: number;
  status: ClaimStatus;
  sentence: string;
  value_text: string;
  value: number;
  qualifier: string;
  what: string;
  source_text: string;
  actor_name: string;
  party: Party;
  official: boolean;
  caveat: boolean;
  content_verdict: ContentVerdict | null;
  attribution_verdict: AttributionVerdict | null;
  article_id: string;
  article_title: string;
  article_outlet: string;
  article_published_at: Date | null;
  article_stand: string | null;
  article_url: string | null;
  actor_kind: ActorKind | null;
  content_rationale: string | null;
  content_evidence: unknown;
  content_at: Date | null;
  content_by: string | null;
  attribution_note: string | null;
  attribution_evidence: unknown;
  attribution_correct_source: string | null;
  attribution_at: Date | null;
  attribution_by: string | null;
  submitted_at: Date | null;
  submitted_by: string | null;
  approved_at: Date | null;
  approved_by: string | null;
  /** claim_sources in order, as JSON [{actorName, party, official}]. */
  sources: SourceView[] | null;
}

/** Keyset position: the last row's article (for scopes over several articles), start and id. */
export interface ReportCursor {
  articleId: string;
  start: number;
  id: string;
}

// A claim may name several sources (claim_sources): the party and actor filters match any of them,
// as the queue's do. The first source is the claim's own columns (indexed); further sources are
// few, so the semi-join over position > 0 stays small.
const anySourceWithParty = (party: Party) =>
  Prisma.sql`(c.party = CAST(${party} AS "Party") OR c.id IN (SELECT s.claim_id FROM claim_sources s WHERE s.position > 0 AND s.party = CAST(${party} AS "Party")))`;
const anySourceOfActor = (actorId: string) =>
  Prisma.sql`(c.actor_id = ${actorId} OR c.id IN (SELECT s.claim_id FROM claim_sources s WHERE s.position > 0 AND s.actor_id = ${actorId}))`;

// Calendar days in the newsroom's time zone, as the queue's date filter counts them.
const publishedFrom = (day: string) =>
  Prisma.sql`a.published_at >= (CAST(${day} AS date)::timestamp AT TIME ZONE 'Europe/Berlin')`;
const publishedTo = (day: string) =>
  Prisma.sql`a.published_at < ((CAST(${day} AS date) + 1)::timestamp AT TIME ZONE 'Europe/Berlin')`;

/** A filter scope's conditions on its article's own columns (`a`): publication dates and outlet. */
function articleFieldConditions(scope: FilterScope): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (scope.publishedFrom) conditions.push(publishedFrom(scope.publishedFrom));
  if (scope.publishedTo) conditions.push(publishedTo(scope.publishedTo));
  if (scope.outlet) conditions.push(Prisma.sql`a.outlet = ${scope.outlet}`);
  return conditions;
}

/**
 * The queue's free-text search over the claims' stored search vector (title and outlet of the
 * article included), so a report holds what the queue lists for the same text. A text without a
 * searchable word matches nothing: a report that was asked to search must not hold every claim.
 */
function searchCondition(text: string): Prisma.Sql {
  const query = searchTsQuery(parseSearch(text));
  return query ? Prisma.sql`c.search_vector @@ ${query}` : Prisma.sql`false`;
}

/** The claims a scope covers (every given filter holds); `a` is the claim's article. */
export function scopeCondition(scope: ReportScope): Prisma.Sql {
  if (scope.type === "article") return Prisma.sql`c.article_id = ${scope.articleId}`;
  const conditions: Prisma.Sql[] = [];
  if (scope.articleId) conditions.push(Prisma.sql`c.article_id = ${scope.articleId}`);
  conditions.push(...articleFieldConditions(scope));
  if (scope.status) conditions.push(Prisma.sql`c.status = CAST(${scope.status} AS "ClaimStatus")`);
  if (scope.party) conditions.push(anySourceWithParty(scope.party));
  if (scope.actorId) conditions.push(anySourceOfActor(scope.actorId));
  if (scope.search !== undefined) conditions.push(searchCondition(scope.search));
  if (scope.claimIds) conditions.push(Prisma.sql`c.id = ANY(${scope.claimIds}::text[])`);
  return conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`true`;
}

/**
 * The articles `a` a scope's claims can come from: scopeCondition's conditions on the article
 * (its id, dates, outlet), and for picked claims the articles they are in now. Every claim of the
 * scope is in one of them; the claims' own conditions (status, party, actor) are not applied.
 * Null when the scope does not narrow the articles.
 */
export function scopeArticleCondition(scope: ReportScope): Prisma.Sql | null {
  if (scope.type === "article") return Prisma.sql`a.id = ${scope.articleId}`;
  const conditions: Prisma.Sql[] = [];
  if (scope.articleId) conditions.push(Prisma.sql`a.id = ${scope.articleId}`);
  conditions.push(...articleFieldConditions(scope));
  if (scope.claimIds) {
    conditions.push(Prisma.sql`a.id IN (SELECT pc.article_id FROM claims pc WHERE pc.id = ANY(${scope.claimIds}::text[]))`);
  }
  return conditions.length > 0 ? Prisma.join(conditions, " AND ") : null;
}

/**
 * Text order within an article; across articles grouped by article (ids, i.e. in the order
 * they were added), as the queue's "by article" order. One article keeps its index-friendly
 * keyset (see iterateReportClaims).
 */
function keysetCondition(scope: ReportScope, from: ReportCursor): Prisma.Sql {
  if (scope.type === "article") return Prisma.sql`c.start >= ${from.start} AND (c.start > ${from.start} OR c.id > ${from.id})`;
  return Prisma.sql`(c.article_id, c.start, c.id) > (${from.articleId}, ${from.start}, ${from.id})`;
}

function orderOf(scope: ReportScope): Prisma.Sql {
  return scope.type === "article" ? Prisma.sql`c.start, c.id` : Prisma.sql`c.article_id, c.start, c.id`;
}

/**
 * Where the batch's claims come from. One article: the table itself (its index yields the rows
 * in order, so the LIMIT stops the per-row lookups early). Any other scope: the batch's claims
 * picked first in a subquery, so the per-claim lookups below run for these rows only – joined
 * directly, PostgreSQL ran them for every claim of the scope before sorting (EXPLAIN: 13 800
 * loops for a 500-row batch). The outer WHERE repeats the conditions; they hold for these rows.
 */
function claimSource(scope: ReportScope, approvedOnly: boolean, from: ReportCursor, limit: number): Prisma.Sql {
  if (scope.type === "article") return Prisma.sql`claims`;
  const withArticle = !!(scope.publishedFrom || scope.publishedTo || scope.outlet);
  return Prisma.sql`(
      SELECT c.* FROM claims c ${withArticle ? Prisma.sql`JOIN articles a ON a.id = c.article_id` : Prisma.empty}
       WHERE ${scopeCondition(scope)}
         AND c.not_a_claim = false
         AND (${!approvedOnly} OR c.status = 'APPROVED')
         AND ${keysetCondition(scope, from)}
       ORDER BY ${orderOf(scope)}
       LIMIT ${limit})`;
}

/** A person's current name; a subquery, not a join: four more joins made planning cost 20 ms a batch. */
function userName(id: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT u.name FROM users u WHERE u.id = ${id})`;
}

export function batchQuery(scope: ReportScope, options: ScopeOptions, after: ReportCursor | null, limit: number): Prisma.Sql {
  const approvedOnly = options.approvedOnly;
  // Before the first row: every start is >= -1 and every id > "".
  const from = after ?? { articleId: "", start: -1, id: "" };
  return Prisma.sql`
    SELECT c.id, c.start, c.status::text AS status, c.sentence, c.value_text, c.value, c.qualifier, c.what,
           c.source_text, c.actor_name, c.party::text AS party, c.official, c.caveat,
           c.content_verdict::text AS content_verdict, c.attribution_verdict::text AS attribution_verdict,
           a.id AS article_id, a.title AS article_title, a.outlet AS article_outlet,
           a.published_at AS article_published_at, a.stand AS article_stand, a.url AS article_url,
           act.kind::text AS actor_kind,
           f.content_rationale, f.content_evidence, f.content_at, ${userName(Prisma.sql`f.content_user_id`)} AS content_by,
           f.attribution_note, f.attribution_evidence, f.attribution_correct_source, f.attribution_at,
           ${userName(Prisma.sql`f.attribution_user_id`)} AS attribution_by,
           f.submitted_at, ${userName(Prisma.sql`f.submitted_user_id`)} AS submitted_by,
           f.approved_at, ${userName(Prisma.sql`f.approved_user_id`)} AS approved_by,
           (SELECT json_agg(json_build_object('actorName', s.actor_name, 'party', s.party, 'official', s.official)
                            ORDER BY s.position)
              FROM claim_sources s WHERE s.claim_id = c.id) AS sources
      FROM ${claimSource(scope, approvedOnly, from, limit)} c
      JOIN articles a ON a.id = c.article_id
      LEFT JOIN actors act ON act.id = c.actor_id
      LEFT JOIN claim_report_fields f ON f.claim_id = c.id
     WHERE ${scopeCondition(scope)}
       AND c.not_a_claim = false
       AND (${!approvedOnly} OR c.status = 'APPROVED')
       AND ${keysetCondition(scope, from)}
     ORDER BY ${orderOf(scope)}
     LIMIT ${limit}`;
}

export interface RegistryOwner {
  canonicalName: string;
  party: Party;
  domains: string[];
}

export interface LoadContext {
  caveatText: string;
  conflictParties: readonly Party[];
  /** Registry actors with web domains (for the evidence links' owners). */
  owners: readonly RegistryOwner[];
}

export function loadRegistryOwners(db: ReportReader): Promise<RegistryOwner[]> {
  return actorsWithDomains(db);
}

interface StoredEvidence {
  url?: unknown;
  note?: unknown;
  independent?: unknown;
}

interface LinkFacts {
  domain: string;
  owner: RegistryOwner | null;
}

/**
 * Domain and registry owner of a link, memoised per loader run: the same links recur across
 * thousands of claims, and each lookup parses every registry entry.
 */
const linkFactsCache = new WeakMap<LoadContext, Map<string, LinkFacts>>();

function linkFacts(url: string, context: LoadContext): LinkFacts {
  let cache = linkFactsCache.get(context);
  if (!cache) linkFactsCache.set(context, (cache = new Map()));
  let facts = cache.get(url);
  if (!facts) {
    facts = { domain: displayDomain(url), owner: ownerOfLink(url, context.owners) };
    // Bounded: a report with many distinct links must not grow this without limit.
    if (cache.size < 10_000) cache.set(url, facts);
  }
  return facts;
}

export function evidenceOf(stored: unknown, context: LoadContext): ReportEvidence[] {
  if (!Array.isArray(stored)) return [];
  return stored
    .filter((item): item is StoredEvidence => !!item && typeof item === "object" && typeof item.url === "string")
    .map((item) => {
      const url = String(item.url);
      const { domain, owner } = linkFacts(url, context);
      const declaredIndependent = item.independent === true;
      const fromConflictParty = !!owner && context.conflictParties.includes(owner.party);
      return {
        url,
        domain,
        note: typeof item.note === "string" ? item.note : "",
        declaredIndependent,
        registryOwner: owner ? { name: owner.canonicalName, party: owner.party } : null,
        independent: declaredIndependent && !fromConflictParty,
      };
    });
}

function stepOf(by: string | null, at: Date | null): ReportStep | null {
  return at ? { by: by ?? UNKNOWN_PERSON, at: at.toISOString() } : null;
}

function actorTypeOf(kind: ActorKind | null): ReportClaim["source"]["actorType"] {
  if (!kind) return "UNKNOWN";
  return kind === "PERSON" ? "PERSON" : "ORGANIZATION";
}

/** Submission counts while the claim is submitted or approved; an approval only while approved. */
function submittedStep(row: ClaimRow): ReportStep | null {
  return row.status === "SUBMITTED" || row.status === "APPROVED" ? stepOf(row.submitted_by, row.submitted_at) : null;
}

function toReportClaim(row: ClaimRow, context: LoadContext): ReportClaim {
  const judgedContent = row.content_verdict !== null;
  const judgedAttribution = row.attribution_verdict !== null;
  const attributionLinks = judgedAttribution ? evidenceOf(row.attribution_evidence, context) : [];
  return {
    id: row.id,
    status: row.status,
    approved: row.status === "APPROVED",
    sentence: row.sentence,
    valueText: row.value_text,
    value: row.value,
    qualifier: row.qualifier,
    what: row.what,
    article: {
      id: row.article_id,
      title: row.article_title,
      outlet: row.article_outlet,
      publishedAt: row.article_published_at?.toISOString() ?? null,
      stand: row.article_stand,
      url: row.article_url,
    },
    source: {
      text: row.source_text,
      actorName: row.actor_name,
      actorType: row.actor_name ? actorTypeOf(row.actor_kind) : "UNKNOWN",
      party: row.party,
      official: row.official,
    },
    sources: sourcesForDisplay(row.sources ?? [], { actorName: row.actor_name, party: row.party, official: row.official }),
    caveat: row.caveat,
    caveatText: row.caveat ? context.caveatText : null,
    attribution: {
      verdict: row.attribution_verdict,
      note: judgedAttribution ? (row.attribution_note ?? "") : "",
      originalUrl: attributionLinks[0]?.url ?? null,
      correctSource: row.attribution_verdict === "MISATTRIBUTED" ? row.attribution_correct_source : null,
      reviewed: judgedAttribution ? stepOf(row.attribution_by, row.attribution_at) : null,
    },
    content: {
      verdict: row.content_verdict,
      rationale: judgedContent ? (row.content_rationale ?? "") : "",
      evidence: judgedContent ? evidenceOf(row.content_evidence, context) : [],
      reviewed: judgedContent ? stepOf(row.content_by, row.content_at) : null,
    },
    submitted: submittedStep(row),
    approval: row.status === "APPROVED" ? stepOf(row.approved_by, row.approved_at) : null,
  };
}

/**
 * The report's claims in text order, `batchSize` at a time: memory stays flat however many
 * claims the scope has (the CSV streams these batches straight to the client). The keyset
 * `start >= s AND (start > s OR id > i)` lets the index (article_id, start) begin at the right
 * place; a plain OR would make PostgreSQL filter every earlier row again for each batch.
 */
export async function* iterateReportClaims(
  db: ReportReader,
  scope: ReportScope,
  options: ScopeOptions & { context: LoadContext; batchSize?: number },
): AsyncGenerator<ReportClaim[]> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  let after: ReportCursor | null = null;
  for (;;) {
    const rows: ClaimRow[] = await db.$queryRaw<ClaimRow[]>(batchQuery(scope, options, after, batchSize));
    if (rows.length === 0) return;
    yield rows.map((row) => toReportClaim(row, options.context));
    if (rows.length < batchSize) return;
    const last: ClaimRow = rows[rows.length - 1];
    after = { articleId: last.article_id, start: last.start, id: last.id };
  }
}
