// "falsch zugeordnet" corrects the source: the correct source an editor names with that verdict
// becomes the claim's effective source – the registry entry when the name (or an alias) is in
// the actor registry, otherwise the name as typed with the party and flag the editor chose
// (unknown: "Andere", not official). Party and caveat follow; the change is recorded as a
// ClaimCorrection (ACTOR, before/after) like an editor's correction in lib/claims/corrections.ts.
import { findActorByName } from "@/lib/actors/lookup";
import { auditJson } from "@/lib/audit/audit";
import { caveatFor, currentConflictParties } from "@/lib/claims/corrections";
import type { ClaimState } from "@/lib/claims/locking";
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
  before: SourceFields;
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
  if (sameActor && party === claim.party && official === claim.official) {
    throw new DomainError("VALIDATION", SAME_SOURCE_MESSAGE, undefined, { correctSource: SAME_SOURCE_MESSAGE });
  }
  const caveat = caveatFor(actorName, party, official, claim.sentence, claim.what, await currentConflictParties(tx));
  return {
    data: { actorId: registry?.id ?? null, actorName, party, official, caveat },
    before: sourceOf(claim),
    fromRegistry: registry !== null,
  };
}

/** The ClaimCorrection row of a source change by verdict, in the caller's transaction. */
export async function recordSourceCorrection(
  tx: Prisma.TransactionClient,
  claimId: string,
  userId: string,
  correction: SourceCorrection,
): Promise<string> {
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
