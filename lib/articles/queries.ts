import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface ArticleListItem {
  id: string;
  title: string;
  outlet: string;
  publishedAt: Date | null;
  stand: string | null;
  claimCount: number;
}

export async function listArticles(prisma: PrismaClient): Promise<ArticleListItem[]> {
  const rows = await prisma.article.findMany({
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      title: true,
      outlet: true,
      publishedAt: true,
      stand: true,
      _count: { select: { claims: true } },
    },
  });
  return rows.map(({ _count, ...rest }) => ({ ...rest, claimCount: _count.claims }));
}

export function getArticle(prisma: PrismaClient, id: string) {
  return prisma.article.findUnique({
    where: { id },
    include: { claims: { orderBy: { start: "asc" } } },
  });
}
