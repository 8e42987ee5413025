// Source track record (issue #10, /sources): per actor and per party, how many claims the desk
// has seen from them and how the editors judged them – verified, disputed, unverifiable, still
// open – with the most recent claims and the claims per month for a chart. Counts every claim
// that is not marked "keine Behauptung"; the verdict is the current content verdict. Registry
// actors are counted under their canonical name, others under the name as extracted; the
// newsroom's own figures (no source) are not an actor.
import { Prisma } from "@/lib/generated/prisma/client";
import type { ContentVerdict, Party } from "@/lib/generated/prisma/enums";

export type ReportReader = Prisma.TransactionClient;

export const SOURCE_SORTS = ["claims", "verified", "disputed", "unverifiable", "open", "name", "latest"] as const;
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

export interface ActorRecord extends VerdictCounts {
  name: string;
  party: Party;
  /** Newest claim's article time (published, else ingested), ISO. */
  latestAt: string | null;
}

export interface PartyRecord extends VerdictCounts {
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
    latest: Prisma.sql`latest_at ${dir} NULLS LAST`,
    name: Prisma.sql`name ${dir}`,
  };
  return Prisma.sql`${keys[sort]}, name ASC, party ASC`;
}

interface ActorRow extends VerdictCounts {
  name: string;
  party: Party;
  latest_at: Date | null;
}

/** Actors by the chosen order, at most `limit`; `total` is how many there are. */
export async function actorRecords(
  db: ReportReader,
  options: { sort: SourceSort; direction: SortDirection; limit?: number },
): Promise<{ actors: ActorRecord[]; total: number }> {
  const limit = options.limit ?? MAX_ACTORS;
  const rows = await db.$queryRaw<(ActorRow & { total: number })[]>`
    SELECT *, count(*) OVER ()::int AS total FROM (
      SELECT ${ACTOR_NAME} AS name, c.party::text AS party, ${COUNTS}, max(${CLAIM_TIME}) AS latest_at
        ${FROM_CLAIMS} AND ${ACTOR_NAME} <> ''
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
export async function partyRecords(db: ReportReader): Promise<PartyRecord[]> {
  return db.$queryRaw<PartyRecord[]>`
    SELECT c.party::text AS party, ${COUNTS} ${FROM_CLAIMS}
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
