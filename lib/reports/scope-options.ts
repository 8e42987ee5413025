// The choices of the report builder's scope form: recent articles (and the chosen one), every
// outlet, the registry actors. Read fresh on each visit (the queue's outlet list is cached for a while; a report of
// a just-added outlet must be possible at once).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { listArticles } from "@/lib/articles/queries";

export interface ScopeOptionLists {
  articles: { id: string; title: string; outlet: string }[];
  outlets: string[];
  actors: { id: string; name: string }[];
}

const MAX_OPTIONS = 1000;

/** The recent articles, plus the chosen one when it is older (else the form would drop it). */
async function articleChoices(prisma: PrismaClient, chosen: string | undefined): Promise<ScopeOptionLists["articles"]> {
  const recent = (await listArticles(prisma)).items.map(({ id, title, outlet }) => ({ id, title, outlet }));
  if (!chosen || recent.some((article) => article.id === chosen)) return recent;
  const older = await prisma.article.findUnique({ where: { id: chosen }, select: { id: true, title: true, outlet: true } });
  return older ? [older, ...recent] : recent;
}

export async function scopeOptions(prisma: PrismaClient, chosenArticleId?: string): Promise<ScopeOptionLists> {
  const [articles, outlets, actors] = await Promise.all([
    articleChoices(prisma, chosenArticleId),
    prisma.$queryRaw<{ outlet: string }[]>`SELECT DISTINCT outlet FROM articles ORDER BY outlet LIMIT ${MAX_OPTIONS}`,
    prisma.actor.findMany({ select: { id: true, canonicalName: true }, orderBy: { canonicalName: "asc" }, take: MAX_OPTIONS }),
  ]);
  return {
    articles,
    outlets: outlets.map((row) => row.outlet),
    actors: actors.map((actor) => ({ id: actor.id, name: actor.canonicalName })),
  };
}
