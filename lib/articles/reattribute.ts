// "Attribution neu berechnen" for one article: after a change to the actor registry or the
// newsroom settings, the extraction runs again on the stored text (in the worker pool, like an
// ingest) and the machine's attribution – actor, party, flag, caveat, explanation and the machine
// snapshot – is replaced on the claims nobody has touched: machine claims without any correction
// or verdict that are not submitted or approved. Editors' corrections, verdicts and added claims
// stay exactly as they are. Each write is guarded by the claim's version (a verdict saved
// meanwhile wins) and audited; the result says how many claims changed and how many were kept.
// A changed claim gets the new source list (claim_sources); the article's quotations are replaced
// with the new result's (nobody edits them).
import { z } from "zod";
import { loadExtractionConfig } from "@/lib/actors/extraction-actors";
import { auditJson, writeAudit } from "@/lib/audit/audit";
import { can, type Role } from "@/lib/auth/permissions";
import { PermissionError } from "@/lib/auth/session-errors";
import {
  extractedSources,
  ownSource,
  registryIdsByName,
  replaceClaimSources,
  storedSources,
  type StoredSource,
} from "@/lib/claims/sources";
import { parseInput } from "@/lib/claims/validate";
import { DomainError } from "@/lib/errors";
import type { ExtractedClaim, ExtractedQuote } from "@/lib/extraction/types";
import type { AnalysisJob, AnalysisResult } from "@/lib/extraction-worker/analyze";
import { extractionPool } from "@/lib/extraction-worker/pool";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { CLAIM_CORRECTIONS_ONLY } from "@/lib/clusters/correction-kinds";
import { articleClusterIds, flagRegroupedApprovals } from "@/lib/clusters/recheck";
import { assignArticleToClusters, CLUSTER_LOCK, refreshClusterBounds } from "@/lib/clusters/store";
import { machineSnapshot, withCaveatOfAllSources } from "./create";
import { replaceQuotations } from "./quotations";

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
  /** Quotations of the article now stored (replaced by the new result's). */
  quotations: number;
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
  sources: { select: { actorId: true, actorName: true, party: true, official: true }, orderBy: { position: "asc" } },
  _count: { select: { reviews: true, corrections: { where: CLAIM_CORRECTIONS_ONLY } } },
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

interface Attribution {
  actorId: string | null;
  actorName: string;
  party: StoredClaim["party"];
  official: boolean;
  caveat: boolean;
  explanation: string;
  sources: StoredSource[];
}

function attributionOf(claim: StoredClaim): Attribution {
  const { actorId, actorName, party, official, caveat, explanation } = claim;
  // A claim stored before its source list was written counts with its one source.
  const sources = claim.sources.length > 0 ? claim.sources : ownSource({ actorId, actorName, party, official });
  return { actorId, actorName, party, official, caveat, explanation, sources };
}

const sameSources = (a: StoredSource[], b: StoredSource[]) =>
  a.length === b.length &&
  a.every(
    (s, i) =>
      s.actorId === b[i].actorId && s.actorName === b[i].actorName && s.party === b[i].party && s.official === b[i].official,
  );

const sameAttribution = (a: Attribution, b: Attribution) =>
  (Object.keys(a) as (keyof Attribution)[]).every((key) =>
    key === "sources" ? sameSources(a.sources, b.sources) : a[key] === b[key],
  );

interface Reanalysis {
  /** The new claims by place ("start:end:valueText"). */
  claims: Map<string, ExtractedClaim>;
  quotes: ExtractedQuote[];
}

async function analyzeStoredText(
  text: string,
  config: Awaited<ReturnType<typeof loadExtractionConfig>>,
  analyze: (job: AnalysisJob) => Promise<AnalysisResult>,
): Promise<Reanalysis> {
  const analysis = await analyze({
    source: { kind: "text", text, format: "text" },
    conflictParties: config.conflictParties,
    caveatText: config.caveatText,
    actors: config.actors,
    // The article was accepted once; an older one may hold more claims than today's limit.
    maxClaims: Number.MAX_SAFE_INTEGER,
  });
  if (!analysis.ok) throw new DomainError(analysis.code, analysis.message, analysis.details);
  const claims = analysis.claims.map((claim) => withCaveatOfAllSources(claim, config.conflictParties));
  return {
    claims: new Map(claims.map((claim) => [`${claim.start}:${claim.end}:${claim.valueText}`, claim])),
    quotes: analysis.quotes ?? [],
  };
}

function actorIdsByName(tx: Prisma.TransactionClient, found: Reanalysis): Promise<Map<string, string>> {
  return registryIdsByName(tx, [
    ...[...found.claims.values()].flatMap((claim) => [claim.actor, ...extractedSources(claim).map((source) => source.actor)]),
    ...found.quotes.map((quote) => quote.actor),
  ]);
}

interface Change {
  id: string;
  version: number;
  before: Attribution;
  after: Attribution;
  machine: ReturnType<typeof machineSnapshot>;
}

function changeOf(claim: StoredClaim, machine: ExtractedClaim, actorIds: Map<string, string>): Change | null {
  const before = attributionOf(claim);
  const after: Attribution = {
    actorId: actorIds.get(machine.actor) ?? null,
    actorName: machine.actor,
    party: machine.party,
    official: machine.official,
    caveat: machine.caveat,
    explanation: machine.explanation,
    sources: storedSources(extractedSources(machine), actorIds),
  };
  if (sameAttribution(before, after)) return null;
  return { id: claim.id, version: claim.version, before, after, machine: machineSnapshot(machine) };
}

