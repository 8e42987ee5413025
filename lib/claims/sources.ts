// Several sources per claim (issue #11): the claim_sources rows – position 0 is the claim's own
// actor/party/official, further positions the co-sources of "nach Angaben der US-Regierung und
// der Ukraine". Written in the same transaction as the claim by the ingest (create.ts), by
// "Attribution neu berechnen" (reattribute.ts) and by the source corrections, which replace the
// list with the one corrected source. Readers fall back to the claim's own source when a claim
// has no rows (claims written by older code or directly by tests).
import type { ClaimSource as ExtractedSource, ExtractedClaim } from "@/lib/extraction/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Party } from "@/lib/generated/prisma/enums";
import { PARTY_LABELS } from "./labels";

/** One stored source: the registry id when the name resolves, else null with the name as written. */
export interface StoredSource {
  actorId: string | null;
  actorName: string;
  party: Party;
  official: boolean;
}

/** What readers show: name, party and flag, in the text's order. */
export type SourceView = Omit<StoredSource, "actorId">;

/**
 * The claim's sources as the engine named them. An engine result without a list (older callers,
 * hand-made claims) still has its one source in actor/party; the newsroom's own figures have none.
 */
export function extractedSources(claim: Pick<ExtractedClaim, "actor" | "party" | "official"> & { sources?: ExtractedSource[] }) {
  if (claim.sources && claim.sources.length > 0) return claim.sources;
  if (claim.actor === "" && claim.party === "NONE") return [];
  return [{ actor: claim.actor, party: claim.party, official: claim.official }];
}

/** Registry ids of canonical names (exact, as the engine names registry actors), in the caller's transaction. */
export async function registryIdsByName(
  tx: Pick<Prisma.TransactionClient, "actor">,
  names: Iterable<string>,
): Promise<Map<string, string>> {
  const wanted = [...new Set([...names].filter(Boolean))];
  if (wanted.length === 0) return new Map();
  const actors = await tx.actor.findMany({ where: { canonicalName: { in: wanted } }, select: { id: true, canonicalName: true } });
  return new Map(actors.map((actor) => [actor.canonicalName, actor.id]));
}

export function storedSources(sources: readonly ExtractedSource[], actorIds: Map<string, string>): StoredSource[] {
  return sources.map((source) => ({
    actorId: actorIds.get(source.actor) ?? null,
    actorName: source.actor,
    party: source.party,
    official: source.official,
  }));
}

/** Source rows per INSERT: a few arrays whatever the number of rows (like the claims' INSERT). */
const SOURCES_PER_STATEMENT = 500;

/** Inserts the sources of many claims: [claimId, its sources in order]. */
export async function insertClaimSources(
  tx: Prisma.TransactionClient,
  lists: readonly (readonly [string, readonly StoredSource[]])[],
): Promise<void> {
  const rows = lists.flatMap(([claimId, sources]) => sources.map((source, position) => ({ claimId, position, ...source })));
  for (let from = 0; from < rows.length; from += SOURCES_PER_STATEMENT) {
    const chunk = rows.slice(from, from + SOURCES_PER_STATEMENT);
    const column = <T>(pick: (row: (typeof chunk)[number]) => T) => chunk.map(pick);
    await tx.$executeRaw`
      INSERT INTO claim_sources (claim_id, position, actor_id, actor_name, party, official)
      SELECT claim_id, position, actor_id, actor_name, party::"Party", official
        FROM unnest(${column((r) => r.claimId)}::text[], ${column((r) => r.position)}::int[],
                    ${column((r) => r.actorId)}::text[], ${column((r) => r.actorName)}::text[],
                    ${column((r) => r.party)}::text[], ${column((r) => r.official)}::bool[])
          AS t(claim_id, position, actor_id, actor_name, party, official)`;
  }
}

/** Replaces the source lists of these claims (re-attribution, corrections), in the caller's transaction. */
export async function replaceClaimSources(
  tx: Prisma.TransactionClient,
  lists: readonly (readonly [string, readonly StoredSource[]])[],
): Promise<void> {
  if (lists.length === 0) return;
  await tx.$executeRaw`DELETE FROM claim_sources WHERE claim_id = ANY(${lists.map(([claimId]) => claimId)}::text[])`;
  await insertClaimSources(tx, lists);
}

/** The claim's own source as its one-element list (none for the newsroom's own figures). */
export function ownSource(claim: StoredSource): StoredSource[] {
  return claim.actorName === "" && claim.actorId === null && claim.party === "NONE" ? [] : [claim];
}

/** A claim's sources for display: its rows in order, or its own source when it has none. */
export function sourcesForDisplay(rows: readonly SourceView[], claim: SourceView): SourceView[] {
  if (rows.length > 0) return rows.map(({ actorName, party, official }) => ({ actorName, party, official }));
  return claim.actorName === "" && claim.party === "NONE"
    ? []
    : [{ actorName: claim.actorName, party: claim.party, official: claim.official }];
}

/** The sources of the claims with these ids, in order (one query; for panels, reports, exports). */
export async function loadClaimSources(
  db: Pick<Prisma.TransactionClient, "claimSource">,
  claimIds: readonly string[],
): Promise<Map<string, SourceView[]>> {
  const result = new Map<string, SourceView[]>();
  if (claimIds.length === 0) return result;
  const rows = await db.claimSource.findMany({
    where: { claimId: { in: [...claimIds] } },
    orderBy: [{ claimId: "asc" }, { position: "asc" }],
    select: { claimId: true, actorName: true, party: true, official: true },
  });
  for (const { claimId, ...source } of rows) {
    const list = result.get(claimId);
    if (list) list.push(source);
    else result.set(claimId, [source]);
  }
  return result;
}

/** "Name (Partei); Name (Partei)" – the sources in one cell of a CSV or one line of text. */
export function sourcesLabel(sources: readonly SourceView[]): string {
  return sources.map((source) => `${source.actorName || "Redaktion"} (${PARTY_LABELS[source.party]})`).join("; ");
}

/** How many sources beyond the first the claim has (in the caller's transaction). */
export function coSourceCount(tx: Pick<Prisma.TransactionClient, "claimSource">, claimId: string): Promise<number> {
  return tx.claimSource.count({ where: { claimId, position: { gt: 0 } } });
}

/** The claim's stored list for an audit or correction record: [{actorId, actorName, party, official}]. */
export function sourceListAudit(tx: Pick<Prisma.TransactionClient, "claimSource">, claimId: string): Promise<StoredSource[]> {
  return tx.claimSource.findMany({
    where: { claimId },
    orderBy: { position: "asc" },
    select: { actorId: true, actorName: true, party: true, official: true },
  });
}
