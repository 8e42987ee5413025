// "falsch zugeordnet" corrects the source: the correct source an editor names with that verdict
// becomes the claim's effective source – the registry entry when the name (or an alias) is in
// the actor registry, otherwise the name as typed with the party and flag the editor chose
// (unknown: "Andere", not official). Party and caveat follow; the change is recorded as a
// ClaimCorrection (ACTOR, before/after) like an editor's correction in lib/claims/corrections.ts.
// The corrected source replaces the claim's whole source list (claim_sources): co-sources the
// machine named go with the machine's attribution.
import { findActorByName } from "@/lib/actors/lookup";
import { auditJson } from "@/lib/audit/audit";
import { caveatFor, currentConflictParties } from "@/lib/claims/corrections";
import type { ClaimState } from "@/lib/claims/locking";
import { coSourceCount, replaceClaimSources, sourceListAudit, type StoredSource } from "@/lib/claims/sources";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Party } from "@/lib/generated/prisma/enums";

export const SAME_SOURCE_MESSAGE =
  "Das ist die Quelle, der die Angabe schon zugeordnet ist. Bitte die richtige Quelle angeben oder ein anderes Urteil wählen.";

export interface SourceFields {
  actorId: string | null;
  actorName: string;
  party: Party;
  official: boolean;
  caveat: boolean;
}

export interface SourceCorrection {
  data: SourceFields;
  before: SourceFields & { sources?: StoredSource[] };
  /** Whether the name was found in the registry (then its party and flag apply). */
  fromRegistry: boolean;
}

function sourceOf(claim: ClaimState): SourceFields {
  return {
    actorId: claim.actorId,
    actorName: claim.actorName,
    party: claim.party,
    official: claim.official,
    caveat: claim.caveat,
  };
}

/** The claim's new source for "falsch zugeordnet"; VALIDATION when it is the current one. */
export async function correctedSource(
  tx: Prisma.TransactionClient,
  claim: ClaimState,
  chosen: { correctSource: string; correctParty?: Party; correctOfficial?: boolean },
): Promise<SourceCorrection> {
  const registry = await findActorByName(tx, chosen.correctSource);
  const actorName = registry?.canonicalName ?? chosen.correctSource.trim();
  const party = registry?.party ?? chosen.correctParty ?? "OTHER";
  const official = registry?.official ?? chosen.correctOfficial ?? false;
  const sameActor = registry ? registry.id === claim.actorId : actorName.toLowerCase() === claim.actorName.toLowerCase();
  // With several sources, naming the first one alone still corrects the list.
  const coSources = await coSourceCount(tx, claim.id);
  if (sameActor && party === claim.party && official === claim.official && coSources === 0) {
    throw new DomainError("VALIDATION", SAME_SOURCE_MESSAGE, undefined, { correctSource: SAME_SOURCE_MESSAGE });
  }
  const caveat = caveatFor(actorName, party, official, claim.sentence, claim.what, await currentConflictParties(tx));
  return {
    data: { actorId: registry?.id ?? null, actorName, party, official, caveat },
    before: coSources > 0 ? { ...sourceOf(claim), sources: await sourceListAudit(tx, claim.id) } : sourceOf(claim),
    fromRegistry: registry !== null,
  };
}

/**
 * The ClaimCorrection row of a source change by verdict, and the claim's source list replaced by
 * the corrected source, in the caller's transaction (after the claim's guarded update).
 */
export async function recordSourceCorrection(
  tx: Prisma.TransactionClient,
  claimId: string,
  userId: string,
  correction: SourceCorrection,
): Promise<string> {
  const { actorId, actorName, party, official } = correction.data;
  await replaceClaimSources(tx, [[claimId, [{ actorId, actorName, party, official }]]]);
  const created = await tx.claimCorrection.create({
    data: {
      claimId,
      userId,
      kind: "ACTOR",
      before: auditJson(correction.before),
      after: auditJson({ ...correction.data, via: "attribution_verdict" }),
    },
  });
  return created.id;
}
