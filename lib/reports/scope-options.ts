// The choices of the report builder's scope form: recent articles, every outlet, the registry
// actors. Read fresh on each visit (the queue's outlet list is cached for a while; a report of
// a just-added outlet must be possible at once).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { listArticles } from "@/lib/articles/queries";

export interface ScopeOptionLists {
  articles: { id: string; title: string; outlet: string }[];
  outlets: string[];
  actors: { id: string; name: string }[];
}

const MAX_OPTIONS = 1000;

export async function scopeOptions(prisma: PrismaClient): Promise<ScopeOptionLists> {
  const [articles, outlets, actors] = await Promise.all([
    listArticles(prisma),
    prisma.$queryRaw<{ outlet: string }[]>`SELECT DISTINCT outlet FROM articles ORDER BY outlet LIMIT ${MAX_OPTIONS}`,
    prisma.actor.findMany({ select: { id: true, canonicalName: true }, orderBy: { canonicalName: "asc" }, take: MAX_OPTIONS }),
  ]);
  return {
    articles: articles.items.map(({ id, title, outlet }) => ({ id, title, outlet })),
    outlets: outlets.map((row) => row.outlet),
    actors: actors.map((actor) => ({ id: actor.id, name: actor.canonicalName })),
  };
}
