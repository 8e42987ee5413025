// What /articles reads for the cookie's session: the session check with the view cache's freshness
// key in one statement, then the page of articles with its total – from the view cache
// (lib/db/view-cache.ts) while nothing it reads has changed (articles, and the claims it counts and
// filters by: both note their writes in search_changes), else read and kept. A repeated view is the
// one statement; for a dead session nothing else is read. The page gets the cache's shared,
// deep-frozen entry (sharedRead), no copy: it only reads it.
import type { PageSession } from "@/lib/auth/session";
import { liveSessionUserAndFreshness, type SessionUser } from "@/lib/auth/sessions";
import { sharedRead } from "@/lib/db/view-cache";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ArticleFilters } from "./list-filters";
import { listArticles, type ArticlePage } from "./queries";

export interface SessionArticleList {
  user: SessionUser | null;
  page: ArticlePage | null;
}

export async function loadArticleListAs(
  prisma: PrismaClient,
  session: PageSession,
  cursor: string | undefined,
  filters: ArticleFilters,
): Promise<SessionArticleList> {
  const { user, lastChange } = await liveSessionUserAndFreshness(prisma, session.sessionId, session.userId);
  if (!user) return { user: null, page: null };
  const key = `articles:${JSON.stringify([cursor ?? null, filters])}`;
  return { user, page: await sharedRead(prisma, key, lastChange, () => listArticles(prisma, cursor, filters)) };
}
