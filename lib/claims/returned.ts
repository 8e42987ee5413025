// "Zurückgegeben": the claims an approver sent back to the editor who submitted them, for the top
// of that editor's queue. Submitter and comment come from the audit (the latest "claim.submit"
// and "claim.return" events of each claim), so no extra column has to be kept in step.
// Starts from the few RETURNED claims (index claims(status)) and probes the audit per claim
// (index audit_events(entity_type, entity_id, created_at)).
import { Prisma } from "@/lib/generated/prisma/client";

export interface ReturnedClaim {
  id: string;
  articleId: string;
  articleTitle: string;
  valueText: string;
  what: string;
  actorName: string;
  /** The approver who returned it; null if that account is unknown. */
  returnedBy: string | null;
  returnedAt: Date;
  comment: string;
}

/** Most returned claims shown at once (the expanded list); the rest follow once these are resubmitted. */
export const RETURNED_LIMIT = 50;
/**
 * Returned claims shown on the queue's first page before "Alle … anzeigen": the list is
 * rendered on every queue view, and 50 entries were about half of the page's HTML.
 */
export const RETURNED_PREVIEW = 5;

/** A row of returnedQuery; returned_at a string and total a number where the rows arrive as JSON (queue-heads.ts). */
export interface ReturnedRow {
  id: string;
  article_id: string;
  title: string;
  value_text: string;
  what: string;
  actor_name: string;
  returned_by: string | null;
  returned_at: Date | string;
  comment: string | null;
  total: bigint | string | number;
}

function latestEvent(action: string): Prisma.Sql {
  return Prisma.sql`SELECT e.user_id, e.created_at, e.after FROM audit_events e
     WHERE e.entity_type = 'Claim' AND e.entity_id = c.id AND e.action = ${action}
     ORDER BY e.created_at DESC, e.seq DESC LIMIT 1`;
}

/**
 * The query alone (for the queue bench's database timings). Article title and approver are looked
 * up by primary key for the rows kept after the LIMIT only (as a join, the planner hashes the
 * whole articles table). `total` counts all of the user's returned claims: every RETURNED claim
 * is probed for its submitter before the sort anyway, so the window count costs nothing extra.
 */
export function returnedQuery(userId: string, limit = RETURNED_LIMIT): Prisma.Sql {
  return Prisma.sql`
    SELECT k.id, k.article_id, (SELECT a.title FROM articles a WHERE a.id = k.article_id) AS title,
           k.value_text, k.what, k.actor_name,
           (SELECT u.name FROM users u WHERE u.id = k.returned_by_id) AS returned_by, k.returned_at, k.comment, k.total
      FROM (SELECT c.id, c.article_id, c.value_text, c.what, c.actor_name,
                   r.user_id AS returned_by_id, r.created_at AS returned_at, r.after->>'comment' AS comment,
                   count(*) OVER () AS total
              FROM claims c
              JOIN LATERAL (${latestEvent("claim.submit")}) s ON true
              JOIN LATERAL (${latestEvent("claim.return")}) r ON true
             WHERE c.status = 'RETURNED' AND s.user_id = ${userId}
             ORDER BY r.created_at DESC, c.id
             LIMIT ${Prisma.raw(String(listLimit(limit)))}) k
     ORDER BY k.returned_at DESC, k.id`;
}

/**
 * The limit as a literal (one of two constants in practice): as a bound value PostgreSQL's generic
 * plan assumes a tenth of the RETURNED claims and may plan every run instead of keeping its plan.
 */
function listLimit(limit: number): number {
  if (!Number.isSafeInteger(limit) || limit < 1) throw new Error(`Ungültige Anzahl: ${limit}`);
  return limit;
}

/** The rows of returnedQuery as the list the queue shows. */
export function toReturnedList(rows: ReturnedRow[]): { claims: ReturnedClaim[]; total: number; more: boolean } {
  const total = rows.length > 0 ? Number(rows[0].total) : 0;
  return {
    total,
    more: total > rows.length,
    claims: rows.map((row) => ({
      id: row.id,
      articleId: row.article_id,
      articleTitle: row.title,
      valueText: row.value_text,
      what: row.what,
      actorName: row.actor_name,
      returnedBy: row.returned_by,
      returnedAt: new Date(row.returned_at),
      comment: row.comment ?? "",
    })),
  };
}
