// "neu zu prüfen": when a newly ingested report joins a cluster whose claims are already approved
// and its value disagrees with theirs beyond the agreement tolerance (the "Abweichung" rule of
// trace.ts), those approved claims are flagged for the people who handled them. Nothing else about
// a flagged claim changes: the flag lives in claim_rechecks, a person decides what follows.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { Prisma as PrismaNs } from "@/lib/generated/prisma/client";
import { z } from "zod";
import { auditJson, writeAudit } from "@/lib/audit/audit";
import { parseInput } from "@/lib/claims/validate";
import { queryRows } from "@/lib/db/prisma";
import { DomainError } from "@/lib/errors";
import { configuredRules } from "./store";
import type { ClusterRules } from "./rules";

type Db = Prisma.TransactionClient;

/** The audit action of a set flag. */
export const RECHECK_ACTION = "claim.recheck_flagged";
/** Audit actions by which a person "handled" a claim: they see its flag. */
// The queue's cache of these lists is kept fresh by a trigger on exactly these audit actions
// (migration 20261201120000_queue_view_changes; tests/integration/claims/queue-view-cache.test.ts).
export const HANDLING_ACTIONS = ["claim.submit", "claim.approve", "claim.content_verdict", "claim.attribution_verdict"];
const LIST_LIMIT = 50;

interface Contradiction {
  claim_id: string;
  approved_text: string;
  new_text: string;
  title: string;
}

export function recheckReason(title: string, newText: string, approvedText: string): string {
  return `neue abweichende Meldung in Artikel „${title}“: ${newText} statt ${approvedText}`;
}

/**
 * Flags the approved claims of other articles in the clusters of `articleId`'s claims whose value
 * disagrees with one of the new claims (in the caller's transaction, after the cluster assignment).
 * Returns the flagged claim ids.
 */
export async function flagContradictedApprovals(
  tx: Db,
  articleId: string,
  userId: string | null,
  rules: ClusterRules = configuredRules(),
): Promise<string[]> {
  const rows = await tx.$queryRaw<Contradiction[]>`
    SELECT DISTINCT ON (ap.id) ap.id AS claim_id, ap.value_text AS approved_text, f.value_text AS new_text, a.title
      FROM claims f
      JOIN articles a ON a.id = f.article_id
      JOIN claim_cluster_members fm ON fm.claim_id = f.id
      JOIN claim_cluster_members am ON am.cluster_id = fm.cluster_id
      JOIN claims ap ON ap.id = am.claim_id
     WHERE f.article_id = ${articleId} AND ap.article_id <> ${articleId} AND ap.status = 'APPROVED'
       AND greatest(ap.value, f.value) > least(ap.value, f.value) * ${1 + rules.agreement}::float8
     ORDER BY ap.id, abs(ap.value - f.value) DESC`;
  for (const row of rows) {
    const reason = recheckReason(row.title, row.new_text, row.approved_text);
    await raiseRecheck(tx, { claimId: row.claim_id, articleId, reason, userId });
  }
  return rows.map((r) => r.claim_id);
}

/**
 * Sets (or renews) a claim's "neu zu prüfen" flag and audits it in the same transaction. The user
 * is the ingesting or re-attributing person, or none for seeds and scripts (hence no writeAudit,
 * which needs a person).
 */
async function raiseRecheck(
  tx: Db,
  flag: { claimId: string; articleId: string; reason: string; userId: string | null },
): Promise<void> {
  const { claimId, articleId, reason, userId } = flag;
  const previous = await tx.claimRecheck.findUnique({ where: { claimId } });
  await tx.claimRecheck.upsert({
    where: { claimId },
    create: { claimId, articleId, reason },
    update: { articleId, reason, flaggedAt: new Date() },
  });
  await tx.auditEvent.create({
    data: {
      userId,
      action: RECHECK_ACTION,
      entityType: "Claim",
      entityId: claimId,
      before: previous ? auditJson({ articleId: previous.articleId, reason: previous.reason }) : PrismaNs.DbNull,
      after: auditJson({ articleId, reason }),
    },
  });
}

export interface RecheckNote {
  reason: string;
  articleId: string;
  at: string;
}

/** The claim's flag for its panel, or null. */
export async function recheckOf(prisma: PrismaClient, claimId: string): Promise<RecheckNote | null> {
  const row = await prisma.claimRecheck.findUnique({ where: { claimId } });
  return row ? { reason: row.reason, articleId: row.articleId, at: row.flaggedAt.toISOString() } : null;
}

export interface RecheckItem extends RecheckNote {
  claimId: string;
  claimArticleId: string;
  valueText: string;
  sentence: string;
}

/** A row of rechecksQuery; flagged_at a string where the rows arrive as JSON (lib/claims/queue-heads.ts). */
export interface RecheckRow {
  claim_id: string;
  article_id: string;
  reason: string;
  flagged_at: Date | string;
  claim_article_id: string;
  value_text: string;
  sentence: string;
}

