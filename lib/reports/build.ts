// Builds a report's data from one consistent view of the database: claims, settings and the
// audit chain head are read in one REPEATABLE READ transaction, so the chain head printed in
// the report is the one the claims were read at.
import { DomainError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadNewsroomSettings } from "@/lib/settings/newsroom";
import { iterateReportClaims, loadRegistryOwners, type LoadContext, type ReportReader } from "./load";
import type { ReportScope } from "./scope";
import { describeScope } from "./scope-label";
import { attachStatements } from "./statement-attach";
import { summarize } from "./summary";
import type { ReportClaim, ReportData } from "./types";

export { ARTICLE_NOT_FOUND_MESSAGE } from "./scope-label";
export const NO_APPROVED_CLAIMS_MESSAGE =
  "Dieser Artikel hat noch keine freigegebenen Behauptungen. Ein Endbericht enthält nur freigegebene Prüfungen; " +
  "bitte zuerst Behauptungen freigeben lassen oder den Entwurf herunterladen.";
export const NO_APPROVED_IN_SCOPE_MESSAGE =
  "In diesem Umfang gibt es keine freigegebenen Behauptungen. Ein Endbericht enthält nur freigegebene Prüfungen; " +
  "bitte den Umfang ändern, zuerst Behauptungen freigeben lassen oder den Entwurf herunterladen.";

export interface BuildOptions {
  /**
   * Final: approved claims only (archived as a snapshot). Draft: every claim of the scope,
   * unapproved ones marked; a live, unarchived report is always a draft.
   */
  kind: "final" | "draft";
  generatedAt: Date;
  generatedBy: string;
}

const GENESIS_HASH = "0".repeat(64);

async function loadContext(db: ReportReader): Promise<LoadContext & { newsroom: string }> {
  const settings = await loadNewsroomSettings(db);
  return {
    newsroom: settings.newsroomName,
    caveatText: settings.caveatText,
    conflictParties: settings.conflictParties,
    owners: await loadRegistryOwners(db),
  };
}

export async function buildReportIn(db: ReportReader, scope: ReportScope, options: BuildOptions): Promise<ReportData> {
  const label = await describeScope(db, scope);
  const context = await loadContext(db);
  // findFirst: concurrent findUnique calls on the Boolean key are batched into a query Prisma cannot build.
  const head = await db.auditChainHead.findFirst({ where: { id: true } });
  const claims: ReportClaim[] = [];
  for await (const batch of iterateReportClaims(db, scope, { approvedOnly: options.kind === "final", context })) {
    claims.push(...batch);
  }
  if (options.kind === "final" && claims.length === 0) {
    throw new DomainError("CONFLICT", scope.type === "article" ? NO_APPROVED_CLAIMS_MESSAGE : NO_APPROVED_IN_SCOPE_MESSAGE);
  }
  await attachStatements(db, claims);
  return {
    schemaVersion: 1,
    kind: options.kind,
    title: `Prüfbericht: ${label}`,
    newsroom: context.newsroom,
    scope: { ...scope, label },
    generatedAt: options.generatedAt.toISOString(),
    generatedBy: options.generatedBy,
    auditChainHead: { seq: String(head?.seq ?? 0), hash: head?.hash ?? GENESIS_HASH },
    summary: summarize(claims),
    claims,
  };
}

export async function buildReport(prisma: PrismaClient, scope: ReportScope, options: BuildOptions): Promise<ReportData> {
  return prisma.$transaction((tx) => buildReportIn(tx, scope, options), {
    isolationLevel: "RepeatableRead",
    timeout: 120_000,
    maxWait: 10_000,
  });
}
