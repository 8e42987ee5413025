// Source track record (issue #10, /sources): per actor and per party, how many claims the desk
// has seen from them and how the editors judged them – verified, disputed, unverifiable, still
// open – with the most recent claims and the claims per month for a chart. Counts every claim
// that is not marked "keine Behauptung"; the verdict is the current content verdict. Registry
// actors are counted under their canonical name, others under the name as extracted; the
// newsroom's own figures (no source) are not an actor. "später widersprochen" is defined in
// contradictedClaims below.
import { configuredRules } from "@/lib/clusters/store";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ContentVerdict, Party } from "@/lib/generated/prisma/enums";
import { loadNewsroomSettings } from "@/lib/settings/newsroom";

export type ReportReader = Prisma.TransactionClient;

export const SOURCE_SORTS = ["claims", "verified", "disputed", "unverifiable", "open", "contradicted", "name", "latest"] as const;
export type SourceSort = (typeof SOURCE_SORTS)[number];
export type SortDirection = "asc" | "desc";

/** Actors shown at most; the page says when there are more. */
export const MAX_ACTORS = 300;
/** Actors in the CSV at most (one row each; an export of the whole registry and beyond). */
export const MAX_EXPORT_ACTORS = 100_000;
/** Recent claims listed per actor. */
export const RECENT_PER_ACTOR = 3;
/** Months shown in an actor's chart, ending with the newest month that has a claim. */
export const CHART_MONTHS = 12;

export interface VerdictCounts {
  claims: number;
  verified: number;
  disputed: number;
  unverifiable: number;
  open: number;
  approved: number;
}

/** The counts of the actor and party tables: the verdicts plus "später widersprochen". */
export interface TrackCounts extends VerdictCounts {
  contradicted: number;
}

export interface ActorRecord extends TrackCounts {
  name: string;
  party: Party;
  /** Newest claim's article time (published, else ingested), ISO. */
  latestAt: string | null;
}

export interface PartyRecord extends TrackCounts {
  party: Party;
}

export interface RecentClaim {
  id: string;
  articleId: string;
  articleTitle: string;
  valueText: string;
  what: string;
  verdict: ContentVerdict | null;
  at: string;
}

export interface MonthCount extends VerdictCounts {
  /** "2026-11" (Europe/Berlin). */
  month: string;
}

/** The name a claim is counted under. */
const ACTOR_NAME = Prisma.sql`COALESCE(act.canonical_name, c.actor_name)`;
/** When a claim was made public: its article's publication, else when the article was ingested. */
const CLAIM_TIME = Prisma.sql`COALESCE(a.published_at, a.created_at)`;

const COUNTS = Prisma.sql`
  count(*)::int AS claims,
  count(*) FILTER (WHERE c.content_verdict = 'VERIFIED')::int AS verified,
  count(*) FILTER (WHERE c.content_verdict = 'DISPUTED')::int AS disputed,
  count(*) FILTER (WHERE c.content_verdict = 'UNVERIFIABLE')::int AS unverifiable,
  count(*) FILTER (WHERE c.content_verdict IS NULL)::int AS open,
  count(*) FILTER (WHERE c.status = 'APPROVED')::int AS approved`;

const FROM_CLAIMS = Prisma.sql`
  FROM claims c
  JOIN articles a ON a.id = c.article_id
  LEFT JOIN actors act ON act.id = c.actor_id
 WHERE c.not_a_claim = false`;

/** What decides "später widersprochen": the cluster rules and the newsroom's conflict parties. */
export interface ContradictionRules {
  /** Relative distance beyond which two values disagree (the cluster's "Abweichung"). */
  agreement: number;
  /** How long after a claim an opposing party's figure still counts as its counter-claim (ms). */
  windowMs: number;
  conflictParties: readonly Party[];
}

/** The rules in force: QUELLENLAGE_CLUSTER_* and the conflict parties of /admin/settings. */
export async function contradictionRules(db: ReportReader): Promise<ContradictionRules> {
  const { agreement, windowMs } = configuredRules();
  const { conflictParties } = await loadNewsroomSettings(db);
  return { agreement, windowMs, conflictParties };
}

/**
 * CTEs ending in `contradicted(claim_id)`: the claims whose figure was later contradicted, set-based
 * (window functions over sorted rows, no pairing of claims and no loop per actor). A claim counts when, strictly after its own time (article published, else ingested),
 *  - its cluster received a report whose value disagrees with its own beyond the agreement
 *    tolerance (the cluster's "Abweichung"), or
 *  - an opposing conflict party gave a figure for the same event and counted thing within the
 *    cluster window (a counter-claim as in lib/clusters/counter.ts; both articles need a date).
 * A current content verdict "umstritten" counts as well; the aggregate adds that.
 */
