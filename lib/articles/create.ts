import crypto from "node:crypto";
import { caveatForSources, currentConflictParties } from "@/lib/claims/corrections";
import { extractedSources, insertClaimSources, registryIdsByName, storedSources } from "@/lib/claims/sources";
import type { ExtractedClaim, ExtractedQuote, Party } from "@/lib/extraction/types";
import { clipSentence } from "@/lib/extraction-worker/analyze";
import { Prisma } from "@/lib/generated/prisma/client";
import { assignArticleToClusters } from "@/lib/clusters/store";
import { flagContradictedApprovals } from "@/lib/clusters/recheck";
import { canonicalArticleText, normalizedTextSha256 } from "./normalize";
import { insertQuotations } from "./quotations";
export interface NewArticle {
  title: string;
  outlet: string;
  url?: string | null;
  publishedAt?: Date | null;
  stand?: string | null;
  /** Already canonical (canonicalArticleText): claim offsets refer to it. */
  text: string;
}

/**
 * Claims per INSERT statement. Prisma binds each chunk's arrays on the event loop: 100 claims take
 * ~20 ms (measured: 500 held it up to 150 ms), so other requests slip in between the chunks.
 */
const CLAIMS_PER_STATEMENT = 100;

/**
 * Ids in Prisma's cuid format (c + 8 time + 4 counter + 12 random characters = 25), generated here because
 * the multi-row INSERT below bypasses the client that would otherwise fill @default(cuid()).
 */
function newIds(count: number): string[] {
  const time = Date.now().toString(36).padStart(8, "0").slice(-8);
  const random = crypto.randomBytes(count * 12);
  return Array.from({ length: count }, (_, i) => {
    let tail = "";
    for (let k = 0; k < 12; k++) tail += (random[i * 12 + k] % 36).toString(36);
    return `c${time}${(i % 1679616).toString(36).padStart(4, "0")}${tail}`;
  });
}

/** The claim rows as columns (one array per column) for INSERT … SELECT FROM unnest(…). */
function claimColumns(articleId: string, ids: string[], claims: ExtractedClaim[], actorIds: Map<string, string>) {
  return {
    id: ids,
    articleId: claims.map(() => articleId),
    start: claims.map((c) => c.start),
    end: claims.map((c) => c.end),
    // Seeds and older callers pass the extractor's output unclipped (the worker already clips).
    sentence: claims.map((c) => clipSentence(c.sentence, c.start - c.sentenceStart, c.end - c.sentenceStart)),
    valueText: claims.map((c) => c.valueText),
    value: claims.map((c) => c.value),
    qualifier: claims.map((c) => c.qualifier),
    total: claims.map((c) => c.total),
    what: claims.map((c) => c.what),
    sourceText: claims.map((c) => c.sourceText),
    sourceStart: claims.map((c) => (c.sourceStart >= 0 ? c.sourceStart : null)),
    sourceEnd: claims.map((c) => (c.sourceEnd >= 0 ? c.sourceEnd : null)),
    actorId: claims.map((c) => actorIds.get(c.actor) ?? null),
    actorName: claims.map((c) => c.actor),
    party: claims.map((c) => c.party),
    official: claims.map((c) => c.official),
    caveat: claims.map((c) => c.caveat),
    explanation: claims.map((c) => c.explanation),
    event: claims.map((c) => c.event ?? ""),
    thingLemma: claims.map((c) => c.thing?.lemma ?? ""),
    thingAttribute: claims.map((c) => c.thing?.attribute ?? ""),
    machine: claims.map((c) => JSON.stringify(machineSnapshot(c))),
  };
}

/** Snapshot of what the machine said (claims.machine), so corrections can be measured against it. */
export function machineSnapshot(c: ExtractedClaim) {
  return {
    valueText: c.valueText,
    value: c.value,
    what: c.what,
    sourceText: c.sourceText,
    actor: c.actor,
    party: c.party,
    official: c.official,
    caveat: c.caveat,
  };
}

