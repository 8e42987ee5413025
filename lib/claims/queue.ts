// The review queue: claims across all articles, filtered, with keyset pagination
// and per-status counts. Raw SQL through Prisma's tagged templates (every user
// value is a bind parameter): the counts need COUNT … FILTER and the keyset
// needs row comparisons, which Prisma's query builder cannot express.
//
// Pagination never uses OFFSET: the cursor is the sort key of the last row shown,
//   newest:  (created_at, id) descending – index claims(created_at DESC, id DESC)
//   article: (article_id, start, id) ascending – index claims(article_id, start)
// so page 1 000 costs the same as page 1. "Vorherige Seite" is the same keyset read backwards
// (rows before the first one shown, in reverse order, then turned round), again without OFFSET.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import {
  ATTRIBUTION_VERDICT,
  CONTENT_STATUS_VERDICT,
  type ContentStatus,
  type PartyCode,
  type QueueCursor,
  type QueueFilters,
  hasActiveFilters,
  SEARCH_RANK_WINDOW,
  DEFAULT_PAGE_SIZE,
} from "./queue-filters";

export { SEARCH_RANK_WINDOW };
import { queryRows } from "@/lib/db/prisma";
import { numberOnlySearch, parseSearch, searchTsQuery, type NumberSearch } from "./search-query";
import { cachedSearch } from "@/lib/db/view-cache";
import { loadClaimSources, sourcesForDisplay, type SourceView } from "./sources";

export interface QueueItem {
  id: string;
  articleId: string;
  start: number;
  valueText: string;
  qualifier: string;
  what: string;
  actorName: string;
  party: PartyCode;
  official: boolean;
  caveat: boolean;
  notAClaim: boolean;
  contentVerdict: "VERIFIED" | "DISPUTED" | "UNVERIFIABLE" | null;
  attributionVerdict: "CONFIRMED" | "NOT_FOUND" | "MISATTRIBUTED" | null;
  /** The claim's sentence, cut to 240 characters. */
  sentence: string;
  createdAt: Date;
  articleTitle: string;
  articleOutlet: string;
  articlePublishedAt: Date | null;
  articleStand: string | null;
  /** Name of whoever last submitted the claim (audit event "claim.submit"); only for SUBMITTED/APPROVED claims in the list. */
  submittedBy: string | null;
  /** Relevance for the search (ts_rank_cd); null without a search or in article order. */
  rank: number | null;
  /** Every source of the claim (claim_sources), filled by iterateQueue for the export only. */
  sources?: SourceView[];
}

/** Claims per status; null under a search whose hits exceed the bound (not counted per status). */
export type StatusCounts = Record<ContentStatus, number | null> & {
  /** Under a search: all hits (up to the bound + 1; above countLimit means "mehr als countLimit"). */
  all?: number;
};

export interface QueuePage {
  items: QueueItem[];
  /** Cursor for the page after this one; null on the last page. */
  nextCursor: QueueCursor | null;
  /** Cursor for the page before this one; null on the first page. */
  prevCursor: QueueCursor | null;
  /** Claims per content status for the current filters, ignoring the status filter. */
  counts: StatusCounts;
  /**
   * Under a search the counts stop at this bound: a count above it means "mehr als countLimit"
   * (counting every hit of a common word would read them all). null: the counts are exact.
   */
  countLimit: number | null;
}

/** Counts under a search are exact up to this many hits, then read "mehr als 10 000". */
export const SEARCH_COUNT_LIMIT = 10_000;

/** The rank carried by hits older than the ranked window (ts_rank_cd is never negative). */
const OLDER_HIT_RANK = -1;

/** The search's tsquery for the filter's `q`, or null without one (no words in it). */
function searchQueryOf(f: QueueFilters): Prisma.Sql | null {
  return f.q ? searchTsQuery(parseSearch(f.q)) : null;
}

/** The search's two halves when it is one number alone (not ranked: see numberSearchPageQuery). */
function numberSearchOf(f: QueueFilters): NumberSearch | null {
  return f.q ? numberOnlySearch(parseSearch(f.q)) : null;
}

/** Escapes LIKE wildcards so the user's text is matched literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Claims with a further source (claim_sources position > 0; few, partial index) of this party or
 * whose name matches: the party and source filters match ANY source of a claim, the first one
 * through the claim's own columns (and their indexes), the others through this semi-join.
 */
const coSourceWithParty = (party: PartyCode) =>
  Prisma.sql`c.id IN (SELECT s.claim_id FROM claim_sources s WHERE s.position > 0 AND s.party = CAST(${party} AS "Party"))`;
const coSourceNamed = (pattern: string) =>
  Prisma.sql`c.id IN (SELECT s.claim_id FROM claim_sources s WHERE s.position > 0 AND s.actor_name ILIKE ${pattern})`;

