// Detaching a claim from its cluster (editor action): the figure does not belong with the others.
// Stored as a correction (kind CLUSTER_DETACH) and audited in one transaction; the clustering skips
// claims with such a correction, so a full recompute or a re-attribution does not put it back.
import { z } from "zod";
import { auditJson, writeAudit } from "@/lib/audit/audit";
import { DomainError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { CLUSTER_LOCK, refreshClusterBounds } from "./store";

const detachSchema = z.object({ claimId: z.string().min(1).max(64) });

export interface DetachResult {
  claimId: string;
  clusterId: number;
}

export async function detachClaimFromCluster(
  prisma: PrismaClient,
  user: { id: string },
  input: Record<string, unknown>,
): Promise<DetachResult> {
  const parsed = detachSchema.safeParse(input);
  if (!parsed.success) throw new DomainError("VALIDATION", "Ungültige Behauptungs-ID.");
  const { claimId } = parsed.data;
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CLUSTER_LOCK})`;
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } });
    if (!claim) throw new DomainError("NOT_FOUND", "Diese Behauptung gibt es nicht (mehr).");
    const membership = await tx.claimClusterMember.findUnique({ where: { claimId } });
    if (!membership) throw new DomainError("CONFLICT", "Diese Behauptung gehört zu keiner Gruppe (mehr); bitte Seite neu laden.");
    // guarded in the write itself: a concurrent detach or recompute leaves nothing to delete
    const removed = await tx.claimClusterMember.deleteMany({ where: { claimId, clusterId: membership.clusterId } });
    if (removed.count !== 1) throw new DomainError("CONFLICT", "Die Gruppe hat sich eben geändert; bitte Seite neu laden.");
    // out of its manual group too (the correction keeps it out of every cluster anyway)
    await tx.claimClusterPin.deleteMany({ where: { claimId } });
    await tx.claimCluster.updateMany({ where: { id: membership.clusterId }, data: { version: { increment: 1 } } });
    await refreshClusterBounds(tx, [membership.clusterId]);
    const before = auditJson({ clusterId: membership.clusterId });
    const after = auditJson({ clusterId: null });
    await tx.claimCorrection.create({ data: { claimId, userId: user.id, kind: "CLUSTER_DETACH", before, after } });
    await writeAudit(tx, user, { action: "claim.cluster_detach", entityType: "Claim", entityId: claimId, before, after });
    return { claimId, clusterId: membership.clusterId };
  });
}
