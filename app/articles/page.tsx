import type { Metadata } from "next";
import Link from "next/link";
import { WorkbenchShell } from "@/components/WorkbenchShell";
import { ArticleFilterForm } from "@/components/article/ArticleFilterForm";
import { articleFilterQuery, hasArticleFilters, parseArticleFilters } from "@/lib/articles/list-filters";
import { listArticles } from "@/lib/articles/queries";
import { listOutlets } from "@/lib/claims/queue";
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
  const params = await searchParams;
  const { filters, notes } = parseArticleFilters(params);
  const cursor = typeof params.cursor === "string" ? params.cursor : undefined;
  const prisma = getPrisma();
  const [page, outlets] = await Promise.all([listArticles(prisma, cursor, filters), listOutlets(prisma)]);
  const query = articleFilterQuery(filters);
  const filtered = hasArticleFilters(filters);
  const total =
    page.totalLimit !== null && page.total > page.totalLimit
      ? `Mehr als ${page.totalLimit.toLocaleString("de-DE")}`
      : page.total.toLocaleString("de-DE");
  return (
    <WorkbenchShell user={user}>
      <h1>Artikel</h1>
      <ArticleFilterForm filters={filters} outlets={outlets} />
      {notes.length > 0 && (
        <ul role="status" data-testid="article-filter-notes">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {page.items.length === 0 && filtered ? (
        <div className="panel empty" data-testid="articles-empty">
          <p>Keine Artikel für diese Filter.</p>
          <Link href="/articles">Alle Filter zurücksetzen</Link>
        </div>
      ) : page.total === 0 ? (
        <div className="panel empty">
          <p>Noch keine Artikel erfasst.</p>
          <Link href="/articles/new">Ersten Artikel erfassen</Link>
        </div>
      ) : (
        <>
          <table className="list" data-testid="article-list">
            <caption className="muted" style={{ textAlign: "left", padding: "0.5rem 0" }}>
              {total} Artikel{filtered ? " für diese Filter" : ""}, zuletzt erfasste zuerst
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
                    {/* A plain link: next/link per row is a client component to render and hydrate on every row, and prefetches every visible article. */}
                    <a href={`/articles/${encodeURIComponent(a.id)}`}>{a.title}</a>
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
            {cursor ? <Link href={query ? `/articles?${query}` : "/articles"}>Zu den neuesten Artikeln</Link> : <span />}
            {page.nextCursor ? (
              <Link
                href={`/articles?${query ? `${query}&` : ""}cursor=${page.nextCursor}`}
                rel="next"
                data-testid="articles-next"
              >
                Ältere Artikel
              </Link>
            ) : null}
          </nav>
        </>
      )}
    </WorkbenchShell>
  );
}