/**
 * WHERE conditions for the filters; the status filter only when asked for. `firstSourceOnly`: the
 * party as claims.party alone, for the trigger-kept counts (countsQuery adds the co-sources).
 */
function conditions(f: QueueFilters, withStatus: boolean, firstSourceOnly = false): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (f.notAClaim === "hide") where.push(Prisma.sql`c.not_a_claim = false`);
  else if (f.notAClaim === "only") where.push(Prisma.sql`c.not_a_claim = true`);

  if (withStatus && f.status) {
    const verdict = CONTENT_STATUS_VERDICT[f.status];
    where.push(
      verdict === null
        ? Prisma.sql`c.content_verdict IS NULL`
        : Prisma.sql`c.content_verdict = CAST(${verdict} AS "ContentVerdict")`,
    );
  }
  if (f.attribution) {
    const verdict = ATTRIBUTION_VERDICT[f.attribution];
    where.push(
      verdict === null
        ? Prisma.sql`c.attribution_verdict IS NULL`
        : Prisma.sql`c.attribution_verdict = CAST(${verdict} AS "AttributionVerdict")`,
    );
  }
  if (f.party) {
    const first = Prisma.sql`c.party = CAST(${f.party} AS "Party")`;
    where.push(firstSourceOnly ? first : Prisma.sql`(${first} OR ${coSourceWithParty(f.party)})`);
  }
  if (f.caveat !== undefined) where.push(Prisma.sql`c.caveat = ${f.caveat}`);
  if (f.actor) {
    const pattern = likePattern(f.actor);
    where.push(Prisma.sql`(c.actor_name ILIKE ${pattern} OR ${coSourceNamed(pattern)})`);
  }
  if (f.article) where.push(Prisma.sql`c.article_id = ${f.article}`);
  where.push(...countedConditions(f));
  const search = searchQueryOf(f);
  if (search) where.push(Prisma.sql`c.search_vector @@ ${search}`);

  // Article-level filters as a semi-join, so the counts need no join when absent.
  const article: Prisma.Sql[] = [];
  if (f.outlet) article.push(Prisma.sql`a2.outlet = ${f.outlet}`);
  // Calendar days in the newsroom's time zone; "to" is inclusive.
  if (f.from) article.push(Prisma.sql`a2.published_at >= (CAST(${f.from} AS date)::timestamp AT TIME ZONE 'Europe/Berlin')`);
  if (f.to) article.push(Prisma.sql`a2.published_at < ((CAST(${f.to} AS date) + 1)::timestamp AT TIME ZONE 'Europe/Berlin')`);
  if (article.length > 0) {
    where.push(Prisma.sql`c.article_id IN (SELECT a2.id FROM articles a2 WHERE ${Prisma.join(article, " AND ")})`);
  }
  return where;
}

/** Event and counted thing (issue #10): "thing=Soldat" or "thing=Soldat/KP"; claims_event_thing_idx. */
function countedConditions(f: QueueFilters): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (f.event) where.push(Prisma.sql`c.event = ${f.event}`);
  if (f.thing) {
    const [lemma, attribute] = f.thing.split("/").map((part) => part.trim());
    where.push(Prisma.sql`c.thing_lemma = ${lemma}`);
    if (attribute !== undefined) where.push(Prisma.sql`c.thing_attribute = ${attribute}`);
  }
  return where;
}

function whereClause(where: Prisma.Sql[]): Prisma.Sql {
  return where.length > 0 ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty;
}

/** A row of pageQuery; dates as strings when read as JSON (lib/claims/queue-view.ts). */
export interface QueuePageRow {
  id: string;
  article_id: string;
  start: number;
  value_text: string;
  qualifier: string;
  what: string;
  actor_name: string;
  party: PartyCode;
  official: boolean;
  caveat: boolean;
  not_a_claim: boolean;
  content_verdict: QueueItem["contentVerdict"];
  attribution_verdict: QueueItem["attributionVerdict"];
  sentence: string;
  created_at: Date | string;
  title: string;
  outlet: string;
  published_at: Date | string | null;
  stand: string | null;
  submitted_by?: string | null;
  search_rank?: number | null;
}

// The submitter of a claim waiting for or past approval: the latest "claim.submit" event,
// one index probe (audit_events(entity_type, entity_id, created_at)) per such row of the page.
const SUBMITTED_BY = Prisma.sql`CASE WHEN c.status IN ('SUBMITTED', 'APPROVED') THEN (
      SELECT u.name FROM audit_events e JOIN users u ON u.id = e.user_id
       WHERE e.entity_type = 'Claim' AND e.entity_id = c.id AND e.action = 'claim.submit'
       ORDER BY e.created_at DESC, e.seq DESC LIMIT 1) END`;

/** The page query alone (exported for the tests and the bench that inspect its plan). The list
 * cuts the sentence to 240 characters and names the submitter; the export asks for the whole
 * sentence and no submitter. A `before` cursor reads backwards: the rows just before it, last one first. */
