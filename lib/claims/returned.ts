// "Zurückgegeben": the claims an approver sent back to the editor who submitted them, for the top
// of that editor's queue. Submitter and comment come from the audit (the latest "claim.submit"
// and "claim.return" events of each claim), so no extra column has to be kept in step.
// Starts from the few RETURNED claims (index claims(status)) and probes the audit per claim
// (index audit_events(entity_type, entity_id, created_at)).
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

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

/** Most returned claims shown at once; the rest follow once these are resubmitted. */
export const RETURNED_LIMIT = 50;

interface Row {
  id: string;
  article_id: string;
  title: string;
  value_text: string;
  what: string;
  actor_name: string;
  returned_by: string | null;
  returned_at: Date;
  comment: string | null;
}

function latestEvent(action: string): Prisma.Sql {
  return Prisma.sql`SELECT e.user_id, e.created_at, e.after FROM audit_events e
     WHERE e.entity_type = 'Claim' AND e.entity_id = c.id AND e.action = ${action}
     ORDER BY e.created_at DESC, e.seq DESC LIMIT 1`;
}

/** The user's returned claims, most recently returned first; `more` when there are over RETURNED_LIMIT. */
export async function listReturnedClaims(
  prisma: PrismaClient,
  userId: string,
): Promise<{ claims: ReturnedClaim[]; more: boolean }> {
  const rows = await prisma.$queryRaw<Row[]>(Prisma.sql`
    SELECT c.id, c.article_id, a.title, c.value_text, c.what, c.actor_name,
           u.name AS returned_by, r.created_at AS returned_at, r.after->>'comment' AS comment
      FROM claims c
      JOIN articles a ON a.id = c.article_id
      JOIN LATERAL (${latestEvent("claim.submit")}) s ON true
      JOIN LATERAL (${latestEvent("claim.return")}) r ON true
      LEFT JOIN users u ON u.id = r.user_id
     WHERE c.status = 'RETURNED' AND s.user_id = ${userId}
     ORDER BY r.created_at DESC, c.id
     LIMIT ${RETURNED_LIMIT + 1}`);
  return {
    claims: rows.slice(0, RETURNED_LIMIT).map((row) => ({
      id: row.id,
      articleId: row.article_id,
      articleTitle: row.title,
      valueText: row.value_text,
      what: row.what,
      actorName: row.actor_name,
      returnedBy: row.returned_by,
      returnedAt: row.returned_at,
      comment: row.comment ?? "",
    })),
    more: rows.length > RETURNED_LIMIT,
  };
}
