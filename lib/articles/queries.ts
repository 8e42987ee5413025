import { parseSearch, searchTsQuery } from "@/lib/claims/search-query";
import { queryRows } from "@/lib/db/prisma";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { ArticleFilters } from "./list-filters";

export interface ArticleListItem {
  id: string;
  title: string;
  outlet: string;
  publishedAt: Date | null;
  stand: string | null;
  createdAt: Date;
  claimCount: number;
}

export interface ArticlePage {
  items: ArticleListItem[];
  total: number;
  /** Under search, date or open-claims filters the total stops at this bound: above it means "mehr als totalLimit"; null: exact. */
  totalLimit: number | null;
  /** Opaque cursor of the next page, or null on the last page. */
  nextCursor: string | null;
}

/**
 * Rows per page, as in the review queue. Each row costs ~0.1 ms of server CPU to render (React tree
 * and its RSC payload): at 50 rows the list cost a third more than the trivial /login page.
 */
export const ARTICLES_PAGE_SIZE = 25;

/** Cursor = position (createdAt, id) of the last row shown; keyset paging needs no OFFSET scan. */
export function encodeArticleCursor(item: { createdAt: Date; id: string }): string {
  return Buffer.from(`${item.createdAt.toISOString()}|${item.id}`, "utf8").toString("base64url");
}

/** Returns null for anything that is not a cursor we issued (the list then starts at the top). */
export function decodeArticleCursor(raw: string | undefined): { createdAt: Date; id: string } | null {
  if (!raw || raw.length > 200) return null;
  const [iso, id] = Buffer.from(raw, "base64url").toString("utf8").split("|");
  const createdAt = new Date(iso ?? "");
  if (!id || Number.isNaN(createdAt.getTime())) return null;
  return { createdAt, id };
}

/** Under search, date or open-claims filters the total stops at this bound ("mehr als 10 000"). */
export const ARTICLES_COUNT_LIMIT = 10_000;

function articleConditions(f: ArticleFilters): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  const search = f.q ? searchTsQuery(parseSearch(f.q)) : null;
  // Same expression as the index articles_search_idx.
  if (search) where.push(Prisma.sql`to_tsvector('german', search_fold(a.title || ' ' || a.outlet)) @@ ${search}`);
  if (f.outlet) where.push(Prisma.sql`a.outlet = ${f.outlet}`);
  if (f.from) where.push(Prisma.sql`a.published_at >= (CAST(${f.from} AS date)::timestamp AT TIME ZONE 'Europe/Berlin')`);
  if (f.to) where.push(Prisma.sql`a.published_at < ((CAST(${f.to} AS date) + 1)::timestamp AT TIME ZONE 'Europe/Berlin')`);
  if (f.open) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM claims c
      WHERE c.article_id = a.id AND c.content_verdict IS NULL AND c.not_a_claim = false)`);
  }
  return where;
}

const whereOf = (conditions: Prisma.Sql[]) =>
  conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;

interface ArticleRow {
  id: string;
  title: string;
  outlet: string;
  published_at: Date | null;
  stand: string | null;
  created_at: Date;
  claim_count: number;
}

/**
 * The exact total without filters or with the outlet filter alone: read from article_outlet_counts
 * (trigger-kept, migration 20261130140000) – a few hundred rows instead of counting every article
 * (count(*) over 50 000 articles cost ~8.5 ms of PostgreSQL CPU on every view). null for other filters.
 */
function exactTotalQuery(f: ArticleFilters): Prisma.Sql | null {
  if (f.q || f.from || f.to || f.open) return null;
  return f.outlet
    ? Prisma.sql`SELECT coalesce(sum(n), 0)::int AS n FROM article_outlet_counts WHERE outlet = ${f.outlet}`
    : Prisma.sql`SELECT coalesce(sum(n), 0)::int AS n FROM article_outlet_counts`;
}

/** Matching articles counted up to ARTICLES_COUNT_LIMIT + 1 ("mehr als 10 000" above it). */
function boundedTotalQuery(conditions: Prisma.Sql[]): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM articles a ${whereOf(conditions)}
    LIMIT ${ARTICLES_COUNT_LIMIT + 1}) hits`;
}

/**
 * One page of the list (exported for the test of its plan). By outlet it reads
 * articles_outlet_created_at_id_idx in page order: through the date index alone, a rare outlet
 * meant walking every article (~5 ms at 50 000 for an outlet with no articles).
 */
export function articlePageQuery(filters: ArticleFilters, cursor?: string): Prisma.Sql {
  const after = decodeArticleCursor(cursor);
  const conditions = articleConditions(filters);
  if (after) {
    conditions.push(Prisma.sql`(a.created_at, a.id) < (CAST(${after.createdAt.toISOString()} AS timestamptz), ${after.id})`);
  }
  return Prisma.sql`
      SELECT a.id, a.title, a.outlet, a.published_at, a.stand, a.created_at,
             (SELECT count(*) FROM claims c WHERE c.article_id = a.id)::int AS claim_count
        FROM articles a ${whereOf(conditions)}
       ORDER BY a.created_at DESC, a.id DESC
       LIMIT ${ARTICLES_PAGE_SIZE + 1}`;
}

/**
 * Newest first by the time the article was entered, in pages of ARTICLES_PAGE_SIZE, filtered.
 * Unfiltered or by outlet alone the total is exact (totalLimit null); under other filters it
 * counts at most ARTICLES_COUNT_LIMIT + 1 (totalLimit).
 */
export async function listArticles(
  prisma: PrismaClient,
  cursor: string | undefined = undefined,
  filters: ArticleFilters = {},
): Promise<ArticlePage> {
  const conditions = articleConditions(filters);
  const filtered = conditions.length > 0;
  const exact = exactTotalQuery(filters);
  // On the pool directly (queryRows): the article list runs both on every view.
  const [rows, total] = await Promise.all([
    queryRows<ArticleRow>(prisma, articlePageQuery(filters, cursor), { prepared: !filtered }),
    queryRows<{ n: number }>(prisma, exact ?? boundedTotalQuery(conditions), { prepared: exact !== null }).then(
      ([row]) => row?.n ?? 0,
    ),
  ]);
  const items = rows.slice(0, ARTICLES_PAGE_SIZE).map((r) => ({
    id: r.id,
    title: r.title,
    outlet: r.outlet,
    publishedAt: r.published_at,
    stand: r.stand,
    createdAt: r.created_at,
    claimCount: r.claim_count,
  }));
  const nextCursor = rows.length > ARTICLES_PAGE_SIZE ? encodeArticleCursor(items[items.length - 1]) : null;
  return { items, total, totalLimit: exact ? null : ARTICLES_COUNT_LIMIT, nextCursor };
}

export function getArticle(prisma: PrismaClient, id: string) {
  return prisma.article.findUnique({
    where: { id },
    include: { claims: { orderBy: { start: "asc" } } },
  });
}