function contradictedClaims(rules: ContradictionRules): Prisma.Sql {
  const conflict = [...rules.conflictParties];
  const agree = 1 + rules.agreement;
  return Prisma.sql`
  cluster_times AS (
    SELECT c.id, m.cluster_id, c.value, ${CLAIM_TIME} AS at
      FROM claim_cluster_members m JOIN claims c ON c.id = m.claim_id JOIN articles a ON a.id = c.article_id
     WHERE NOT c.not_a_claim
  ), later_values AS (
    -- GROUPS … 1 PRECEDING in descending time: only reports strictly later than this one
    SELECT id, value, max(value) OVER later AS later_max, min(value) OVER later AS later_min
      FROM cluster_times
    WINDOW later AS (PARTITION BY cluster_id ORDER BY at DESC GROUPS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
  ), sided AS (
    -- claims of a conflict party: their conflict parties as a bit mask (position in the settings' list)
    SELECT c.id, c.event, c.thing_lemma, c.thing_attribute AS attr, a.published_at AS at,
           (SELECT coalesce(bit_or(1 << (array_position(${conflict}::text[], p) - 1)), 0)
              FROM (SELECT s.party::text AS p FROM claim_sources s WHERE s.claim_id = c.id UNION SELECT c.party::text) x
             WHERE p = ANY(${conflict}::text[])) AS mask
      FROM claims c JOIN articles a ON a.id = c.article_id
     WHERE NOT c.not_a_claim AND c.event <> '' AND c.thing_lemma <> '' AND a.published_at IS NOT NULL
       AND (c.party::text = ANY(${conflict}::text[])
            OR EXISTS (SELECT 1 FROM claim_sources s WHERE s.claim_id = c.id AND s.party::text = ANY(${conflict}::text[])))
  ), masks AS (
    SELECT DISTINCT event, thing_lemma, mask FROM sided
  ), probes AS (
    -- Instead of pairing claims (quadratic per event), one sorted pass: every report is a row of
    -- its mask's lane (under its own attribute and under '*'); every claim asks each lane of a mask
    -- disjoint from its own – a report naming one of its sides too is no counter-claim – under '*'
    -- when it has no attribute, else under its attribute and under '' (the rule of counter.ts).
    SELECT s.event, s.thing_lemma, lane.attr, s.mask, s.at, NULL::text AS asking
      FROM sided s CROSS JOIN LATERAL (VALUES (s.attr), ('*')) lane(attr)
    UNION ALL
    SELECT s.event, s.thing_lemma, lane.attr, m.mask, s.at, s.id
      FROM sided s
      JOIN masks m ON m.event = s.event AND m.thing_lemma = s.thing_lemma AND (m.mask & s.mask) = 0
      CROSS JOIN LATERAL (SELECT '*' WHERE s.attr = '' UNION ALL SELECT s.attr WHERE s.attr <> ''
                          UNION ALL SELECT '' WHERE s.attr <> '') lane(attr)
  ), answered AS (
    -- descending time, GROUPS … 1 PRECEDING: the earliest report strictly later than the asking claim
    SELECT asking, at, min(at) FILTER (WHERE asking IS NULL) OVER later AS next_at
      FROM probes
    WINDOW later AS (PARTITION BY event, thing_lemma, attr, mask ORDER BY at DESC
                     GROUPS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
  ), countered AS (
    SELECT DISTINCT asking AS id FROM answered
     WHERE asking IS NOT NULL AND next_at <= at + ${rules.windowMs}::float8 * interval '1 millisecond'
  ), contradicted AS (
    SELECT id AS claim_id FROM later_values
     WHERE later_max > value * ${agree}::float8 OR later_min * ${agree}::float8 < value
    UNION
    SELECT id FROM countered
  )`;
}

const CONTRADICTED_COUNT = Prisma.sql`
  count(*) FILTER (WHERE c.content_verdict = 'DISPUTED' OR x.claim_id IS NOT NULL)::int AS contradicted`;

const FROM_CLAIMS_CONTRADICTED = Prisma.sql`
  FROM claims c
  JOIN articles a ON a.id = c.article_id
  LEFT JOIN actors act ON act.id = c.actor_id
  LEFT JOIN contradicted x ON x.claim_id = c.id
 WHERE c.not_a_claim = false`;

/** ORDER BY fragments per sort key: shares of all claims, ties by count and name. */
function orderBy(sort: SourceSort, direction: SortDirection): Prisma.Sql {
  const dir = Prisma.raw(direction === "asc" ? "ASC" : "DESC");
  const share = (column: string) => Prisma.raw(`${column}::float8 / claims`);
  const keys: Record<SourceSort, Prisma.Sql> = {
    claims: Prisma.sql`claims ${dir}`,
    verified: Prisma.sql`${share("verified")} ${dir}, claims DESC`,
    disputed: Prisma.sql`${share("disputed")} ${dir}, claims DESC`,
    unverifiable: Prisma.sql`${share("unverifiable")} ${dir}, claims DESC`,
    open: Prisma.sql`${share("open")} ${dir}, claims DESC`,
    contradicted: Prisma.sql`${share("contradicted")} ${dir}, claims DESC`,
    latest: Prisma.sql`latest_at ${dir} NULLS LAST`,
    name: Prisma.sql`name ${dir}`,
  };
  return Prisma.sql`${keys[sort]}, name ASC, party ASC`;
}

