// Editors' corrections of the machine: actor/party and "keine Behauptung".
// Stored as ClaimCorrection rows with before/after (Claim.machine stays as the
// extractor left it), applied to the claim with optimistic locking, audited.
import { findActorByName } from "@/lib/actors/lookup";
import { auditJson, writeAudit, type AuditUser } from "@/lib/audit/audit";
import { decideCaveat } from "@/lib/extraction/caveat";
import type { Party } from "@/lib/extraction/types";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/errors";
import { loadNewsroomSettings } from "@/lib/settings/newsroom";
import { correctionSchema } from "./correction-schemas";
import { auditState, loadClaimForChange, lockedClaimUpdate, parseEnvelope } from "./locking";
import { coSourceCount, ownSource, replaceClaimSources, sourceListAudit } from "./sources";
import { parseInput } from "./validate";

export interface CorrectionResult {
  claimId: string;
  version: number;
  status: ClaimStatus;
  correctionIds: string[];
}

/** Registry entry whose canonical name (or an alias) matches the typed actor, case-insensitively. */
export async function findRegistryActor(tx: Prisma.TransactionClient, name: string) {
  return findActorByName(tx, name);
}

/** The newsroom's conflict parties as saved under /admin/settings (read in the caller's transaction). */
export async function currentConflictParties(tx: Prisma.TransactionClient): Promise<Party[]> {
  return (await loadNewsroomSettings(tx)).conflictParties;
}

/** Whether the caveat applies, decided by the extraction engine's rule for the corrected source. */
export function caveatFor(
  actorName: string,
  party: Party,
  official: boolean,
  sentence: string,
  what: string,
  conflictParties: readonly Party[],
): boolean {
  return caveatForSources([{ actor: actorName, party, official }], sentence, what, conflictParties);
}

/** The same rule for a claim with several sources: it applies when any source needs it. */
export function caveatForSources(
  sources: readonly { actor: string; party: Party; official: boolean }[],
  sentence: string,
  what: string,
  conflictParties: readonly Party[],
): boolean {
  return decideCaveat([...sources], sentence, what, [...conflictParties]).caveat;
}

/**
 * input: {claimId, version, kind: "ACTOR_PARTY", actorName, party, official}
 *     or {claimId, version, kind: "NOT_A_CLAIM", notAClaim}
 */
export async function correctClaim(prisma: PrismaClient, user: AuditUser, input: unknown): Promise<CorrectionResult> {
  const { claimId, version } = parseEnvelope(input);
  const correction = parseInput(correctionSchema, input);
  return prisma.$transaction(async (tx) => {
    const { claim, status } = await loadClaimForChange(tx, claimId, version, "CORRECTION");
    const rows: { kind: "ACTOR" | "PARTY" | "NOT_A_CLAIM"; before: Prisma.InputJsonValue; after: Prisma.InputJsonValue }[] = [];
    let data: Prisma.ClaimUncheckedUpdateManyInput;
    // An editor's source correction replaces the whole list (co-sources too) with the corrected source.
    let sources: Parameters<typeof replaceClaimSources>[1] = [];

    if (correction.kind === "ACTOR_PARTY") {
      const registry = await findRegistryActor(tx, correction.actorName);
      const actorName = registry?.canonicalName ?? correction.actorName;
      const actorId = registry?.id ?? null;
      const actorChanged = actorName !== claim.actorName || actorId !== claim.actorId || correction.official !== claim.official;
      const partyChanged = correction.party !== claim.party;
      // Naming only the first of several sources drops the others: that is a change too.
      const coSources = await coSourceCount(tx, claimId);
      if (!actorChanged && !partyChanged && coSources === 0) {
        throw new DomainError("VALIDATION", "Keine Änderung: Quelle und Partei entsprechen schon dem aktuellen Stand.");
      }
      if (actorChanged || coSources > 0) {
        rows.push({
          kind: "ACTOR",
          before: auditJson({
            actorId: claim.actorId,
            actorName: claim.actorName,
            official: claim.official,
            ...(coSources > 0 ? { sources: await sourceListAudit(tx, claimId) } : {}),
          }),
          after: auditJson({ actorId, actorName, official: correction.official }),
        });
      }
      if (partyChanged) {
        rows.push({ kind: "PARTY", before: { party: claim.party }, after: { party: correction.party } });
      }
      const conflictParties = await currentConflictParties(tx);
      const caveat = caveatFor(actorName, correction.party, correction.official, claim.sentence, claim.what, conflictParties);
      data = { actorId, actorName, official: correction.official, party: correction.party, caveat, status };
      sources = [[claimId, ownSource({ actorId, actorName, party: correction.party, official: correction.official })]];
    } else {
      if (correction.notAClaim === claim.notAClaim) {
        throw new DomainError(
          "VALIDATION",
          claim.notAClaim
            ? "Diese Stelle ist bereits als „keine Behauptung“ markiert."
            : "Diese Stelle gilt bereits als Behauptung.",
        );
      }
      rows.push({ kind: "NOT_A_CLAIM", before: { notAClaim: claim.notAClaim }, after: { notAClaim: correction.notAClaim } });
      data = { notAClaim: correction.notAClaim, status };
    }

    const updated = await lockedClaimUpdate(tx, claimId, version, data);
    await replaceClaimSources(tx, sources);
    const correctionIds: string[] = [];
    for (const row of rows) {
      const created = await tx.claimCorrection.create({ data: { claimId, userId: user.id, ...row } });
      correctionIds.push(created.id);
    }
    await writeAudit(tx, user, {
      action: "claim.correction",
      entityType: "Claim",
      entityId: claimId,
      before: auditJson(auditState(claim)),
      after: auditJson({ ...auditState(updated), corrections: rows.map((r, i) => ({ id: correctionIds[i], kind: r.kind })) }),
    });
    return { claimId, version: updated.version, status: updated.status, correctionIds };
  });
}
