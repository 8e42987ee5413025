// Loads the claims of a report from the database in batches (keyset on article, position, id),
// each with its article, the latest content and attribution verdict with their editors, the
// submission and approval from the audit log, and every evidence link's domain and registry owner.
import { displayDomain, ownerOfLink } from "@/lib/actors/domains";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActorKind, AttributionVerdict, ClaimStatus, ContentVerdict, Party } from "@/lib/generated/prisma/enums";
import { claimWhere, type ReportScope, type ScopeOptions } from "./scope";
import type { ReportClaim, ReportEvidence, ReportStep } from "./types";

/** A Prisma client or transaction. */
export type ReportReader = Prisma.TransactionClient;

export const DEFAULT_BATCH_SIZE = 500;

const CLAIM_SELECT = {
  id: true,
  articleId: true,
  start: true,
  status: true,
  sentence: true,
  valueText: true,
  value: true,
  qualifier: true,
  what: true,
  sourceText: true,
  actorName: true,
  party: true,
  official: true,
  caveat: true,
  contentVerdict: true,
  attributionVerdict: true,
  article: { select: { id: true, title: true, outlet: true, publishedAt: true, stand: true, url: true } },
  actor: { select: { kind: true } },
  reviews: {
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      kind: true,
      rationale: true,
      evidence: true,
      correctSource: true,
      createdAt: true,
      user: { select: { name: true } },
    },
  },
} satisfies Prisma.ClaimSelect;

type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof CLAIM_SELECT }>;
type ReviewRow = ClaimRow["reviews"][number];

export interface RegistryOwner {
  canonicalName: string;
  party: Party;
  domains: string[];
}

export interface LoadContext {
  caveatText: string;
  conflictParties: readonly Party[];
  /** Registry actors with web domains (for the evidence links' owners). */
  owners: readonly RegistryOwner[];
}

export async function loadRegistryOwners(db: ReportReader): Promise<RegistryOwner[]> {
  return db.actor.findMany({
    where: { NOT: { domains: { isEmpty: true } } },
    select: { canonicalName: true, party: true, domains: true },
    orderBy: { canonicalName: "asc" },
  });
}

interface StoredEvidence {
  url?: unknown;
  note?: unknown;
  independent?: unknown;
}

function evidenceOf(stored: unknown, context: LoadContext): ReportEvidence[] {
  if (!Array.isArray(stored)) return [];
  return stored
    .filter((item): item is StoredEvidence => !!item && typeof item === "object" && typeof item.url === "string")
    .map((item) => {
      const url = String(item.url);
      const owner = ownerOfLink(url, context.owners);
      const declaredIndependent = item.independent === true;
      const fromConflictParty = !!owner && context.conflictParties.includes(owner.party);
      return {
        url,
        domain: displayDomain(url),
        note: typeof item.note === "string" ? item.note : "",
        declaredIndependent,
        registryOwner: owner ? { name: owner.canonicalName, party: owner.party } : null,
        independent: declaredIndependent && !fromConflictParty,
      };
    });
}

function stepOf(review: ReviewRow | undefined): ReportStep | null {
  return review ? { by: review.user.name, at: review.createdAt.toISOString() } : null;
}

function actorTypeOf(kind: ActorKind | undefined): ReportClaim["source"]["actorType"] {
  if (!kind) return "UNKNOWN";
  return kind === "PERSON" ? "PERSON" : "ORGANIZATION";
}

interface WorkflowSteps {
  submitted: Map<string, ReportStep>;
  approved: Map<string, ReportStep>;
}

/** The latest "claim.submit" and "claim.approve" audit events of the claims. */
async function workflowSteps(db: ReportReader, claimIds: string[]): Promise<WorkflowSteps> {
  const events = await db.auditEvent.findMany({
    where: { entityType: "Claim", entityId: { in: claimIds }, action: { in: ["claim.submit", "claim.approve"] } },
    orderBy: { seq: "asc" },
    select: { entityId: true, action: true, createdAt: true, user: { select: { name: true } } },
  });
  const steps: WorkflowSteps = { submitted: new Map(), approved: new Map() };
  for (const event of events) {
    const target = event.action === "claim.submit" ? steps.submitted : steps.approved;
    target.set(event.entityId, { by: event.user?.name ?? "unbekannt", at: event.createdAt.toISOString() });
  }
  return steps;
}