export function pageQuery(f: QueueFilters, options: { fullSentence?: boolean; submitter?: boolean } = {}): Prisma.Sql {
  const { fullSentence = false, submitter = true } = options;
  const where = conditions(f, true);
  const c = f.cursor;
  const backward = c?.before === true;
  const search = searchQueryOf(f);
  let order: Prisma.Sql;
  if (f.sort === "newest" && search) {
    const numberSearch = numberSearchOf(f);
    if (numberSearch) return numberSearchPageQuery(f, numberSearch, columns(fullSentence, submitter));
    return searchPageQuery(f, search, columns(fullSentence, submitter));
  }
  if (f.sort === "article") {
    if (c?.sort === "article") {
      const key = Prisma.sql`(${c.articleId}, CAST(${c.start} AS integer), ${c.id})`;
      where.push(
        backward ? Prisma.sql`(c.article_id, c.start, c.id) < ${key}` : Prisma.sql`(c.article_id, c.start, c.id) > ${key}`,
      );
    }
    order = backward
      ? Prisma.sql`ORDER BY c.article_id DESC, c.start DESC, c.id DESC`
      : Prisma.sql`ORDER BY c.article_id ASC, c.start ASC, c.id ASC`;
  } else {
    if (c?.sort === "newest") {
      const key = Prisma.sql`(CAST(${c.createdAt.toISOString()} AS timestamptz), ${c.id})`;
      where.push(backward ? Prisma.sql`(c.created_at, c.id) > ${key}` : Prisma.sql`(c.created_at, c.id) < ${key}`);
    }
    order = backward ? Prisma.sql`ORDER BY c.created_at ASC, c.id ASC` : Prisma.sql`ORDER BY c.created_at DESC, c.id DESC`;
  }
  return Prisma.sql`
    SELECT ${columns(fullSentence, submitter)}, NULL::float8 AS search_rank
      FROM claims c
      JOIN articles a ON a.id = c.article_id
      ${whereClause(where)}
      ${order}
      LIMIT ${pageLimit(f)}`;
}

/**
 * The default page size's LIMIT as a literal: as a bound value, PostgreSQL's generic plan assumes
 * a tenth of the table and costs far above the per-run plan, so the prepared page query was
 * planned on every run (pg_prepared_statements at a million claims: 0 generic, 310 custom plans;
 * ~0.5 ms of database CPU per queue view). As a literal it keeps its plan. Other sizes (?limit=)
 * stay bound values: one statement text for all of them, so they cannot fill the bounded set of
 * prepared statements (lib/db/prisma.ts) with a hundred texts.
 */
function pageLimit(f: QueueFilters): Prisma.Sql {
  return pageKeepsPlan(f) ? Prisma.raw(String(DEFAULT_PAGE_SIZE + 1)) : Prisma.sql`${f.limit + 1}`;
}

/** Whether the prepared page query keeps its generic plan (its LIMIT is a literal, see pageLimit). */
function pageKeepsPlan(f: QueueFilters): boolean {
  return f.limit === DEFAULT_PAGE_SIZE;
}

function columns(fullSentence: boolean, submitter: boolean): Prisma.Sql {
  return Prisma.sql`c.id, c.article_id, c.start, c.value_text, c.qualifier, c.what, c.actor_name, c.party::text AS party,
           c.official, c.caveat, c.not_a_claim, c.content_verdict::text AS content_verdict,
           c.attribution_verdict::text AS attribution_verdict,
           ${fullSentence ? Prisma.sql`c.sentence` : Prisma.sql`left(c.sentence, 240)`} AS sentence, c.created_at,
           a.title, a.outlet, a.published_at, a.stand${submitter ? Prisma.sql`, ${SUBMITTED_BY} AS submitted_by` : Prisma.empty}`;
}

/**
 * A search page in relevance order: the newest SEARCH_RANK_WINDOW hits ranked (relevance, then
 * newest first), then the older hits newest first with rank OLDER_HIT_RANK. The sort key is
 * (rank, created_at, id) throughout, so the cursor works across the seam in both directions.
 * The older hits are only read when the page reaches past the window (or the cursor lies beyond it).
 * The rank is computed in an outer query over the window only: in the same SELECT as the sort,
 * PostgreSQL ranked every hit before keeping the newest (q=11000 at a million claims: ~5 000 hits,
 * EXPLAIN ANALYZE on the same data 118–140 ms → 68–109 ms under load).
 */
