// Outlet caveat hygiene (issue #10): per article and per outlet, how many figures from conflict
// parties (the newsroom's setting) it printed, how many of them without any attribution in the
// sentence (the claim has no source text: the reader cannot tell who says so), and whether the
// article carries a caveat at all – the newsroom's own caveat text or one of the usual
// phrasings below. Text is compared folded (lower case, umlauts spelt out: search_fold of
// migration 20261129222000_claim_search), so "Unabhängig" and "unabhaengig" both count.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Party } from "@/lib/generated/prisma/enums";
import type { ReportReader } from "./track-record";

/** How outlets word "cannot be verified independently" (folded: lower case, ae/oe/ue/ss). */
export const CAVEAT_PHRASES = [
  "nicht unabhaengig ueberpruef",
  "nicht unabhaengig pruef",
  "nicht unabhaengig bestaetig",
  "nicht unabhaengig verifizier",
  "unabhaengig nicht ueberpruef",
  "unabhaengig nicht bestaetig",
  "von unabhaengiger stelle ueberpruef",
  "von unabhaengiger seite ueberpruef",
  "von unabhaengiger seite bestaetig",
] as const;

export interface HygieneCounts {
  /** Claims whose source belongs to a conflict party. */
  conflictClaims: number;
  /** Of those, claims without any attribution in the sentence. */
  unattributed: number;
}

export interface ArticleHygiene extends HygieneCounts {
  articleId: string;
  title: string;
  outlet: string;
  /** The article contains the caveat text or a usual caveat phrasing. */
  carriesCaveat: boolean;
}

export interface OutletHygiene extends HygieneCounts {
  outlet: string;
  articles: number;
  /** Articles with conflict-party claims. */
  articlesWithConflictClaims: number;
  /** Of those, articles that carry no caveat at all. */
  withoutCaveat: number;
}

/** The folded phrases an article must contain one of: the newsroom's caveat text and the usual ones. */
function phrases(caveatText: string): Prisma.Sql {
  const own = caveatText.trim();
  return Prisma.sql`(SELECT array_agg(search_fold(p)) FROM unnest(${[...CAVEAT_PHRASES, ...(own ? [own] : [])]}::text[]) p)`;
}

function perArticle(conflictParties: readonly Party[], caveatText: string, where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT a.id AS "articleId", a.title, a.outlet,
           count(c.id) FILTER (WHERE c.party = ANY(${conflictParties}::"Party"[]))::int AS "conflictClaims",
           count(c.id) FILTER (WHERE c.party = ANY(${conflictParties}::"Party"[]) AND btrim(c.source_text) = '')::int
             AS unattributed,
           EXISTS (SELECT 1 FROM unnest(${phrases(caveatText)}) p WHERE strpos(search_fold(a.text), p) > 0) AS "carriesCaveat"
      FROM articles a
      LEFT JOIN claims c ON c.article_id = a.id AND c.not_a_claim = false
     WHERE ${where}
     GROUP BY a.id`;
}

/** One article's hygiene, or null when it does not exist. */
export async function articleHygiene(
  db: ReportReader,
  articleId: string,
  settings: { conflictParties: readonly Party[]; caveatText: string },
): Promise<ArticleHygiene | null> {
  const [row] = await db.$queryRaw<ArticleHygiene[]>(
    perArticle(settings.conflictParties, settings.caveatText, Prisma.sql`a.id = ${articleId}`),
  );
  return row ?? null;
}

/** Per outlet, the outlets with the most conflict-party claims without attribution first. */
export async function outletHygiene(
  db: ReportReader,
  settings: { conflictParties: readonly Party[]; caveatText: string },
): Promise<OutletHygiene[]> {
  return db.$queryRaw<OutletHygiene[]>`
    SELECT outlet, count(*)::int AS articles,
           count(*) FILTER (WHERE "conflictClaims" > 0)::int AS "articlesWithConflictClaims",
           count(*) FILTER (WHERE "conflictClaims" > 0 AND NOT "carriesCaveat")::int AS "withoutCaveat",
           sum("conflictClaims")::int AS "conflictClaims", sum(unattributed)::int AS unattributed
      FROM (${perArticle(settings.conflictParties, settings.caveatText, Prisma.sql`true`)}) per_article
     GROUP BY outlet
     ORDER BY unattributed DESC, "withoutCaveat" DESC, "conflictClaims" DESC, outlet ASC`;
}
