import type { Metadata } from "next";
import Link from "next/link";
import { WorkbenchShell } from "@/components/WorkbenchShell";
import { listArticles } from "@/lib/articles/queries";
import { requirePagePermission } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db/prisma";
import { formatArticleDate, formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Artikel" };
export const dynamic = "force-dynamic";

export default async function ArticlesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePagePermission("article:read");
  const { cursor } = await searchParams;
  const page = await listArticles(getPrisma(), typeof cursor === "string" ? cursor : undefined);
  return (
    <WorkbenchShell user={user}>
      <h1>Artikel</h1>
      {page.total === 0 ? (
        <div className="panel empty">
          <p>Noch keine Artikel erfasst.</p>
          <Link href="/articles/new">Ersten Artikel erfassen</Link>
        </div>
      ) : (
        <>
          <table className="list" data-testid="article-list">
            <caption className="muted" style={{ textAlign: "left", padding: "0.5rem 0" }}>
              {page.total} Artikel, zuletzt erfasste zuerst
            </caption>
            <thead>
              <tr>
                <th scope="col">Titel</th>
                <th scope="col">Medium</th>
                <th scope="col">Datum</th>
                <th scope="col">Erfasst</th>
                <th scope="col" className="num">
                  Behauptungen
                </th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link href={`/articles/${a.id}`}>{a.title}</Link>
                  </td>
                  <td>{a.outlet}</td>
                  <td>{formatArticleDate(a.publishedAt, a.stand)}</td>
                  <td>{formatDateTime(a.createdAt)}</td>
                  <td className="num">{a.claimCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav aria-label="Seiten" style={{ display: "flex", justifyContent: "space-between", marginTop: "1rem" }}>
            {cursor ? <Link href="/articles">Zu den neuesten Artikeln</Link> : <span />}
            {page.nextCursor ? (
              <Link href={`/articles?cursor=${page.nextCursor}`} rel="next" data-testid="articles-next">
                Ältere Artikel
              </Link>
            ) : null}
          </nav>
        </>
      )}
    </WorkbenchShell>
  );
}