function searchPageQuery(f: QueueFilters, search: Prisma.Sql, selected: Prisma.Sql): Prisma.Sql {
  const where = whereClause(conditions(f, true));
  const c = f.cursor?.sort === "newest" && f.cursor.rank !== undefined ? f.cursor : undefined;
  if (!c && f.limit + 1 <= SEARCH_RANK_WINDOW) return firstSearchPageQuery(where, search, selected, f.limit + 1);
  const backward = c?.before === true;
  const pageSize = f.limit + 1;
  const beyondWindow = (c?.rank ?? 0) < 0;
  const key = c && Prisma.sql`(CAST(${c.rank} AS float8), CAST(${c.createdAt.toISOString()} AS timestamptz), ${c.id})`;
  const dateKey = c && Prisma.sql`(CAST(${c.createdAt.toISOString()} AS timestamptz), ${c.id})`;
  const dir = backward ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  // Window rows: all of them when reading backwards from beyond it (they all come before), none
  // forwards from beyond it, else those past the key.
  let windowFilter: Prisma.Sql = Prisma.sql`true`;
  if (c && beyondWindow) windowFilter = backward ? Prisma.sql`true` : Prisma.sql`false`;
  else if (key)
    windowFilter = backward
      ? Prisma.sql`(w.search_rank, w.created_at, w.id) > ${key}`
      : Prisma.sql`(w.search_rank, w.created_at, w.id) < ${key}`;
  // Older rows: forwards only when the window part does not fill the page; backwards only from beyond.
  let olderFilter: Prisma.Sql;
  if (backward) olderFilter = beyondWindow ? Prisma.sql`(c.created_at, c.id) > ${dateKey!}` : Prisma.sql`false`;
  else
    olderFilter = beyondWindow
      ? Prisma.sql`(c.created_at, c.id) < ${dateKey!}`
      : Prisma.sql`(SELECT count(*) FROM window_page) < ${pageSize}`;
  return Prisma.sql`
    WITH hits_window AS MATERIALIZED (
      SELECT n.id, n.created_at, ts_rank_cd(n.search_vector, ${search})::float8 AS search_rank
        FROM (SELECT c.id, c.created_at, c.search_vector FROM claims c ${where}
               ORDER BY c.created_at DESC, c.id DESC LIMIT ${SEARCH_RANK_WINDOW}) n),
    window_page AS MATERIALIZED (
      SELECT w.id, w.created_at, w.search_rank FROM hits_window w
       WHERE ${windowFilter}
       ORDER BY w.search_rank ${dir}, w.created_at ${dir}, w.id ${dir} LIMIT ${pageSize}),
    older_page AS MATERIALIZED (
      SELECT c.id, c.created_at, CAST(${OLDER_HIT_RANK} AS float8) AS search_rank
        FROM claims c ${where} -- never empty: it holds the search
         AND (SELECT count(*) FROM hits_window) = ${SEARCH_RANK_WINDOW}
         AND (c.created_at, c.id) < (SELECT w.created_at, w.id FROM hits_window w ORDER BY w.created_at ASC, w.id ASC LIMIT 1)
         AND ${olderFilter}
       ORDER BY c.created_at ${dir}, c.id ${dir} LIMIT ${pageSize}),
    hits AS (SELECT * FROM window_page UNION ALL SELECT * FROM older_page)
    SELECT ${selected}, h.search_rank
      FROM hits h
      JOIN claims c ON c.id = h.id
      JOIN articles a ON a.id = c.article_id
     ORDER BY h.search_rank ${dir}, h.created_at ${dir}, h.id ${dir}
     LIMIT ${pageSize}`;
}

/**
 * The claims' columns that `columns` reads (alias c), for a subquery that carries its rows to the
 * outer SELECT instead of looking them up again by id.
 */
const ROW_COLUMNS = Prisma.sql`c.id, c.article_id, c.start, c.value_text, c.qualifier, c.what, c.actor_name, c.party,
           c.official, c.caveat, c.not_a_claim, c.content_verdict, c.attribution_verdict, c.sentence, c.created_at, c.status`;

/**
 * The first page of a ranked search (no cursor, the page within the window) – what an editor sees
 * after typing, so the common case, served by one plain SELECT: the top of the window is the whole
 * page (a full window holds more rows than any page, a short one holds every hit), so there are
 * no older hits to read and searchPageQuery's CTEs would only add planning. The window carries the
 * columns the page shows (the index walk has the row in hand anyway) instead of looking each page
 * row up again by id; its `c` exposes the claims' column names, so `selected` reads it unchanged.
 * Same rows, same order as searchPageQuery (search-window.test.ts); q=Drohnen at a million claims:
 * PostgreSQL CPU per page 2.85–3.70 → 2.10–2.65 ms (planning ~1.2 → ~0.7 ms).
 */
