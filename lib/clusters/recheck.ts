// "neu zu prüfen": when a newly ingested report joins a cluster whose claims are already approved
// and its value disagrees with theirs beyond the agreement tolerance (the "Abweichung" rule of
// trace.ts), those approved claims are flagged for the people who handled them. Nothing else about
// a flagged claim changes: the flag lives in claim_rechecks, a person decides what follows.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { Prisma as PrismaNs } from "@/lib/generated/prisma/client";
import { auditJson } from "@/lib/audit/audit";
import { configuredRules } from "./store";
import type { ClusterRules } from "./rules";

type Db = Prisma.TransactionClient;

/** The audit action of a set flag. */
export const RECHECK_ACTION = "claim.recheck_flagged";
/** Audit actions by which a person "handled" a claim: they see its flag. */
const HANDLING_ACTIONS = ["claim.submit", "claim.approve", "claim.content_verdict", "claim.attribution_verdict"];
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
    const before = await tx.claimRecheck.findUnique({ where: { claimId: row.claim_id } });
    await tx.claimRecheck.upsert({
      where: { claimId: row.claim_id },
      create: { claimId: row.claim_id, articleId, reason },
      update: { articleId, reason, flaggedAt: new Date() },
    });
    // the ingesting user, or none for seeds and scripts (writeAudit needs a person)
    await tx.auditEvent.create({
      data: {
        userId,
        action: RECHECK_ACTION,
        entityType: "Claim",
        entityId: row.claim_id,
        before: before ? auditJson({ articleId: before.articleId, reason: before.reason }) : PrismaNs.DbNull,
        after: auditJson({ articleId, reason }),
      },
    });
  }
  return rows.map((r) => r.claim_id);
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

/** Flagged claims this user submitted, approved or reviewed, newest flag first. */
export async function rechecksFor(prisma: PrismaClient, userId: string): Promise<RecheckItem[]> {
  const rows = await prisma.$queryRaw<
    {
      claim_id: string;
      article_id: string;
      reason: string;
      flagged_at: Date;
      claim_article_id: string;
      value_text: string;
      sentence: string;
    }[]
  >`
    SELECT r.claim_id, r.article_id, r.reason, r.flagged_at, c.article_id AS claim_article_id, c.value_text, c.sentence
      FROM claim_rechecks r JOIN claims c ON c.id = r.claim_id
     WHERE EXISTS (SELECT 1 FROM audit_events e
                    WHERE e.entity_type = 'Claim' AND e.entity_id = r.claim_id AND e.user_id = ${userId}
                      AND e.action = ANY(${HANDLING_ACTIONS}::text[]))
     ORDER BY r.flagged_at DESC, r.claim_id
     LIMIT ${LIST_LIMIT}`;
  return rows.map((r) => ({
    claimId: r.claim_id,
    claimArticleId: r.claim_article_id,
    valueText: r.value_text,
    sentence: r.sentence,
    reason: r.reason,
    articleId: r.article_id,
    at: r.flagged_at.toISOString(),
  }));
}
