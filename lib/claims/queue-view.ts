// What the queue page reads after the session check – its page of claims, the counts per status
// and (first page) the editor's returned claims and rechecks – in as few statements as their
// planning allows: the parts planned once (prepared: unfiltered page, trigger-kept counts, the
// heads) go into one statement, the parts planned per run (filtered page, counts over claims) into
// another. Each statement is a round trip of its own otherwise, and a round trip costs on the
// two cores the app shares with PostgreSQL: the profile of a queue view showed ~0.15 ms of
// socket writes per query in the app (pg's writev to the database), plus the protocol work on
// both sides – per view 4 statements with the session check, now 2 (unfiltered) or 3.
// Same queries as listQueue and listQueueHeads, each a subquery whose rows come back as JSON
// (dates as strings; the mappers read both). Under a search the page and its bounded counts keep
// their own path (listQueue: counts known to exceed the bound are cached there).
import { queryRows } from "@/lib/db/prisma";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { toRecheckItem, type RecheckRow } from "@/lib/clusters/recheck";
import {
  countLimitFor,
  countsFromSummary,
  countsQuery,
  exactCountsOf,
  listQueue,
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
  prepared: boolean;
}

interface ViewRow {
  page_rows?: QueuePageRow[];
  counts?: Partial<Record<ContentStatus, number>>;
  heads?: { returned: ReturnedRow[]; rechecks: RecheckRow[] };
}

/** The queue view's parts as JSON columns, each with whether its plan may be kept (prepared). */
export function queueViewParts(f: QueueFilters, heads: HeadsRequest | null): Part[] {
  const parts: Part[] = [
    {
      column: "page_rows",
      // json_agg reads the page's rows in the page query's order (ORDER BY … LIMIT below it).
      value: Prisma.sql`(SELECT coalesce(json_agg(p), '[]'::json) FROM (${pageQuery(f)}) p)`,
      prepared: !hasActiveFilters(f),
    },
    {
      column: "counts",
      value: Prisma.sql`(SELECT row_to_json(k) FROM (${countsQuery(f)}) k)`,
      prepared: countsFromSummary(f),
    },
  ];
  if (heads) {
    parts.push({
      column: "heads",
      value: Prisma.sql`(SELECT row_to_json(h) FROM (${queueHeadsQuery(heads.userId, heads.returnedLimit)}) h)`,
      prepared: true,
    });
  }
  return parts;
}

/** One statement per planning mode: SELECT (part) AS column, … */
export function queueViewStatements(parts: Part[]): { query: Prisma.Sql; prepared: boolean }[] {
  return [true, false]
    .map((prepared) => parts.filter((p) => p.prepared === prepared))
    .filter((group) => group.length > 0)
    .map((group) => ({
      query: Prisma.sql`SELECT ${Prisma.join(
        group.map((p) => Prisma.sql`${p.value} AS ${Prisma.raw(p.column)}`),
        ", ",
      )}`,
      prepared: group[0].prepared,
    }));
}

export async function loadQueueView(prisma: PrismaClient, f: QueueFilters, heads: HeadsRequest | null): Promise<QueueView> {
  if (countLimitFor(f) !== null) {
    const [page, listed] = await Promise.all([
      listQueue(prisma, f),
      heads ? listQueueHeads(prisma, heads.userId, heads.returnedLimit) : Promise.resolve(null),
    ]);
    return { page, heads: listed };
  }
  const rows = await Promise.all(
    queueViewStatements(queueViewParts(f, heads)).map(
      async ({ query, prepared }) => (await queryRows<ViewRow>(prisma, query, { prepared }))[0],
    ),
  );
  const row: ViewRow = Object.assign({}, ...rows);
  const page = queuePageOf(f, row.page_rows ?? [], exactCountsOf(row.counts ?? undefined));
  return {
    page,
    heads: row.heads ? { returned: toReturnedList(row.heads.returned), rechecks: row.heads.rechecks.map(toRecheckItem) } : null,
  };
}
