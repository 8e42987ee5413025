// "Attribution neu berechnen" for one article: after a change to the actor registry or the
// newsroom settings, the extraction runs again on the stored text (in the worker pool, like an
// ingest) and the machine's attribution – actor, party, flag, caveat, explanation and the machine
// snapshot – is replaced on the claims nobody has touched: machine claims without any correction
// or verdict that are not submitted or approved. Editors' corrections, verdicts and added claims
// stay exactly as they are. Each write is guarded by the claim's version (a verdict saved
// meanwhile wins) and audited; the result says how many claims changed and how many were kept.
import { z } from "zod";
import { loadExtractionConfig } from "@/lib/actors/extraction-actors";
import { auditJson, writeAudit } from "@/lib/audit/audit";
import { can, type Role } from "@/lib/auth/permissions";
import { PermissionError } from "@/lib/auth/session-errors";
import { parseInput } from "@/lib/claims/validate";
import { DomainError } from "@/lib/errors";
import type { ExtractedClaim } from "@/lib/extraction/types";
import type { AnalysisJob, AnalysisResult } from "@/lib/extraction-worker/analyze";
import { extractionPool } from "@/lib/extraction-worker/pool";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { machineSnapshot } from "./create";

export interface Reattributor {
  id: string;
  role: Role;
}

export interface ReattributeResult {
  articleId: string;
  /** Machine claims whose attribution changed. */
  changed: number;
  /** Machine claims the extraction attributes as before. */
  unchanged: number;
  /** Claims left alone: corrected, judged, added by an editor, submitted/approved, or changed meanwhile. */
  kept: number;
  /** Untouched machine claims the extraction no longer finds at their place (left as they are). */
  missing: number;
}

/** Only these may still get the machine's new attribution; submitted and approved claims are locked. */
const OPEN_STATUSES: ClaimStatus[] = ["OPEN", "IN_REVIEW", "RETURNED"];
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 60_000 };
const NOT_FOUND_MESSAGE = "Diesen Artikel gibt es nicht (mehr).";

const inputSchema = z.object({
  articleId: z.string({ error: "Der Artikel fehlt." }).trim().min(1, "Der Artikel fehlt.").max(64, NOT_FOUND_MESSAGE),
});

const CLAIM_SELECT = {
  id: true,
  version: true,
  start: true,
  end: true,
  valueText: true,
  origin: true,
  status: true,
  contentVerdict: true,
  attributionVerdict: true,
  actorId: true,
  actorName: true,
  party: true,
  official: true,
  caveat: true,
  explanation: true,
  _count: { select: { reviews: true, corrections: true } },
} as const satisfies Prisma.ClaimSelect;
type StoredClaim = Prisma.ClaimGetPayload<{ select: typeof CLAIM_SELECT }>;

function untouched(claim: StoredClaim): boolean {
  return (
    claim.origin === "MACHINE" &&
    OPEN_STATUSES.includes(claim.status) &&
    claim.contentVerdict === null &&
    claim.attributionVerdict === null &&
    claim._count.reviews === 0 &&
    claim._count.corrections === 0
  );
}

function attributionOf(claim: Pick<StoredClaim, "actorId" | "actorName" | "party" | "official" | "caveat" | "explanation">) {
  const { actorId, actorName, party, official, caveat, explanation } = claim;
  return { actorId, actorName, party, official, caveat, explanation };
}

type Attribution = ReturnType<typeof attributionOf>;

const sameAttribution = (a: Attribution, b: Attribution) =>
  (Object.keys(a) as (keyof Attribution)[]).every((key) => a[key] === b[key]);

async function analyzeStoredText(
  text: string,
  config: Awaited<ReturnType<typeof loadExtractionConfig>>,
  analyze: (job: AnalysisJob) => Promise<AnalysisResult>,
): Promise<Map<string, ExtractedClaim>> {
  const analysis = await analyze({
    source: { kind: "text", text, format: "text" },
    conflictParties: config.conflictParties,
    caveatText: config.caveatText,
    actors: config.actors,
    // The article was accepted once; an older one may hold more claims than today's limit.
    maxClaims: Number.MAX_SAFE_INTEGER,
  });
  if (!analysis.ok) throw new DomainError(analysis.code, analysis.message, analysis.details);
  return new Map(analysis.claims.map((claim) => [`${claim.start}:${claim.end}:${claim.valueText}`, claim]));
}

async function actorIdsByName(tx: Prisma.TransactionClient, claims: Iterable<ExtractedClaim>): Promise<Map<string, string>> {
  const names = [...new Set([...claims].map((claim) => claim.actor).filter(Boolean))];
  const actors = await tx.actor.findMany({ where: { canonicalName: { in: names } }, select: { id: true, canonicalName: true } });
  return new Map(actors.map((actor) => [actor.canonicalName, actor.id]));
}

/** input: {articleId} (the route and the action take it from the path / the page). */
export async function reattributeArticle(
  prisma: PrismaClient,
  user: Reattributor,
  input: unknown,
  options: { analyze?: (job: AnalysisJob) => Promise<AnalysisResult> } = {},
): Promise<ReattributeResult> {
  if (!can(user.role, "actor:manage")) throw new PermissionError();
  const { articleId } = parseInput(inputSchema, input);
  const article = /^[A-Za-z0-9_-]{1,64}$/.test(articleId)
    ? await prisma.article.findUnique({ where: { id: articleId }, select: { id: true, text: true } })
    : null;
  if (!article) throw new DomainError("NOT_FOUND", NOT_FOUND_MESSAGE);
  const config = await loadExtractionConfig(prisma);
  const found = await analyzeStoredText(article.text, config, options.analyze ?? ((job) => extractionPool().run(job)));

  return prisma.$transaction(async (tx) => {
    const claims = await tx.claim.findMany({ where: { articleId }, select: CLAIM_SELECT, orderBy: { start: "asc" } });
    const actorIds = await actorIdsByName(tx, found.values());
    const result: ReattributeResult = { articleId, changed: 0, unchanged: 0, kept: 0, missing: 0 };
    for (const claim of claims) {
      if (!untouched(claim)) {
        result.kept += 1;
        continue;
      }
      const machine = found.get(`${claim.start}:${claim.end}:${claim.valueText}`);
      if (!machine) {
        result.missing += 1;
        continue;
      }
      const before = attributionOf(claim);
      const after: Attribution = {
        actorId: actorIds.get(machine.actor) ?? null,
        actorName: machine.actor,
        party: machine.party,
        official: machine.official,
        caveat: machine.caveat,
        explanation: machine.explanation,
      };
      if (sameAttribution(before, after)) {
        result.unchanged += 1;
        continue;
      }
      // Guarded in the write: a verdict or correction saved since the read bumped the version and wins.
      const { count } = await tx.claim.updateMany({
        where: { id: claim.id, version: claim.version, origin: "MACHINE", status: { in: OPEN_STATUSES } },
        data: { ...after, machine: auditJson(machineSnapshot(machine)), version: { increment: 1 } },
      });
      if (count === 0) {
        result.kept += 1;
        continue;
      }
      await writeAudit(tx, user, {
        action: "claim.reattributed",
        entityType: "Claim",
        entityId: claim.id,
        before: auditJson({ version: claim.version, ...before }),
        after: auditJson({ version: claim.version + 1, ...after }),
      });
      result.changed += 1;
    }
    await writeAudit(tx, user, {
      action: "article.reattribute",
      entityType: "Article",
      entityId: articleId,
      before: null,
      after: auditJson(result),
    });
    return result;
  }, TRANSACTION_OPTIONS);
}
