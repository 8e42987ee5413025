import type { PrismaClient } from "@/lib/generated/prisma/client";

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
  /** Opaque cursor of the next page, or null on the last page. */
  nextCursor: string | null;
}

export const ARTICLES_PAGE_SIZE = 50;

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

/** Newest first by the time the article was entered, in pages of ARTICLES_PAGE_SIZE. */
export async function listArticles(prisma: PrismaClient, cursor: string | undefined = undefined): Promise<ArticlePage> {
  const after = decodeArticleCursor(cursor);
  const [rows, total] = await Promise.all([
    prisma.article.findMany({
      where: after
        ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
        : undefined,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: ARTICLES_PAGE_SIZE + 1,
      select: {
        id: true,
        title: true,
        outlet: true,
        publishedAt: true,
        stand: true,
        createdAt: true,
        _count: { select: { claims: true } },
      },
    }),
    prisma.article.count(),
  ]);
  const items = rows.slice(0, ARTICLES_PAGE_SIZE).map(({ _count, ...rest }) => ({ ...rest, claimCount: _count.claims }));
  const nextCursor = rows.length > ARTICLES_PAGE_SIZE ? encodeArticleCursor(items[items.length - 1]) : null;
  return { items, total, nextCursor };
}

export function getArticle(prisma: PrismaClient, id: string) {
  return prisma.article.findUnique({
    where: { id },
    include: { claims: { orderBy: { start: "asc" } } },
  });
}
