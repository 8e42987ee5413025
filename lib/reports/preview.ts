// The preview of a scope under /reports: how many claims the scope covers and how many are
// approved (one count query), and the first few claims as the report shows them. Cheap for
// any scope size: it never loads more than `limit` claims.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { loadNewsroomSettings } from "@/lib/settings/newsroom";
import { iterateReportClaims, loadRegistryOwners, scopeCondition } from "./load";
import type { ReportScope } from "./scope";
import { describeScope } from "./scope-label";
import type { ReportClaim } from "./types";

export const PREVIEW_LIMIT = 50;

export interface ReportPreview {
  label: string;
  total: number;
  approved: number;
  /** The first claims in report order (at most the limit), unapproved ones included. */
  claims: ReportClaim[];
}

async function countClaims(prisma: PrismaClient, scope: ReportScope): Promise<{ total: number; approved: number }> {
  const [row] = await prisma.$queryRaw<{ total: number; approved: number }[]>(Prisma.sql`
    SELECT count(*)::int AS total, (count(*) FILTER (WHERE c.status = 'APPROVED'))::int AS approved
      FROM claims c JOIN articles a ON a.id = c.article_id
     WHERE ${scopeCondition(scope)} AND c.not_a_claim = false`);
  return row;
}

async function firstClaims(prisma: PrismaClient, scope: ReportScope, limit: number): Promise<ReportClaim[]> {
  const [settings, owners] = await Promise.all([loadNewsroomSettings(prisma), loadRegistryOwners(prisma)]);
  const batches = iterateReportClaims(prisma, scope, {
    approvedOnly: false,
    batchSize: limit,
    context: { caveatText: settings.caveatText, conflictParties: settings.conflictParties, owners },
  });
  const first = await batches.next();
  await batches.return(undefined);
  return first.done ? [] : first.value;
}

/** Throws NOT_FOUND (German) for an unknown article, actor or picked claim. */
export async function previewReport(
  prisma: PrismaClient,
  scope: ReportScope,
  options: { limit?: number } = {},
): Promise<ReportPreview> {
  const label = await describeScope(prisma, scope);
  const [counts, claims] = await Promise.all([
    countClaims(prisma, scope),
    firstClaims(prisma, scope, options.limit ?? PREVIEW_LIMIT),
  ]);
  return { label, ...counts, claims };
}
