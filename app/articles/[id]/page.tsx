import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleStatusProvider, ClaimCounts } from "@/components/article/ArticleStatus";
import { ArticleWorkbench } from "@/components/article/ArticleWorkbench";
import { ReattributeButton } from "@/components/article/ReattributeButton";
import { ArticleHygieneNote } from "@/components/sources/ArticleHygieneNote";
import { WorkbenchShell } from "@/components/WorkbenchShell";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { getArticleView, listActorOptions } from "@/lib/claims/article-view";
import { getClaimPanel } from "@/lib/claims/claim-panel";
import { formatLocalTimestamp } from "@/lib/claims/segments";
import { config } from "@/lib/config/env";
import { getPrisma } from "@/lib/db/prisma";
import { parseStand } from "@/lib/extraction/structure";
import { formatArticleDate } from "@/lib/format";
import type { ContentVerdictValue } from "@/lib/reviews/content-verdict-schema";
import { loadNewsroomSettings } from "@/lib/settings/newsroom";
import { articleHygiene } from "@/lib/sources/hygiene";

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
  const claimParam = typeof query.claim === "string" ? query.claim : null;
  const verdictParam = typeof query.verdict === "string" ? (VERDICT_PARAM[query.verdict] ?? null) : null;
  // Highlights for at most as many claims as a new article may have; older ones may have more.
  const [article, actors, initialClaim, newsroom] = await Promise.all([
    getArticleView(prisma, id, config().QUELLENLAGE_MAX_CLAIMS_PER_ARTICLE),
    listActorOptions(prisma),
    claimParam && can(user.role, "claim:read") ? getClaimPanel(prisma, id, claimParam) : null,
    loadNewsroomSettings(prisma),
  ]);
  if (!article) notFound();
  const hygiene = can(user.role, "sources:read") ? await articleHygiene(prisma, id, newsroom) : null;
  const stand = parseStand(article.text);

  return (
    <WorkbenchShell user={user}>
      <ArticleStatusProvider marks={article.marks}>
        <p>
          <Link href="/articles">← Alle Artikel</Link>
        </p>
        <h1>{article.title}</h1>
        <div className="article-meta muted">
          <span>{article.outlet}</span>
          <span>{formatArticleDate(article.publishedAt ? new Date(article.publishedAt) : null, article.stand)}</span>
          {stand && !article.stand && <span>Stand: {formatLocalTimestamp(stand)}</span>}
          <ClaimCounts
            complete={article.shownCount === article.claimCount}
            active={article.activeCount}
            open={article.openCount}
          />
          {article.url && (
            <a href={article.url} rel="noopener noreferrer" target="_blank">
              Original
            </a>
          )}
          {can(user.role, "report:read") && <Link href={`/reports?article=${encodeURIComponent(article.id)}`}>Bericht</Link>}
        </div>
        {hygiene && <ArticleHygieneNote hygiene={hygiene} />}
        {can(user.role, "actor:manage") && <ReattributeButton articleId={article.id} />}
        {article.shownCount < article.claimCount && (
          <p className="alert" role="note" data-testid="marks-limited">
            Dieser Artikel hat {article.claimCount.toLocaleString("de-DE")} Behauptungen; markiert sind die ersten{" "}
            {article.shownCount.toLocaleString("de-DE")} im Text. Alle stehen in der{" "}
            <Link href={`/claims?article=${encodeURIComponent(article.id)}`}>Prüf-Warteschlange</Link>.
          </p>
        )}
        <ArticleWorkbench
          article={{ id: article.id, text: article.text, claimCount: article.claimCount }}
          actors={actors}
          caveatText={newsroom.caveatText}
          conflictParties={newsroom.conflictParties}
          canReview={can(user.role, "claim:review")}
          canCorrect={can(user.role, "claim:correct")}
          rights={{
            canSubmit: can(user.role, "claim:submit"),
            canApprove: can(user.role, "claim:approve"),
            canReturn: can(user.role, "claim:return"),
            canReopen: can(user.role, "claim:reopen"),
            canPropose: can(user.role, "cluster:propose"),
          }}
          initialClaim={initialClaim}
          initialVerdict={initialClaim ? verdictParam : null}
        />
      </ArticleStatusProvider>
    </WorkbenchShell>
  );
}
