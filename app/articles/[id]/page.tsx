import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleWorkbench } from "@/components/article/ArticleWorkbench";
import { WorkbenchShell } from "@/components/WorkbenchShell";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { getArticleView, listActorOptions } from "@/lib/claims/article-view";
import { formatLocalTimestamp } from "@/lib/claims/segments";
import { newsroomConfig } from "@/lib/config/newsroom";
import { getPrisma } from "@/lib/db/prisma";
import { findLiveblogEntries, parseStand } from "@/lib/extraction";
import { formatArticleDate } from "@/lib/format";
import type { ContentVerdictValue } from "@/lib/reviews/content-verdict-schema";

export const metadata: Metadata = { title: "Artikel" };
export const dynamic = "force-dynamic";

const VERDICT_PARAM: Record<string, ContentVerdictValue> = {
  verified: "VERIFIED",
  disputed: "DISPUTED",
  unverifiable: "UNVERIFIABLE",
};

export default async function ArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePagePermission("article:read");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const prisma = getPrisma();
  const [article, actors] = await Promise.all([getArticleView(prisma, id), listActorOptions(prisma)]);
  if (!article) notFound();
  const config = newsroomConfig();
  const entries = findLiveblogEntries(article.text);
  const stand = parseStand(article.text);
  const claimParam = typeof query.claim === "string" ? query.claim : null;
  const verdictParam = typeof query.verdict === "string" ? (VERDICT_PARAM[query.verdict] ?? null) : null;
  const active = article.claims.filter((c) => !c.notAClaim);
  const open = active.filter((c) => c.contentVerdict === null).length;

  return (
    <WorkbenchShell user={user}>
      <p>
        <Link href="/articles">← Alle Artikel</Link>
      </p>
      <h1>{article.title}</h1>
      <div className="article-meta muted">
        <span>{article.outlet}</span>
        <span>{formatArticleDate(article.publishedAt ? new Date(article.publishedAt) : null, article.stand)}</span>
        {stand && !article.stand && <span>Stand: {formatLocalTimestamp(stand)}</span>}
        <span>
          {active.length} Behauptungen, davon {open} offen
        </span>
        {article.url && (
          <a href={article.url} rel="noopener noreferrer" target="_blank">
            Original
          </a>
        )}
      </div>
      <ArticleWorkbench
        article={article}
        entries={entries}
        actors={actors}
        caveatText={config.caveatText}
        conflictParties={config.conflictParties}
        canReview={can(user.role, "claim:review")}
        canCorrect={can(user.role, "claim:correct")}
        initialClaimId={claimParam}
        initialVerdict={claimParam ? verdictParam : null}
      />
    </WorkbenchShell>
  );
}
