import type { Metadata } from "next";
import { QueueFilterForm, type FilterFormValues } from "@/components/queue/QueueFilterForm";
import { QueueKeyboard } from "@/components/queue/QueueKeyboard";
import { ReturnedClaims } from "@/components/queue/ReturnedClaims";
import { QueueTable } from "@/components/queue/QueueTable";
import { queueRowsJson } from "@/components/queue/queue-rows";
import { StatusCounts } from "@/components/queue/StatusCounts";
import styles from "@/components/queue/queue.module.css";
import { WorkbenchShell } from "@/components/WorkbenchShell";
import { RecheckClaims } from "@/components/queue/RecheckClaims";
import { pageSession, requireLoadedPagePermission } from "@/lib/auth/session";
import { articleTitle, listOutlets } from "@/lib/claims/queue";
import { loadQueueViewAs } from "@/lib/claims/queue-view";
import { RETURNED_LIMIT, RETURNED_PREVIEW } from "@/lib/claims/returned";
import {
  DEFAULT_PAGE_SIZE,
  hasActiveFilters,
  parseQueueFilters,
  queueQuery,
  type QueueFilters,
} from "@/lib/claims/queue-filters";
import { getPrisma } from "@/lib/db/prisma";
import { boundedMemo } from "@/lib/bounded-memo";

export const metadata: Metadata = { title: "Prüf-Warteschlange" };
export const dynamic = "force-dynamic";

function formValues(f: QueueFilters): FilterFormValues {
  return {
    q: f.q ?? "",
    status: f.status ?? "",
    attribution: f.attribution ?? "",
    party: f.party ?? "",
    caveat: f.caveat === undefined ? "" : f.caveat ? "yes" : "no",
    actor: f.actor ?? "",
    outlet: f.outlet ?? "",
    event: f.event ?? "",
    thing: f.thing ?? "",
    article: f.article ?? "",
    from: f.from ?? "",
    to: f.to ?? "",
    notaclaim: f.notAClaim === "hide" ? "" : f.notAClaim,
    sort: f.sort === "newest" ? "" : f.sort,
    limit: f.limit === DEFAULT_PAGE_SIZE ? "" : String(f.limit),
  };
}

/**
 * The rows' JSON for QueueTable per page of items: the view cache hands every view of a page the
 * same shared entry (sharedRead), so its rows are packed and serialised once, not per request.
 */
const rowsJsonOf = boundedMemo(queueRowsJson);

const claimsHref = (query: string) => (query ? `/claims?${query}` : "/claims");

/** `?zurueckgegeben=alle` expands the returned claims above the queue (not a filter: the queue stays as it is). */
const SHOW_ALL_RETURNED = { param: "zurueckgegeben", value: "alle" } as const;

function returnedToggleHref(query: string, expanded: boolean): string {
  if (expanded) return `${claimsHref(query)}#returned-heading`;
  return `/claims?${query ? `${query}&` : ""}${SHOW_ALL_RETURNED.param}=${SHOW_ALL_RETURNED.value}#returned-heading`;
}

export default async function ClaimsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const session = await pageSession();
  const params = await searchParams;
  const { filters, notes } = parseQueueFilters(params);
  const allReturned = params[SHOW_ALL_RETURNED.param] === SHOW_ALL_RETURNED.value;
  const prisma = getPrisma();
  // The session is checked in the view's own statements (no round trip of its own); nothing read
  // is used before the permission check below. The editor's returned claims and claims to recheck
  // head the first page; further pages stay light.
  const loaded = await loadQueueViewAs(
    prisma,
    filters,
    session,
    filters.cursor ? null : allReturned ? RETURNED_LIMIT : RETURNED_PREVIEW,
  );
  const user = requireLoadedPagePermission(loaded.user, "claim:read");
  const { page, heads } = loaded.view!;
  const [outlets, title] = await Promise.all([
    listOutlets(prisma),
    filters.article ? articleTitle(prisma, filters.article) : Promise.resolve(null),
  ]);
  const returned = heads?.returned ?? null;
  const rechecks = heads?.rechecks ?? [];
  const query = queueQuery(filters);

  return (
    <WorkbenchShell user={user}>
      <div className={styles.header}>
        <h1>Prüf-Warteschlange</h1>
        <QueueKeyboard key={`${query}|${filters.cursor ? "c" : ""}`} />
      </div>
      {returned && (
        <ReturnedClaims
          claims={returned.claims}
          total={returned.total}
          expanded={allReturned}
          toggleHref={returnedToggleHref(query, allReturned)}
        />
      )}
      <RecheckClaims items={rechecks} />
      <QueueFilterForm
        key={query}
        values={formValues(filters)}
        outlets={outlets}
        articleLabel={title}
        articleResetHref={claimsHref(queueQuery(filters, { article: undefined }))}
      />
      {notes.length > 0 && (
        <div className={styles.notes} role="status" data-testid="filter-notes">
          <ul>
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      <StatusCounts counts={page.counts} countLimit={page.countLimit} filters={filters} />
      <p>
        <a href={query ? `/claims/export?${query}` : "/claims/export"} download data-testid="csv-export">
          Als CSV exportieren (beide Urteile nebeneinander)
        </a>
      </p>
      {page.items.length === 0 ? (
        <div className="panel empty" data-testid="queue-empty">
          <p>{filters.cursor ? "Keine weiteren Behauptungen für diese Filter." : "Keine Behauptungen für diese Filter."}</p>
          <p>
            {hasActiveFilters(filters) ? <a href="/claims">Alle Filter zurücksetzen</a> : null}
            {filters.cursor ? (
              <>
                {hasActiveFilters(filters) ? " · " : null}
                <a href={claimsHref(query)}>Zur ersten Seite</a>
              </>
            ) : null}
          </p>
        </div>
      ) : (
        <>
          <QueueTable
            rowsJson={rowsJsonOf(page.items)}
            caption={`${page.items.length} Behauptungen auf dieser Seite${page.prevCursor ? " (Folgeseite)" : ""} – Tasten j/k wählen aus, ? zeigt alle Tastenkürzel`}
          />
          <nav aria-label="Seiten" className={styles.pager}>
            {page.prevCursor ? (
              <span className={styles.pagerLinks}>
                <a href={claimsHref(queueQuery(filters, { cursor: page.prevCursor }))} rel="prev" data-testid="prev-page">
                  Vorherige Seite
                </a>
                <a href={claimsHref(query)}>Zur ersten Seite</a>
              </span>
            ) : (
              <span />
            )}
            {page.nextCursor ? (
              <a href={claimsHref(queueQuery(filters, { cursor: page.nextCursor }))} rel="next" data-testid="next-page">
                Nächste Seite
              </a>
            ) : (
              <span className="muted">Ende der Liste</span>
            )}
          </nav>
        </>
      )}
    </WorkbenchShell>
  );
}