function firstSearchPageQuery(where: Prisma.Sql, search: Prisma.Sql, selected: Prisma.Sql, pageSize: number): Prisma.Sql {
  return Prisma.sql`
    SELECT ${selected}, c.search_rank
      FROM (SELECT n.*, ts_rank_cd(n.search_vector, ${search})::float8 AS search_rank
              FROM (SELECT ${ROW_COLUMNS}, c.search_vector
                      FROM claims c ${where}
                     ORDER BY c.created_at DESC, c.id DESC LIMIT ${SEARCH_RANK_WINDOW}) n
             ORDER BY search_rank DESC, n.created_at DESC, n.id DESC LIMIT ${pageSize}) c
      JOIN articles a ON a.id = c.article_id
     ORDER BY c.search_rank DESC, c.created_at DESC, c.id DESC`;
}

/**
 * A search for one number alone, newest first without ranking: every hit counts or mentions that
 * number, so relevance would only say how often, and ranking needs each hit's vector from the heap.
 * As if its rank window were empty: every hit carries OLDER_HIT_RANK, so its cursors are the
 * search's (ranked) ones and are read by date and id. Two keyset branches (the claims with that
 * value, in date order through claims_number_token_idx; those that only mention it, through the GIN
 * index), merged by date. The branches carry the page's columns, so no page row is looked up again
 * by id (q=11000 at a million claims: PostgreSQL CPU per page ~2.1 → ~1.85 ms).
 */
function numberSearchPageQuery(f: QueueFilters, numberSearch: NumberSearch, selected: Prisma.Sql): Prisma.Sql {
  const where = conditions({ ...f, q: undefined }, true);
  const c = f.cursor?.sort === "newest" ? f.cursor : undefined;
  const backward = c?.before === true;
  if (c) {
    const key = Prisma.sql`(CAST(${c.createdAt.toISOString()} AS timestamptz), ${c.id})`;
    where.push(backward ? Prisma.sql`(c.created_at, c.id) > ${key}` : Prisma.sql`(c.created_at, c.id) < ${key}`);
  }
  const dir = backward ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const pageSize = f.limit + 1;
  const branch = (match: Prisma.Sql) => Prisma.sql`(SELECT ${ROW_COLUMNS} FROM claims c
      WHERE ${Prisma.join([...where, match], " AND ")} ORDER BY c.created_at ${dir}, c.id ${dir} LIMIT ${pageSize})`;
  return Prisma.sql`
    SELECT ${selected}, CAST(${OLDER_HIT_RANK} AS float8) AS search_rank
      FROM (${branch(numberSearch.value)} UNION ALL ${branch(numberSearch.textOnly)}) c
      JOIN articles a ON a.id = c.article_id
     ORDER BY c.created_at ${dir}, c.id ${dir}
     LIMIT ${pageSize}`;
}

/**
 * True when the counts only depend on columns of claim_queue_counts (the trigger-maintained
 * counts per not_a_claim/party/caveat/verdicts, see its migration): then at most a few hundred
 * rows are summed instead of counting every claim.
 */
function countsFromSummary(f: QueueFilters): boolean {
  return !searchQueryOf(f) && !f.actor && !f.article && !f.outlet && !f.from && !f.to && !f.event && !f.thing;
}

/** SEARCH_COUNT_LIMIT under a search (its counts are bounded), null when the counts are exact. */
export function countLimitFor(f: QueueFilters): number | null {
  return searchQueryOf(f) ? SEARCH_COUNT_LIMIT : null;
}

/**
 * True when a filter other than "keine Behauptung" (and the status, which the counts ignore)
 * applies: then a number search's value hits cannot come from claim_number_counts.
 */
function narrowsBeyondFlag(f: QueueFilters): boolean {
  return Boolean(
    f.attribution ||
    f.party ||
    f.caveat !== undefined ||
    f.actor ||
    f.article ||
    f.outlet ||
    f.from ||
    f.to ||
    f.event ||
    f.thing,
  );
}

/**
 * One number alone under no filter but "keine Behauptung": its value hits per status summed from
 * claim_number_counts (trigger-kept, migration 20261130140000_list_counts) – a few rows instead of
 * reading every hit's index entry (~5 000 for q=11000 at a million claims, ~2.5 ms) – plus the hits
 * that only mention it in their text, counted live (bounded; few). Like the other search counts,
 * "all" stops at SEARCH_COUNT_LIMIT + 1.
 */
function numberCountsQuery(f: QueueFilters, numberSearch: NumberSearch): Prisma.Sql {
  const flag = conditions({ notAClaim: f.notAClaim, sort: f.sort, limit: f.limit }, false);
  const kept = [...flag, Prisma.sql`c.token = ${numberSearch.token}`];
  const textOnly = [...flag, numberSearch.textOnly];
  return Prisma.sql`
    SELECT least(coalesce(sum(h.n), 0), ${SEARCH_COUNT_LIMIT + 1})::bigint AS "all",
           coalesce(sum(h.n) FILTER (WHERE h.content_verdict IS NULL), 0)::bigint AS open,
           coalesce(sum(h.n) FILTER (WHERE h.content_verdict = 'VERIFIED'), 0)::bigint AS verified,
           coalesce(sum(h.n) FILTER (WHERE h.content_verdict = 'DISPUTED'), 0)::bigint AS disputed,
           coalesce(sum(h.n) FILTER (WHERE h.content_verdict = 'UNVERIFIABLE'), 0)::bigint AS unverifiable
      FROM (SELECT c.content_verdict, c.n FROM claim_number_counts c ${whereClause(kept)}
            UNION ALL
            (SELECT c.content_verdict, 1::bigint AS n FROM claims c ${whereClause(textOnly)} LIMIT ${SEARCH_COUNT_LIMIT + 1})) h`;
}

