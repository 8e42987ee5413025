import type { Metadata } from "next";
import Link from "next/link";
import { WorkbenchShell } from "@/components/WorkbenchShell";
import { listArticles } from "@/lib/articles/queries";
import { requirePagePermission } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db/prisma";
import { formatArticleDate } from "@/lib/format";

export const metadata: Metadata = { title: "Artikel" };
export const dynamic = "force-dynamic";

export default async function ArticlesPage() {
  const user = await requirePagePermission("article:read");
  const articles = await listArticles(getPrisma());
  return (
    <WorkbenchShell user={user}>
      <h1>Artikel</h1>
      {articles.length === 0 ? (
        <p className="panel empty">Noch keine Artikel erfasst.</p>
      ) : (
        <table className="list" data-testid="article-list">
          <caption className="muted" style={{ textAlign: "left", padding: "0.5rem 0" }}>
            {articles.length} Artikel
          </caption>
          <thead>
            <tr>
              <th scope="col">Titel</th>
              <th scope="col">Medium</th>
              <th scope="col">Datum</th>
              <th scope="col" className="num">
                Behauptungen
              </th>
            </tr>
          </thead>
          <tbody>
            {articles.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`/articles/${a.id}`}>{a.title}</Link>
                </td>
                <td>{a.outlet}</td>
                <td>{formatArticleDate(a.publishedAt, a.stand)}</td>
                <td className="num">{a.claimCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </WorkbenchShell>
  );
}