/** Submission counts while the claim is submitted or approved; an approval only while approved. */
function submittedStep(status: ClaimStatus, step: ReportStep | undefined): ReportStep | null {
  return step && (status === "SUBMITTED" || status === "APPROVED") ? step : null;
}

function toReportClaim(row: ClaimRow, steps: WorkflowSteps, context: LoadContext): ReportClaim {
  const content = row.reviews.find((review) => review.kind === "CONTENT");
  const attribution = row.reviews.find((review) => review.kind === "ATTRIBUTION");
  const attributionLinks = evidenceOf(attribution?.evidence, context);
  return {
    id: row.id,
    status: row.status,
    approved: row.status === "APPROVED",
    sentence: row.sentence,
    valueText: row.valueText,
    value: row.value,
    qualifier: row.qualifier,
    what: row.what,
    article: {
      id: row.article.id,
      title: row.article.title,
      outlet: row.article.outlet,
      publishedAt: row.article.publishedAt?.toISOString() ?? null,
      stand: row.article.stand,
      url: row.article.url,
    },
    source: {
      text: row.sourceText,
      actorName: row.actorName,
      actorType: row.actorName ? actorTypeOf(row.actor?.kind) : "UNKNOWN",
      party: row.party,
      official: row.official,
    },
    caveat: row.caveat,
    caveatText: row.caveat ? context.caveatText : null,
    attribution: {
      verdict: row.attributionVerdict as AttributionVerdict | null,
      note: row.attributionVerdict ? (attribution?.rationale ?? "") : "",
      originalUrl: row.attributionVerdict ? (attributionLinks[0]?.url ?? null) : null,
      correctSource: row.attributionVerdict === "MISATTRIBUTED" ? (attribution?.correctSource ?? null) : null,
      reviewed: row.attributionVerdict ? stepOf(attribution) : null,
    },
    content: {
      verdict: row.contentVerdict as ContentVerdict | null,
      rationale: row.contentVerdict ? (content?.rationale ?? "") : "",
      evidence: row.contentVerdict ? evidenceOf(content?.evidence, context) : [],
      reviewed: row.contentVerdict ? stepOf(content) : null,
    },
    submitted: submittedStep(row.status, steps.submitted.get(row.id)),
    approval: row.status === "APPROVED" ? (steps.approved.get(row.id) ?? null) : null,
  };
}

function afterCursor(last: ClaimRow | undefined): Prisma.ClaimWhereInput {
  if (!last) return {};
  return {
    OR: [
      { articleId: { gt: last.articleId } },
      { articleId: last.articleId, start: { gt: last.start } },
      { articleId: last.articleId, start: last.start, id: { gt: last.id } },
    ],
  };
}

/**
 * The report's claims in text order, `batchSize` at a time: memory stays flat however many
 * claims the scope has (the CSV streams these batches straight to the client).
 */
export async function* iterateReportClaims(
  db: ReportReader,
  scope: ReportScope,
  options: ScopeOptions & { context: LoadContext; batchSize?: number },
): AsyncGenerator<ReportClaim[]> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  let last: ClaimRow | undefined;
  for (;;) {
    const rows = await db.claim.findMany({
      where: { AND: [claimWhere(scope, options), afterCursor(last)] },
      orderBy: [{ articleId: "asc" }, { start: "asc" }, { id: "asc" }],
      take: batchSize,
      select: CLAIM_SELECT,
    });
    if (rows.length === 0) return;
    const steps = await workflowSteps(
      db,
      rows.map((row) => row.id),
    );
    yield rows.map((row) => toReportClaim(row, steps, options.context));
    if (rows.length < batchSize) return;
    last = rows[rows.length - 1];
  }
}