// Under a search one query reads at most SEARCH_COUNT_LIMIT + 1 hits (the LIMIT stops there, however
// common the word) and counts them per status: exact when they are all the hits, else only the
// total is known ("mehr als 10 000") – never a count per status over the full hit list.
function boundedCountsQuery(f: QueueFilters): Prisma.Sql {
  const numberSearch = numberSearchOf(f);
  if (numberSearch && !narrowsBeyondFlag(f)) return numberCountsQuery(f, numberSearch);
  const bounded = (where: Prisma.Sql[]) =>
    Prisma.sql`SELECT c.content_verdict FROM claims c ${whereClause(where)} LIMIT ${SEARCH_COUNT_LIMIT + 1}`;
  // One number alone: its two halves (see numberSearchPageQuery), the value's index-only.
  const rest = numberSearch ? conditions({ ...f, q: undefined }, false) : [];
  const hits = numberSearch
    ? Prisma.sql`SELECT u.content_verdict FROM ((${bounded([...rest, numberSearch.value])})
        UNION ALL (${bounded([...rest, numberSearch.textOnly])})) u LIMIT ${SEARCH_COUNT_LIMIT + 1}`
    : bounded(conditions(f, false));
  return Prisma.sql`
    SELECT count(*) AS "all",
           count(*) FILTER (WHERE h.content_verdict IS NULL) AS open,
           count(*) FILTER (WHERE h.content_verdict = 'VERIFIED') AS verified,
           count(*) FILTER (WHERE h.content_verdict = 'DISPUTED') AS disputed,
           count(*) FILTER (WHERE h.content_verdict = 'UNVERIFIABLE') AS unverifiable
      FROM (${hits}) h`;
}

export function countsQuery(f: QueueFilters): Prisma.Sql {
  if (countLimitFor(f) !== null) return boundedCountsQuery(f);
  if (countsFromSummary(f)) {
    // Same conditions (alias c, same column names); sum() of bigint is numeric, hence the casts.
    // The summary knows each claim's first party only: claims of this party through a further
    // source alone are counted from claims (few: claim_sources_co_party_idx).
    const coSourceOnly = f.party
      ? Prisma.sql`UNION ALL SELECT c.content_verdict, 1::bigint AS n FROM claims c
          WHERE ${Prisma.join(
            [
              ...conditions({ ...f, party: undefined }, false),
              Prisma.sql`c.party <> CAST(${f.party} AS "Party")`,
              coSourceWithParty(f.party),
            ],
            " AND ",
          )}`
      : Prisma.empty;
    return Prisma.sql`
      SELECT coalesce(sum(c.n) FILTER (WHERE c.content_verdict IS NULL), 0)::bigint AS open,
             coalesce(sum(c.n) FILTER (WHERE c.content_verdict = 'VERIFIED'), 0)::bigint AS verified,
             coalesce(sum(c.n) FILTER (WHERE c.content_verdict = 'DISPUTED'), 0)::bigint AS disputed,
             coalesce(sum(c.n) FILTER (WHERE c.content_verdict = 'UNVERIFIABLE'), 0)::bigint AS unverifiable
        FROM (SELECT c.content_verdict, c.n FROM claim_queue_counts c ${whereClause(conditions(f, false, true))}
              ${coSourceOnly}) c`;
  }
  return Prisma.sql`
    SELECT count(*) FILTER (WHERE c.content_verdict IS NULL) AS open,
           count(*) FILTER (WHERE c.content_verdict = 'VERIFIED') AS verified,
           count(*) FILTER (WHERE c.content_verdict = 'DISPUTED') AS disputed,
           count(*) FILTER (WHERE c.content_verdict = 'UNVERIFIABLE') AS unverifiable
      FROM claims c
      ${whereClause(conditions(f, false))}`;
}

const OVER_LIMIT_TTL_MS = 60_000;
const OVER_LIMIT_CACHE_SIZE = 1000;
/**
 * Search counts known to exceed SEARCH_COUNT_LIMIT (count query → when that knowledge expires),
 * per process. Such a count only reads "mehr als 10 000" and stays true while claims are added
 * (they are never deleted), yet re-counting it reads 10 001 hits – 25–50 ms of database time at a
 * million claims, more than the rest of the page – on every view of a popular search. Counts
 * within the bound are exact and always run; a search whose hits fall below the bound (a status
 * filter while claims are judged) shows its exact count again after at most OVER_LIMIT_TTL_MS.
 */