/** One multi-row INSERT for a chunk of claims: 23 array parameters, whatever the number of rows. */
function insertClaimsStatement(c: ReturnType<typeof claimColumns>): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO claims (id, article_id, start, "end", sentence, value_text, value, qualifier, total, what, source_text,
                        source_start, source_end, actor_id, actor_name, party, official, caveat, explanation, machine,
                        event, thing_lemma, thing_attribute, created_at, updated_at)
    SELECT id, article_id, start, "end", sentence, value_text, value, qualifier, total, what, source_text,
           source_start, source_end, actor_id, actor_name, party::"Party", official, caveat, explanation, machine::jsonb,
           event, thing_lemma, thing_attribute, now(), now()
      FROM unnest(${c.id}::text[], ${c.articleId}::text[], ${c.start}::int[], ${c.end}::int[], ${c.sentence}::text[],
                  ${c.valueText}::text[], ${c.value}::float8[], ${c.qualifier}::text[], ${c.total}::float8[],
                  ${c.what}::text[], ${c.sourceText}::text[], ${c.sourceStart}::int[], ${c.sourceEnd}::int[],
                  ${c.actorId}::text[], ${c.actorName}::text[], ${c.party}::text[], ${c.official}::bool[],
                  ${c.caveat}::bool[], ${c.explanation}::text[], ${c.machine}::text[],
                  ${c.event}::text[], ${c.thingLemma}::text[], ${c.thingAttribute}::text[])
        AS t(id, article_id, start, "end", sentence, value_text, value, qualifier, total, what, source_text,
             source_start, source_end, actor_id, actor_name, party, official, caveat, explanation, machine,
             event, thing_lemma, thing_attribute)`;
}

/** What the engine found in a text and the web app stores: its claims and its quotations. */
export interface StoredExtraction {
  claims: ExtractedClaim[];
  /** Absent: none (older callers). */
  quotes?: ExtractedQuote[];
}

const CAVEAT_OF_ALL_SOURCES = "Hinweis nötig: Eine der Quellen ist eine offizielle Stelle einer Konfliktpartei.";

/**
 * The caveat applies when any of the claim's sources needs it. The engine decides it over all
 * sources already; this keeps the rule when a result names a co-source of a conflict party that
 * the first source's decision did not cover (same rule as the corrections: caveatForSources).
 */
export function withCaveatOfAllSources(claim: ExtractedClaim, conflictParties: readonly Party[]): ExtractedClaim {
  const sources = extractedSources(claim);
  if (claim.caveat || !sources.some((source) => conflictParties.includes(source.party))) return claim;
  if (!caveatForSources(sources, claim.sentence, claim.what, conflictParties)) return claim;
  return { ...claim, caveat: true, explanation: `${claim.explanation} ${CAVEAT_OF_ALL_SOURCES}`.trim() };
}

/**
 * Stores an article with what the engine found, inside the caller's transaction: the article row,
 * the claims in chunks of multi-row INSERTs, each claim's sources (claim_sources) and the
 * quotations. The unique sha256 index makes a concurrent duplicate fail here instead of slipping
 * through a check-then-insert. `conflictParties`: those the extraction ran with (default: the
 * newsroom's current settings).
 */
export async function insertArticleWithExtraction(
  tx: Prisma.TransactionClient,
  article: NewArticle,
  extraction: StoredExtraction,
  createdById: string | null,
  options: { conflictParties?: readonly Party[] } = {},
) {
  const text = canonicalArticleText(article.text);
  const quotes = extraction.quotes ?? [];
  const conflictParties = options.conflictParties ?? (await currentConflictParties(tx));
  const claims = extraction.claims.map((claim) => withCaveatOfAllSources(claim, conflictParties));
  const actorIds = await registryIdsByName(tx, [
    ...claims.flatMap((c) => [c.actor, ...extractedSources(c).map((source) => source.actor)]),
    ...quotes.map((q) => q.actor),
  ]);
  const created = await tx.article.create({
    data: {
      title: article.title,
      outlet: article.outlet,
      url: article.url ?? null,
      publishedAt: article.publishedAt ?? null,
      stand: article.stand ?? null,
      text,
      textSha256: normalizedTextSha256(text),
      createdById,
    },
  });
  // A few multi-row INSERTs instead of one statement (or bound row) per claim: the article view
  // and the queue see all claims of the article at once, when the transaction commits.
  for (let from = 0; from < claims.length; from += CLAIMS_PER_STATEMENT) {
    const chunk = claims.slice(from, from + CLAIMS_PER_STATEMENT);
    const ids = newIds(chunk.length);
    await tx.$executeRaw(insertClaimsStatement(claimColumns(created.id, ids, chunk, actorIds)));
    await insertClaimSources(
      tx,
      chunk.map((claim, i) => [ids[i], storedSources(extractedSources(claim), actorIds)] as const),
    );
  }
  await insertQuotations(tx, created.id, text.length, quotes, actorIds);
  await assignArticleToClusters(tx, created.id);
  await flagContradictedApprovals(tx, created.id, createdById);
  return created;
}

/** An article with claims only (seeds, tests): insertArticleWithExtraction without quotations. */
export function insertArticleWithClaims(
  tx: Prisma.TransactionClient,
  article: NewArticle,
  claims: ExtractedClaim[],
  createdById: string | null,
) {
  return insertArticleWithExtraction(tx, article, { claims }, createdById);
}