/** Flagged claims this user submitted, approved or reviewed, newest flag first (the query alone). */
export function rechecksQuery(userId: string): PrismaNs.Sql {
  return PrismaNs.sql`
    SELECT r.claim_id, r.article_id, r.reason, r.flagged_at, c.article_id AS claim_article_id, c.value_text, c.sentence
      FROM claim_rechecks r JOIN claims c ON c.id = r.claim_id
     WHERE EXISTS (SELECT 1 FROM audit_events e
                    WHERE e.entity_type = 'Claim' AND e.entity_id = r.claim_id AND e.user_id = ${userId}
                      AND e.action = ANY(${HANDLING_ACTIONS}::text[]))
     ORDER BY r.flagged_at DESC, r.claim_id
     LIMIT ${LIST_LIMIT}`;
}

export function toRecheckItem(r: RecheckRow): RecheckItem {
  return {
    claimId: r.claim_id,
    claimArticleId: r.claim_article_id,
    valueText: r.value_text,
    sentence: r.sentence,
    reason: r.reason,
    articleId: r.article_id,
    at: new Date(r.flagged_at).toISOString(),
  };
}

/** Flagged claims this user submitted, approved or reviewed, newest flag first. */
export async function rechecksFor(prisma: PrismaClient, userId: string): Promise<RecheckItem[]> {
  // On the pool directly (queryRows): /approvals runs this on every view.
  const rows = await queryRows<RecheckRow>(prisma, rechecksQuery(userId), { prepared: true });
  return rows.map(toRecheckItem);
}

/** The audit action of a cleared flag ("geprüft" with a note). */
export const RECHECK_CLEARED_ACTION = "claim.recheck_cleared";
const NOTE_MAX = 500;

const clearSchema = z.object({
  claimId: z.string().min(1).max(64),
  note: z
    .string({ error: "Bitte kurz notieren, was geprüft wurde." })
    .trim()
    .min(3, "Bitte kurz notieren, was geprüft wurde (mindestens 3 Zeichen).")
    .max(NOTE_MAX, `Die Notiz darf höchstens ${NOTE_MAX} Zeichen lang sein.`),
  /** The flag the person saw: a newer flag (another contradicting report) is not cleared by it. */
  flaggedAt: z.iso.datetime({ error: "Die Markierung fehlt; bitte Seite neu laden." }),
});

/**
 * "geprüft": a person who may review the claim clears its flag with a short note (audited). Guarded
 * by the flag's time in the delete itself: a flag set again meanwhile stays (409).
 */
export async function clearRecheck(
  prisma: PrismaClient,
  user: { id: string },
  input: Record<string, unknown>,
): Promise<{ claimId: string }> {
  const { claimId, note, flaggedAt } = parseInput(clearSchema, input);
  return prisma.$transaction(async (tx) => {
    const flag = await tx.claimRecheck.findUnique({ where: { claimId } });
    if (!flag) {
      const exists = await tx.claim.count({ where: { id: claimId } });
      if (!exists) throw new DomainError("NOT_FOUND", "Diese Behauptung gibt es nicht (mehr).");
      throw new DomainError(
        "CONFLICT",
        "Diese Behauptung ist nicht mehr „neu zu prüfen“ – jemand hat sie eben als geprüft markiert.",
      );
    }
    const removed = await tx.claimRecheck.deleteMany({ where: { claimId, flaggedAt: new Date(flaggedAt) } });
    if (removed.count !== 1) {
      throw new DomainError(
        "CONFLICT",
        "Inzwischen kam eine weitere abweichende Meldung; bitte Seite neu laden und erneut prüfen.",
      );
    }
    await writeAudit(tx, user, {
      action: RECHECK_CLEARED_ACTION,
      entityType: "Claim",
      entityId: claimId,
      before: auditJson({ articleId: flag.articleId, reason: flag.reason, flaggedAt: flag.flaggedAt }),
      after: auditJson({ note }),
    });
    return { claimId };
  });
}

/** Cluster of each clusterable claim of an article, before a re-attribution regroups them. */
export async function articleClusterIds(tx: Db, articleId: string): Promise<Map<string, number>> {
  const rows = await tx.$queryRaw<{ claim_id: string; cluster_id: number }[]>`
    SELECT m.claim_id, m.cluster_id FROM claim_cluster_members m JOIN claims c ON c.id = m.claim_id
     WHERE c.article_id = ${articleId}`;
  return new Map(rows.map((r) => [r.claim_id, r.cluster_id]));
}

/**
 * After a re-attribution regrouped an article's claims: approved claims now in another cluster (or
 * in none) are flagged "neu zu prüfen" – the corroboration their approval relied on changed.
 */
export async function flagRegroupedApprovals(
  tx: Db,
  articleId: string,
  before: Map<string, number>,
  userId: string,
): Promise<string[]> {
  const after = await articleClusterIds(tx, articleId);
  const approved = await tx.claim.findMany({ where: { articleId, status: "APPROVED" }, select: { id: true } });
  const moved = approved.map((c) => c.id).filter((id) => (before.get(id) ?? null) !== (after.get(id) ?? null));
  for (const claimId of moved) {
    const reason = after.has(claimId)
      ? "Attribution neu berechnet: die Zahl gehört jetzt zu einer anderen Gruppe gleicher Zahlen"
      : "Attribution neu berechnet: die Zahl gehört zu keiner Gruppe gleicher Zahlen mehr";
    await raiseRecheck(tx, { claimId, articleId, reason, userId });
  }
  return moved;
}
