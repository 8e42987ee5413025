// What the queue page reads after the session check – its page of claims, the counts per status
// and (first page) the editor's returned claims and rechecks – in as few statements as their
// planning allows (queueViewStatements): an unfiltered first page in one statement, a filtered one
// in two (instead of three), a further page in one instead of two. Each statement is a round trip
// of its own, and a round trip costs on the two cores the app shares with PostgreSQL: the profile
// of a queue view showed ~0.15 ms of socket writes per query in the app (pg's writev to the
// database), plus the protocol work on both sides.
// Same queries as listQueue and listQueueHeads, each a subquery whose rows come back as JSON
// (dates as strings; the mappers read both). Under a search the page and its bounded counts keep
// their own path (listQueue: counts known to exceed the bound are cached there).
import type { PageSession } from "@/lib/auth/session";
import { liveSessionQuery, type SessionUser } from "@/lib/auth/sessions";
import { queryRows } from "@/lib/db/prisma";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { toRecheckItem, type RecheckRow } from "@/lib/clusters/recheck";
import {
  countLimitFor,
  countsFromSummary,
  countsQuery,
  exactCountsOf,
  listQueue,
  pageKeepsPlan,
  pageQuery,
  queuePageOf,
  type QueuePage,
  type QueuePageRow,
} from "./queue";
import { hasActiveFilters, type ContentStatus, type QueueFilters } from "./queue-filters";
import { listQueueHeads, queueHeadsQuery, type QueueHeads } from "./queue-heads";
import { toReturnedList, type ReturnedRow } from "./returned";

export interface QueueView {
  page: QueuePage;
  /** The first page's heads; null on further pages (not asked for). */
  heads: QueueHeads | null;
}

/** Whose returned claims and rechecks head the page, and how many returned claims to list. */
export interface HeadsRequest {
  userId: string;
  returnedLimit: number;
}

interface Part {
  column: "page_rows" | "counts" | "heads";
  value: Prisma.Sql;
}

/** A statement of the view: its parts as JSON columns, and whether it is a prepared statement. */
export interface ViewStatement {
  parts: Part[];
  prepared: boolean;
}

interface ViewRow {
  /** The session's user, in a gated statement (viewStatementQuery). */
  live_user?: SessionUser;
  page_rows?: QueuePageRow[];
  counts?: Partial<Record<ContentStatus, number>>;
  heads?: { returned: ReturnedRow[]; rechecks: RecheckRow[] };
}

function headsPartOf(heads: HeadsRequest): Part {
  return {
    column: "heads",
    value: Prisma.sql`(SELECT row_to_json(h) FROM (${queueHeadsQuery(heads.userId, heads.returnedLimit)}) h)`,
  };
}

/**
 * The view's statements. PostgreSQL keeps a generic plan for a prepared statement only while it
 * costs no more than planning per run: a filtered page (its best plan depends on the values) is
 * not prepared and so planned per run, the heads and the trigger-kept counts keep their plans. A
 * statement holding both was planned per run as a whole (the heads' planning alone ~1 ms of
 * database CPU), so a filtered page goes with what is planned per run anyway, the heads with what
 * keeps its plan. The unfiltered page at the default page size keeps its generic plan as well
 * (pageQuery's literal LIMIT; cursor pages included), so such a first page is one statement.
 */
export function queueViewStatements(f: QueueFilters, heads: HeadsRequest | null): ViewStatement[] {
  const page: Part = {
    column: "page_rows",
    // json_agg reads the page's rows in the page query's order (ORDER BY … LIMIT below it).
    value: Prisma.sql`(SELECT coalesce(json_agg(p), '[]'::json) FROM (${pageQuery(f)}) p)`,
  };
  const counts: Part = { column: "counts", value: Prisma.sql`(SELECT row_to_json(k) FROM (${countsQuery(f)}) k)` };
  const pagePrepared = !hasActiveFilters(f);
  if (!heads) return [{ parts: [page, counts], prepared: pagePrepared }];
  const headsPart = headsPartOf(heads);
  if (!countsFromSummary(f)) {
    return [
      { parts: [page, counts], prepared: false },
      { parts: [headsPart], prepared: true },
    ];
  }
  // Unfiltered at the default page size, the page keeps its generic plan too: one statement.
  if (pagePrepared && pageKeepsPlan(f)) return [{ parts: [page, counts, headsPart], prepared: true }];
  return [
    { parts: [page], prepared: pagePrepared },
    { parts: [counts, headsPart], prepared: true },
  ];
}