/**
 * Claims per statement: a liveblog has ~5 000 claims, and one UPDATE plus one audit INSERT per claim
 * took a minute. Small chunks because the planner, without fresh statistics after a big ingest,
 * joins the ids as a nested loop (chunk² comparisons: 500 took 2 s, 100 take milliseconds).
 */
const CHANGES_PER_STATEMENT = 100;

/**
 * One guarded multi-row UPDATE per chunk (version, origin and status checked in the write); the
 * `id = ANY(…)` lets the primary key find the rows even when the planner misjudges the join.
 */
function updateStatement(chunk: Change[]): Prisma.Sql {
  const column = <T>(pick: (change: Change) => T) => chunk.map(pick);
  return Prisma.sql`
    UPDATE claims AS c
       SET actor_id = t.actor_id, actor_name = t.actor_name, party = t.party::"Party", official = t.official,
           caveat = t.caveat, explanation = t.explanation, machine = t.machine::jsonb,
           version = c.version + 1, updated_at = now()
      FROM unnest(${column((c) => c.id)}::text[], ${column((c) => c.version)}::int[],
                  ${column((c) => c.after.actorId)}::text[], ${column((c) => c.after.actorName)}::text[],
                  ${column((c) => c.after.party)}::text[], ${column((c) => c.after.official)}::bool[],
                  ${column((c) => c.after.caveat)}::bool[], ${column((c) => c.after.explanation)}::text[],
                  ${column((c) => JSON.stringify(c.machine))}::text[])
           AS t(id, version, actor_id, actor_name, party, official, caveat, explanation, machine)
     WHERE c.id = ANY(${column((c) => c.id)}::text[]) AND c.id = t.id AND c.version = t.version
       AND c.origin = 'MACHINE'
       AND c.status::text IN (${Prisma.join(OPEN_STATUSES)})
    RETURNING c.id`;
}

async function applyChanges(tx: Prisma.TransactionClient, user: Reattributor, changes: Change[]): Promise<number> {
  let written = 0;
  for (let from = 0; from < changes.length; from += CHANGES_PER_STATEMENT) {
    const chunk = changes.slice(from, from + CHANGES_PER_STATEMENT);
    const updated = new Set((await tx.$queryRaw<{ id: string }[]>(updateStatement(chunk))).map((row) => row.id));
    const audited = chunk.filter((change) => updated.has(change.id));
    if (audited.length === 0) continue;
    await replaceClaimSources(
      tx,
      audited.map((change) => [change.id, change.after.sources] as const),
    );
    await tx.auditEvent.createMany({
      data: audited.map((change) => ({
        userId: user.id,
        action: "claim.reattributed",
        entityType: "Claim",
        entityId: change.id,
        before: auditJson({ version: change.version, ...change.before }),
        after: auditJson({ version: change.version + 1, ...change.after }),
      })),
    });
    written += audited.length;
  }
  return written;
}

/**
 * Event and counted thing of every claim the extraction finds at its place (also corrected or judged
 * ones: they describe the sentence, not the verdict, and are not part of the reviewed fingerprint).
 */
async function refreshCountedEvents(tx: Prisma.TransactionClient, articleId: string, found: Iterable<ExtractedClaim>) {
  const claims = [...found];
  await tx.$executeRaw`
    UPDATE claims AS c SET event = t.event, thing_lemma = t.lemma, thing_attribute = t.attribute
      FROM unnest(${claims.map((x) => x.start)}::int[], ${claims.map((x) => x.end)}::int[],
                  ${claims.map((x) => x.valueText)}::text[], ${claims.map((x) => x.event)}::text[],
                  ${claims.map((x) => x.thing.lemma)}::text[], ${claims.map((x) => x.thing.attribute)}::text[])
           AS t(start, "end", value_text, event, lemma, attribute)
     WHERE c.article_id = ${articleId} AND c.start = t.start AND c."end" = t."end" AND c.value_text = t.value_text
       AND (c.event, c.thing_lemma, c.thing_attribute) IS DISTINCT FROM (t.event, t.lemma, t.attribute)`;
}

/**
 * The article's claims leave their clusters and join them anew with their current event and thing;
 * clusters they left shrink (or go when empty), and approved claims now grouped otherwise are
 * flagged "neu zu prüfen".
 */
async function reclusterArticle(tx: Prisma.TransactionClient, articleId: string, userId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CLUSTER_LOCK})`;
  const before = await articleClusterIds(tx, articleId);
  await tx.$executeRaw`DELETE FROM claim_cluster_members m USING claims c WHERE c.id = m.claim_id AND c.article_id = ${articleId}`;
  await assignArticleToClusters(tx, articleId);
  await refreshClusterBounds(tx, [...new Set(before.values())]);
  await flagRegroupedApprovals(tx, articleId, before, userId);
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
    const actorIds = await actorIdsByName(tx, found);
    const result: ReattributeResult = { articleId, changed: 0, unchanged: 0, kept: 0, missing: 0, quotations: 0 };
    const changes: Change[] = [];
    for (const claim of claims) {
      const machine = untouched(claim) ? found.claims.get(`${claim.start}:${claim.end}:${claim.valueText}`) : undefined;
      if (!untouched(claim)) result.kept += 1;
      else if (!machine) result.missing += 1;
      else {
        const change = changeOf(claim, machine, actorIds);
        if (change) changes.push(change);
        else result.unchanged += 1;
      }
    }
    const written = await applyChanges(tx, user, changes);
    await refreshCountedEvents(tx, articleId, found.claims.values());
    await reclusterArticle(tx, articleId, user.id);
    result.changed = written;
    // A claim changed meanwhile (verdict, correction) kept its state: the guard in the write skipped it.
    result.kept += changes.length - written;
    result.quotations = await replaceQuotations(tx, articleId, article.text.length, found.quotes, actorIds);
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
