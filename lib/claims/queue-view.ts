// What the queue page reads: the session check with the view cache's freshness key in one
// statement, then – unless the cache holds them (lib/db/view-cache.ts) – its page of claims with the
// counts per status in one statement (queueViewStatement; listQueue sends two) and, on the first
// page, the editor's returned claims and rechecks (listQueueHeads) beside it. Each statement is a
// round trip of its own, and a round trip costs on the two cores the app shares with PostgreSQL:
// the profile of a queue view showed ~0.15 ms of socket writes per query in the app (pg's writev
// to the database), plus the protocol work on both sides. The parts are listQueue's queries, each
// a subquery whose rows come back as JSON (dates as strings; the mappers read both). Under a
// search the page and its bounded counts keep their own path (readQueuePage).
import type { PageSession } from "@/lib/auth/session";
import { liveSessionUserAndFreshness, type SessionUser } from "@/lib/auth/sessions";
import { queryRows } from "@/lib/db/prisma";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import {
  countLimitFor,
  countsQuery,
  exactCountsOf,
  pageQuery,
  queuePageCacheKey,
  queuePageOf,
  readQueuePage,
  type QueuePage,
  type QueuePageRow,
} from "./queue";
import { hasActiveFilters, type ContentStatus, type QueueFilters } from "./queue-filters";
import { listQueueHeads, type QueueHeads } from "./queue-heads";
import { sharedRead } from "@/lib/db/view-cache";

export interface QueueView {
  page: QueuePage;
  /** The first page's heads; null on further pages (not asked for). */
  heads: QueueHeads | null;
}

interface Part {
  column: "page_rows" | "counts";
  value: Prisma.Sql;
}

/** A statement of the view: its parts as JSON columns, and whether it is a prepared statement. */
export interface ViewStatement {
  parts: Part[];
  prepared: boolean;
}

interface ViewRow {
  page_rows?: QueuePageRow[];
  counts?: Partial<Record<ContentStatus, number>>;
}

/**
 * The page's statement: page and counts together. PostgreSQL keeps a generic plan for a prepared
 * statement only while it costs no more than planning per run: a filtered page (its best plan
 * depends on the values) is not prepared and so planned per run; unfiltered, the page keeps its
 * generic plan (pageQuery's literal LIMIT at the default page size; cursor pages included) and the
 * trigger-kept counts theirs.
 */
export function queueViewStatement(f: QueueFilters): ViewStatement {
  const page: Part = {
    column: "page_rows",
    // json_agg reads the page's rows in the page query's order (ORDER BY … LIMIT below it).
    value: Prisma.sql`(SELECT coalesce(json_agg(p), '[]'::json) FROM (${pageQuery(f)}) p)`,
  };
  const counts: Part = { column: "counts", value: Prisma.sql`(SELECT row_to_json(k) FROM (${countsQuery(f)}) k)` };
  return { parts: [page, counts], prepared: !hasActiveFilters(f) };
}

/** SELECT (part) AS column, … */
export function viewStatementQuery(statement: ViewStatement): Prisma.Sql {
  const columns = statement.parts.map((p) => Prisma.sql`${p.value} AS ${Prisma.raw(p.column)}`);
  return Prisma.sql`SELECT ${Prisma.join(columns, ", ")}`;
}

/** The page with its counts, read now: a search through its own path, else the view's statement. */
export async function loadQueuePage(prisma: PrismaClient, f: QueueFilters): Promise<QueuePage> {
  if (countLimitFor(f) !== null) return readQueuePage(prisma, f);
  const statement = queueViewStatement(f);
  const [row] = await queryRows<ViewRow>(prisma, viewStatementQuery(statement), { prepared: statement.prepared });
  return queuePageOf(f, row.page_rows ?? [], exactCountsOf(row.counts ?? undefined));
}

/** The session's user and its queue view; both null when the session is not live. */
export interface SessionQueueView {
  user: SessionUser | null;
  view: QueueView | null;
}

/**
 * The queue view for the cookie's session. Its first statement checks the session (a statement of
 * the page's own: no round trip just for the check) and reads the freshness key of the view cache
 * (lib/db/view-cache.ts); nothing else is read for a dead session. The page with its counts and the
 * session user's heads are then served from the cache while nothing they read has changed – a
 * repeated view is that one statement – or read (loadQueuePage and listQueueHeads, side by side) and
 * kept. Pages are shared by all readers (the same rows for every role that may read the queue),
 * heads are the session user's. Both are the cache's shared, deep-frozen entries (sharedRead), not
 * copies: the page only reads them. The caller still checks the user's permission
 * (requireLoadedPagePermission) before it shows anything. `returnedLimit`: first page only.
 */
export async function loadQueueViewAs(
  prisma: PrismaClient,
  f: QueueFilters,
  session: PageSession,
  returnedLimit: number | null,
): Promise<SessionQueueView> {
  const { user, lastChange } = await liveSessionUserAndFreshness(prisma, session.sessionId, session.userId);
  if (!user) return { user: null, view: null };
  const [page, heads] = await Promise.all([
    sharedRead(prisma, queuePageCacheKey(f), lastChange, () => loadQueuePage(prisma, f)),
    returnedLimit === null
      ? null
      : sharedRead(prisma, `heads:${session.userId}:${returnedLimit}`, lastChange, () =>
          listQueueHeads(prisma, session.userId, returnedLimit),
        ),
  ]);
  return { user, view: { page, heads } };
}