/**
 * SELECT (part) AS column, … – with `gate` (liveSessionQuery), also the session's user as live_user
 * and the gate as the FROM: for a dead session the statement yields no row and computes none of its
 * parts (uncorrelated subqueries of the select list run only when a row is produced).
 */
export function viewStatementQuery(statement: ViewStatement, gate?: Prisma.Sql): Prisma.Sql {
  const columns = statement.parts.map((p) => Prisma.sql`${p.value} AS ${Prisma.raw(p.column)}`);
  if (!gate) return Prisma.sql`SELECT ${Prisma.join(columns, ", ")}`;
  return Prisma.sql`SELECT ${Prisma.join([Prisma.sql`row_to_json(g) AS live_user`, ...columns], ", ")} FROM (${gate}) g`;
}

function headsOf(row: ViewRow): QueueHeads | null {
  return row.heads ? { returned: toReturnedList(row.heads.returned), rechecks: row.heads.rechecks.map(toRecheckItem) } : null;
}

function viewOf(f: QueueFilters, row: ViewRow): QueueView {
  return { page: queuePageOf(f, row.page_rows ?? [], exactCountsOf(row.counts ?? undefined)), heads: headsOf(row) };
}

/** Each statement's one row (side by side; undefined where a gated statement found no live session). */
function viewRows(prisma: PrismaClient, statements: ViewStatement[], gate?: Prisma.Sql): Promise<(ViewRow | undefined)[]> {
  return Promise.all(
    statements.map(
      async (statement) =>
        (await queryRows<ViewRow>(prisma, viewStatementQuery(statement, gate), { prepared: statement.prepared }))[0],
    ),
  );
}

export async function loadQueueView(prisma: PrismaClient, f: QueueFilters, heads: HeadsRequest | null): Promise<QueueView> {
  if (countLimitFor(f) !== null) {
    const [page, listed] = await Promise.all([
      listQueue(prisma, f),
      heads ? listQueueHeads(prisma, heads.userId, heads.returnedLimit) : Promise.resolve(null),
    ]);
    return { page, heads: listed };
  }
  const rows = await viewRows(prisma, queueViewStatements(f, heads));
  return viewOf(f, Object.assign({}, ...rows) as ViewRow);
}

/** The session's user and its queue view; both null when the session is not live. */
export interface SessionQueueView {
  user: SessionUser | null;
  view: QueueView | null;
}

/**
 * loadQueueView for the cookie's session, checking the session in the view's own statements
 * (viewStatementQuery's gate) instead of a statement before them: the check was a round trip of
 * its own on every queue view (~0.3–0.5 ms of the app's CPU for the pool, the socket and the
 * protocol, on the two cores it shares with PostgreSQL). Every statement is gated, so nothing is
 * read for a dead session; the caller still checks the user's permission (requireLoadedPagePermission)
 * before it shows anything. `returnedLimit` (first page only): the heads are the session user's.
 * A search keeps its own page path (listQueue, search cache): its first statement is the gate
 * with the heads, the search runs only after it found the session live.
 */
export async function loadQueueViewAs(
  prisma: PrismaClient,
  f: QueueFilters,
  session: PageSession,
  returnedLimit: number | null,
): Promise<SessionQueueView> {
  const gate = liveSessionQuery(session.sessionId, session.userId);
  const heads = returnedLimit === null ? null : { userId: session.userId, returnedLimit };
  if (countLimitFor(f) !== null) {
    const statement: ViewStatement = { parts: heads ? [headsPartOf(heads)] : [], prepared: true };
    const [row] = await queryRows<ViewRow>(prisma, viewStatementQuery(statement, gate), { prepared: true });
    if (!row?.live_user) return { user: null, view: null };
    return { user: row.live_user, view: { page: await listQueue(prisma, f), heads: headsOf(row) } };
  }
  const rows = await viewRows(prisma, queueViewStatements(f, heads), gate);
  // Statements run side by side: a session ended between them counts as ended.
  if (rows.some((row) => !row?.live_user)) return { user: null, view: null };
  const row = Object.assign({}, ...rows) as ViewRow;
  return { user: row.live_user!, view: viewOf(f, row) };
}