const overLimitCounts = new Map<string, number>();

function overLimitKey(query: Prisma.Sql): string {
  // bigint would make JSON.stringify throw; none is bound today, but a filter may add one.
  return JSON.stringify([query.sql, query.values], (_key, value: unknown) => (typeof value === "bigint" ? `${value}n` : value));
}

function knownOverLimit(key: string): boolean {
  const expires = overLimitCounts.get(key);
  if (expires === undefined) return false;
  if (expires > Date.now()) return true;
  overLimitCounts.delete(key);
  return false;
}

function rememberOverLimit(key: string): void {
  if (overLimitCounts.size >= OVER_LIMIT_CACHE_SIZE) overLimitCounts.delete(overLimitCounts.keys().next().value!);
  overLimitCounts.set(key, Date.now() + OVER_LIMIT_TTL_MS);
}

const OVER_LIMIT: StatusCounts = { all: SEARCH_COUNT_LIMIT + 1, open: null, verified: null, disputed: null, unverifiable: null };

/**
 * Search counts being read now (count query → its result), per process. A popular search arrives
 * in bursts – every editor of a desk during breaking news, or 20 connections of the bench at once –
 * and before the first count of a common word has finished (~100 ms at a million claims) each
 * request would read the same 10 001 hits again; they now wait for that one count instead.
 */
const pendingSearchCounts = new WeakMap<PrismaClient, Map<string, Promise<StatusCounts>>>();

function pendingCountsOf(prisma: PrismaClient): Map<string, Promise<StatusCounts>> {
  let pending = pendingSearchCounts.get(prisma);
  if (!pending) pendingSearchCounts.set(prisma, (pending = new Map()));
  return pending;
}

/** The per-status counts of a countsQuery row (bigints as strings from the pool, numbers from JSON). */
export function exactCountsOf(row: Partial<Record<ContentStatus, string | number>> | undefined): Record<ContentStatus, number> {
  return {
    open: Number(row?.open ?? 0),
    verified: Number(row?.verified ?? 0),
    disputed: Number(row?.disputed ?? 0),
    unverifiable: Number(row?.unverifiable ?? 0),
  };
}

