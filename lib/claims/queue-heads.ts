// What heads the queue's first page for its user: the claims returned to them (returned.ts) and
// the approved claims they handled that are flagged for a recheck (lib/clusters/recheck.ts), in
// one round trip. Each query is a round trip of its own otherwise, and the queue runs these on
// every first-page view: on the same two cores as the app, PostgreSQL's per-query work (bind,
// execute, send) and the app's (pool, protocol, parsing) count per request. Same queries, same
// order; their rows arrive as JSON arrays (dates as strings, which the mappers read too).
import { queryRows } from "@/lib/db/prisma";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { rechecksQuery, toRecheckItem, type RecheckItem, type RecheckRow } from "@/lib/clusters/recheck";
import { RETURNED_LIMIT, returnedQuery, toReturnedList, type ReturnedClaim, type ReturnedRow } from "./returned";

export interface QueueHeads {
  returned: { claims: ReturnedClaim[]; total: number; more: boolean };
  rechecks: RecheckItem[];
}

function queueHeadsQuery(userId: string, returnedLimit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT (SELECT coalesce(json_agg(r ORDER BY r.returned_at DESC, r.id), '[]'::json)
              FROM (${returnedQuery(userId, Math.min(returnedLimit, RETURNED_LIMIT))}) r) AS returned,
           (SELECT coalesce(json_agg(x ORDER BY x.flagged_at DESC, x.claim_id), '[]'::json)
              FROM (${rechecksQuery(userId)}) x) AS rechecks`;
}

export async function listQueueHeads(prisma: PrismaClient, userId: string, returnedLimit: number): Promise<QueueHeads> {
  const [row] = await queryRows<{ returned: ReturnedRow[]; rechecks: RecheckRow[] }>(
    prisma,
    queueHeadsQuery(userId, returnedLimit),
    { prepared: true },
  );
  return { returned: toReturnedList(row.returned), rechecks: row.rechecks.map(toRecheckItem) };
}