interface ActorRow extends TrackCounts {
  name: string;
  party: Party;
  latest_at: Date | null;
}

/** Actors by the chosen order, at most `limit`; `total` is how many there are. */
export async function actorRecords(
  db: ReportReader,
  options: { sort: SourceSort; direction: SortDirection; limit?: number; rules?: ContradictionRules },
): Promise<{ actors: ActorRecord[]; total: number }> {
  const limit = options.limit ?? MAX_ACTORS;
  const rules = options.rules ?? (await contradictionRules(db));
  const rows = await db.$queryRaw<(ActorRow & { total: number })[]>`
    WITH ${contradictedClaims(rules)}
    SELECT *, count(*) OVER ()::int AS total FROM (
      SELECT ${ACTOR_NAME} AS name, c.party::text AS party, ${COUNTS}, ${CONTRADICTED_COUNT}, max(${CLAIM_TIME}) AS latest_at
        ${FROM_CLAIMS_CONTRADICTED} AND ${ACTOR_NAME} <> ''
       GROUP BY 1, 2
    ) t
    ORDER BY ${orderBy(options.sort, options.direction)}
    LIMIT ${limit}`;
  return {
    total: rows[0]?.total ?? 0,
    actors: rows.map(({ total: _total, latest_at, ...row }) => ({ ...row, latestAt: latest_at?.toISOString() ?? null })),
  };
}

/** Every party with claims (NONE: the newsroom's own figures and unknown sources). */
export async function partyRecords(db: ReportReader, rules?: ContradictionRules): Promise<PartyRecord[]> {
  const inForce = rules ?? (await contradictionRules(db));
  return db.$queryRaw<PartyRecord[]>`
    WITH ${contradictedClaims(inForce)}
    SELECT c.party::text AS party, ${COUNTS}, ${CONTRADICTED_COUNT} ${FROM_CLAIMS_CONTRADICTED}
     GROUP BY c.party
     ORDER BY claims DESC, party ASC`;
}

/** The newest claims of each named actor (by article time, then position). */
export async function recentClaims(db: ReportReader, names: readonly string[]): Promise<Map<string, RecentClaim[]>> {
  const byName = new Map<string, RecentClaim[]>();
  if (names.length === 0) return byName;
  const rows = await db.$queryRaw<(RecentClaim & { name: string; at: Date })[]>`
    SELECT name, id, "articleId", "articleTitle", "valueText", what, verdict, at FROM (
      SELECT ${ACTOR_NAME} AS name, c.id, a.id AS "articleId", a.title AS "articleTitle", c.value_text AS "valueText",
             c.what, c.content_verdict::text AS verdict, ${CLAIM_TIME} AS at,
             row_number() OVER (PARTITION BY ${ACTOR_NAME} ORDER BY ${CLAIM_TIME} DESC, c.article_id DESC, c.start ASC) AS rank
        ${FROM_CLAIMS} AND ${ACTOR_NAME} = ANY(${names}::text[])
    ) ranked
    WHERE rank <= ${RECENT_PER_ACTOR}
    ORDER BY name, rank`;
  for (const { name, at, ...claim } of rows) {
    const list = byName.get(name) ?? [];
    list.push({ ...claim, at: at.toISOString() });
    byName.set(name, list);
  }
  return byName;
}

/** Claims per calendar month (Europe/Berlin) of each named actor, oldest first. */
export async function monthlyCounts(db: ReportReader, names: readonly string[]): Promise<Map<string, MonthCount[]>> {
  const byName = new Map<string, MonthCount[]>();
  if (names.length === 0) return byName;
  const rows = await db.$queryRaw<(MonthCount & { name: string })[]>`
    SELECT ${ACTOR_NAME} AS name, to_char(${CLAIM_TIME} AT TIME ZONE 'Europe/Berlin', 'YYYY-MM') AS month, ${COUNTS}
      ${FROM_CLAIMS} AND ${ACTOR_NAME} = ANY(${names}::text[])
     GROUP BY 1, 2
     ORDER BY 1, 2`;
  for (const { name, ...month } of rows) {
    const list = byName.get(name) ?? [];
    list.push(month);
    byName.set(name, list);
  }
  return byName;
}

/** A share of all claims in whole percent ("–" without claims). */
export function sharePercent(part: number, claims: number): string {
  return claims === 0 ? "–" : `${Math.round((part / claims) * 100)} %`;
}