export async function countQueue(prisma: PrismaClient, f: QueueFilters): Promise<StatusCounts> {
  const query = countsQuery(f);
  const key = countLimitFor(f) === null ? null : overLimitKey(query);
  if (key === null) return readCounts(prisma, f, query, null);
  if (knownOverLimit(key)) return { ...OVER_LIMIT };
  const inFlight = pendingCountsOf(prisma);
  let pending = inFlight.get(key);
  if (!pending) {
    pending = readCounts(prisma, f, query, key).finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  // A copy each: callers own their counts.
  return { ...(await pending) };
}

async function readCounts(prisma: PrismaClient, f: QueueFilters, query: Prisma.Sql, key: string | null): Promise<StatusCounts> {
  // bigint counts arrive as strings through the pool (queryRows); Number() reads both.
  // The summary table holds a few hundred rows: its plan never depends on the values (prepared).
  const [row] = await queryRows<Partial<Record<ContentStatus | "all", string>>>(prisma, query, {
    prepared: countsFromSummary(f),
  });
  const { open, verified, disputed, unverifiable } = exactCountsOf(row);
  if (row?.all === undefined) return { open, verified, disputed, unverifiable };
  const all = Number(row.all);
  // Beyond the bound the per-status figures only cover the hits read: not shown as counts.
  if (all > SEARCH_COUNT_LIMIT) {
    if (key !== null) rememberOverLimit(key);
    return { all, open: null, verified: null, disputed: null, unverifiable: null };
  }
  return { all, open, verified, disputed, unverifiable };
}

function toItem(r: QueuePageRow): QueueItem {
  return {
    id: r.id,
    articleId: r.article_id,
    start: r.start,
    valueText: r.value_text,
    qualifier: r.qualifier,
    what: r.what,
    actorName: r.actor_name,
    party: r.party,
    official: r.official,
    caveat: r.caveat,
    notAClaim: r.not_a_claim,
    contentVerdict: r.content_verdict,
    attributionVerdict: r.attribution_verdict,
    sentence: r.sentence,
    createdAt: new Date(r.created_at),
    articleTitle: r.title,
    articleOutlet: r.outlet,
    articlePublishedAt: r.published_at === null ? null : new Date(r.published_at),
    articleStand: r.stand,
    submittedBy: r.submitted_by ?? null,
    rank: r.search_rank ?? null,
  };
}

/** Keyset position after `last` in the filter's sort order. */
function cursorAfter(f: QueueFilters, last: QueueItem): QueueCursor {
  return f.sort === "article"
    ? { sort: "article", articleId: last.articleId, start: last.start, id: last.id }
    : last.rank !== null
      ? { sort: "newest", rank: last.rank, createdAt: last.createdAt, id: last.id }
      : { sort: "newest", createdAt: last.createdAt, id: last.id };
}

/** Keyset position just before `first`: the page before this one. */
function cursorBefore(f: QueueFilters, first: QueueItem): QueueCursor {
  return { ...cursorAfter(f, first), before: true };
}

/** The view cache's key of a queue page (lib/db/view-cache.ts), shared by the queue page and the API. */
export function queuePageCacheKey(f: QueueFilters): string {
  return `page:${JSON.stringify(f)}`;
}

export async function listQueue(prisma: PrismaClient, f: QueueFilters): Promise<QueuePage> {
  // A search's page and counts are served again while nothing they read has changed (lib/db/view-cache.ts).
  if (countLimitFor(f) !== null) return cachedSearch(prisma, queuePageCacheKey(f), () => readQueuePage(prisma, f));
  return readQueuePage(prisma, f);
}

/** The page with its counts, read now (listQueue: a search through the search cache). */
export async function readQueuePage(prisma: PrismaClient, f: QueueFilters): Promise<QueuePage> {
  // Unfiltered (any page, any sort) the plan is the sort key's index whatever the cursor: prepared.
  // Filtered, a rare value may need another index than a common one, so it is planned per run.
  const [rows, counts] = await Promise.all([
    queryRows<QueuePageRow>(prisma, pageQuery(f), { prepared: !hasActiveFilters(f) }),
    countQueue(prisma, f),
  ]);
  return queuePageOf(f, rows, counts);
}

/** The page from pageQuery's rows (one more than the page size when more follow) and the counts. */
export function queuePageOf(f: QueueFilters, rows: QueuePageRow[], counts: StatusCounts): QueuePage {
  const backward = f.cursor?.before === true;
  const items = rows.slice(0, f.limit).map(toItem);
  // One row more than the page size means more rows lie beyond it in the direction read.
  const more = rows.length > f.limit;
  if (backward) items.reverse();
  const first = items[0];
  const last = items[items.length - 1];
  // Backwards, the page we came from follows; forwards, a cursor means a page lies before.
  const nextCursor = last && (backward || more) ? cursorAfter(f, last) : null;
  const prevCursor = first && (backward ? more : f.cursor !== undefined) ? cursorBefore(f, first) : null;
  return { items, nextCursor, prevCursor, counts, countLimit: countLimitFor(f) };
}

/**
 * Every claim matching the filters (ignoring its cursor and page size), in the filter's
 * order, fetched in keyset batches so a large export never runs an OFFSET scan. Each item
 * carries its sources (one more query per batch).
 */
export async function* iterateQueue(prisma: PrismaClient, filters: QueueFilters, batch = 500): AsyncGenerator<QueueItem> {
  let f: QueueFilters = { ...filters, cursor: undefined, limit: batch };
  for (;;) {
    const rows = await prisma.$queryRaw<QueuePageRow[]>(pageQuery(f, { fullSentence: true, submitter: false }));
    const items = rows.slice(0, batch).map(toItem);
    const sources = await loadClaimSources(
      prisma,
      items.map((item) => item.id),
    );
    for (const item of items) item.sources = sourcesForDisplay(sources.get(item.id) ?? [], item);
    yield* items;
    if (rows.length <= batch) return;
    f = { ...f, cursor: cursorAfter(f, items[items.length - 1]) };
  }
}

const OUTLET_CACHE_MS = 30_000;
const outletCache = new WeakMap<PrismaClient, { at: number; outlets: Promise<string[]> }>();

/**
 * Outlets for the filter's select box (distinct, sorted). Kept for 30 s per process:
 * the list only offers choices (a new outlet can be filtered by URL at once), and the
 * DISTINCT over all articles would otherwise run on every page view.
 */
export function listOutlets(prisma: PrismaClient): Promise<string[]> {
  const cached = outletCache.get(prisma);
  if (cached && Date.now() - cached.at < OUTLET_CACHE_MS) return cached.outlets;
  const outlets = prisma.$queryRaw<{ outlet: string }[]>`SELECT DISTINCT outlet FROM articles ORDER BY outlet LIMIT 500`.then(
    (rows) => rows.map((r) => r.outlet),
  );
  outletCache.set(prisma, { at: Date.now(), outlets });
  outlets.catch(() => outletCache.delete(prisma));
  return outlets;
}

/** Title of the article in the article filter, for the filter chip. */
export async function articleTitle(prisma: PrismaClient, id: string): Promise<string | null> {
  const article = await prisma.article.findUnique({ where: { id }, select: { title: true } });
  return article?.title ?? null;
}
