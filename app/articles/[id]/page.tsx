import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { WorkbenchShell } from "@/components/WorkbenchShell";
import { getArticle } from "@/lib/articles/queries";
import { requirePagePermission } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db/prisma";
import { formatArticleDate } from "@/lib/format";

export const metadata: Metadata = { title: "Artikel" };
export const dynamic = "force-dynamic";

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("article:read");
  const { id } = await params;
  const article = await getArticle(getPrisma(), id);
  if (!article) notFound();
  const paragraphs = article.text.split(/\n\s*\n/);
  return (
    <WorkbenchShell user={user}>
      <p>
        <Link href="/articles">← Alle Artikel</Link>
      </p>
      <h1>{article.title}</h1>
      <div className="article-meta muted">
        <span>{article.outlet}</span>
        <span>{formatArticleDate(article.publishedAt, article.stand)}</span>
        <span>{article.claims.length} Behauptungen erkannt</span>
        {article.url && (
          <a href={article.url} rel="noopener noreferrer" target="_blank">
            Original
          </a>
        )}
      </div>
      <article className="panel article-text" data-testid="article-text">
        {paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </article>
    </WorkbenchShell>
  );
}
