import type { Metadata } from "next";
import { WorkbenchShell } from "@/components/WorkbenchShell";
import { ArticleFilterForm } from "@/components/article/ArticleFilterForm";
import { articleRowsHtml } from "@/components/article/article-list-html";
import { articleFilterQuery, hasArticleFilters, parseArticleFilters } from "@/lib/articles/list-filters";
import { listOutlets } from "@/lib/claims/queue";
import { pageSession, requireLoadedPagePermission } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db/prisma";
import { boundedMemo } from "@/lib/bounded-memo";
import { loadArticleListAs } from "@/lib/articles/list-view";
import type { ArticleListItem } from "@/lib/articles/queries";

export const metadata: Metadata = { title: "Artikel" };
export const dynamic = "force-dynamic";

/* eslint-disable @next/next/no-html-link-for-pages -- plain links on purpose: next/link is a client
   component to render and hydrate on every view and prefetches its target whenever visible. */
const CAPTION_STYLE = { textAlign: "left", padding: "0.5rem 0" } as const;
const PAGES_STYLE = { display: "flex", justifyContent: "space-between", marginTop: "1rem" } as const;

/**
 * The rows' markup per page of items: the view cache hands every view of a list page the same
 * shared entry (sharedRead), so its rows are built once, not per request.
 */
const rowsHtmlOf = boundedMemo((items: ArticleListItem[]) => ({ __html: articleRowsHtml(items) }));

export default async function ArticlesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const session = await pageSession();
  const prisma = getPrisma();
  const params = await searchParams;
  const { filters, notes } = parseArticleFilters(params);
  const cursor = typeof params.cursor === "string" ? params.cursor : undefined;
  const [loaded, outlets] = await Promise.all([loadArticleListAs(prisma, session, cursor, filters), listOutlets(prisma)]);
  const user = requireLoadedPagePermission(loaded.user, "article:read");
  const page = loaded.page!;
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
          <a href="/articles">Alle Filter zurücksetzen</a>
        </div>
      ) : page.total === 0 ? (
        <div className="panel empty">
          <p>Noch keine Artikel erfasst.</p>
          <a href="/articles/new">Ersten Artikel erfassen</a>
        </div>
      ) : (
        <>
          <table className="list" data-testid="article-list">
            <caption className="muted" style={CAPTION_STYLE}>
              {`${total} Artikel${filtered ? " für diese Filter" : ""}, zuletzt erfasste zuerst`}
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
            {/* The rows as one escaped HTML string (article-list-html.ts): static markup, rendered on every view. */}
            <tbody dangerouslySetInnerHTML={rowsHtmlOf(page.items)} />
          </table>
          <nav aria-label="Seiten" style={PAGES_STYLE}>
            {cursor ? <a href={query ? `/articles?${query}` : "/articles"}>Zu den neuesten Artikeln</a> : <span />}
            {page.nextCursor ? (
              <a href={`/articles?${query ? `${query}&` : ""}cursor=${page.nextCursor}`} rel="next" data-testid="articles-next">
                Ältere Artikel
              </a>
            ) : null}
          </nav>
        </>
      )}
    </WorkbenchShell>
  );
}
