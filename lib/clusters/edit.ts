// Editors merge two clusters or split claims off a cluster. Both are corrections (kinds
// CLUSTER_MERGE / CLUSTER_SPLIT, one per claim whose cluster the editor decided) and one audit event,
// written in one transaction under the cluster lock. The clusters they leave are "manual": their
// claims are pinned to a manual group (claim_cluster_pins), which a full recompute rebuilds as it is
// and an incremental ingest never bridges into another cluster (store.ts), so the edit stands.
// The cluster acted on comes from the path; the page's cluster version guards against stale pages.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { auditJson, writeAudit } from "@/lib/audit/audit";
import { parseInput } from "@/lib/claims/validate";
import { DomainError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { CLUSTER_LOCK, refreshClusterBounds } from "./store";

type Db = Prisma.TransactionClient;

const MAX_CLUSTER_ID = 2_147_483_647;
/** A split names its claims; a cluster page lists at most this many (load.ts MEMBER_LIMIT). */
const MAX_SPLIT_CLAIMS = 500;

export const CLUSTER_GONE_MESSAGE =
  "Diese Gruppe gibt es nicht (mehr) – vielleicht wurden die Gruppen eben geändert oder neu berechnet. Bitte Seite neu laden.";
const STALE_MESSAGE = "Die Gruppe wurde eben von jemand anderem geändert. Bitte Seite neu laden und erneut entscheiden.";

const clusterIdText = z.string().regex(/^[1-9][0-9]{0,9}$/);
const versionField = z
  .number({ error: "Die Version der Gruppe fehlt; bitte Seite neu laden." })
  .int("Die Version der Gruppe fehlt; bitte Seite neu laden.")
  .min(1, "Die Version der Gruppe fehlt; bitte Seite neu laden.");

const mergeSchema = z.object({
  clusterId: z.string(),
  version: versionField,
  into: z
    .union([z.number(), z.string().trim()], { error: "Bitte die Nummer der Zielgruppe angeben." })
    .transform((value) => (typeof value === "number" ? value : /^[0-9]{1,10}$/.test(value) ? Number(value) : NaN))
    .pipe(
      z
        .number({ error: "Die Nummer der Zielgruppe besteht nur aus Ziffern, z. B. 12." })
        .int("Die Nummer der Zielgruppe besteht nur aus Ziffern, z. B. 12.")
        .min(1, "Die Nummer der Zielgruppe besteht nur aus Ziffern, z. B. 12.")
        .max(MAX_CLUSTER_ID, "Diese Zielgruppe gibt es nicht."),
    ),
});

const splitSchema = z.object({
  clusterId: z.string(),
  version: versionField,
  claimIds: z
    .array(z.string().min(1).max(64), { error: "Bitte die Behauptungen wählen, die eine eigene Gruppe bilden." })
    .min(1, "Bitte mindestens eine Behauptung ankreuzen, die eine eigene Gruppe bilden soll.")
    .max(MAX_SPLIT_CLAIMS, `Höchstens ${MAX_SPLIT_CLAIMS} Behauptungen auf einmal.`)
    .refine((ids) => new Set(ids).size === ids.length, "Eine Behauptung ist doppelt gewählt."),
});

export interface MergeResult {
  /** The cluster that remains (the target); the one from the path is gone. */
  clusterId: number;
  mergedClusterId: number;
  claims: number;
}

export interface SplitResult {
  clusterId: number;
  /** The new cluster of the chosen claims. */
  newClusterId: number;
}

/** The path's cluster id as a number; anything else names no cluster (404). */
export function parseClusterId(raw: string): number {
  const id = clusterIdText.safeParse(raw).success ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id > MAX_CLUSTER_ID) throw new DomainError("NOT_FOUND", CLUSTER_GONE_MESSAGE);
  return id;
}

function fieldError(field: string, message: string): DomainError {
  return new DomainError("VALIDATION", message, undefined, { [field]: message });
}

async function lockedCluster(tx: Db, id: number, version: number) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CLUSTER_LOCK})`;
  const cluster = await tx.claimCluster.findUnique({ where: { id } });
  if (!cluster) throw new DomainError("NOT_FOUND", CLUSTER_GONE_MESSAGE);
  if (cluster.version !== version) throw new DomainError("CONFLICT", STALE_MESSAGE);
  return cluster;
}

async function memberIdsOf(tx: Db, clusterId: number): Promise<string[]> {
  const rows = await tx.claimClusterMember.findMany({
    where: { clusterId },
    select: { claimId: true },
    orderBy: { claimId: "asc" },
  });
  return rows.map((r) => r.claimId);
}

async function pinClaims(tx: Db, claimIds: string[], pin: string): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO claim_cluster_pins (claim_id, pin) SELECT unnest(${claimIds}::text[]), ${pin}
    ON CONFLICT (claim_id) DO UPDATE SET pin = EXCLUDED.pin`;
}

async function writeCorrections(
  tx: Db,
  user: { id: string },
  kind: "CLUSTER_MERGE" | "CLUSTER_SPLIT",
  moves: { claimIds: string[]; from: number; to: number; pin: string }[],
): Promise<void> {
  await tx.claimCorrection.createMany({
    data: moves.flatMap(({ claimIds, from, to, pin }) =>
      claimIds.map((claimId) => ({
        claimId,
        userId: user.id,
        kind,
        before: auditJson({ clusterId: from }),
        after: auditJson({ clusterId: to, pin }),
      })),
    ),
  });
}

const keyLabel = (c: { event: string; thingLemma: string; thingAttribute: string }) =>
  `${c.thingLemma}${c.thingAttribute ? ` (${c.thingAttribute})` : ""} ${c.event}`;

/** Merges the path's cluster into the cluster `into` (same event and counted thing). */
export async function mergeClusters(
  prisma: PrismaClient,
  user: { id: string },
  input: Record<string, unknown>,
): Promise<MergeResult> {
  const { clusterId: rawId, version, into } = parseInput(mergeSchema, input);
  const sourceId = parseClusterId(rawId);
  if (into === sourceId) throw fieldError("into", "Eine Gruppe lässt sich nicht mit sich selbst zusammenführen.");
  return prisma.$transaction(async (tx) => {
    const source = await lockedCluster(tx, sourceId, version);
    const target = await tx.claimCluster.findUnique({ where: { id: into } });
    if (!target) throw fieldError("into", `Die Gruppe ${into} gibt es nicht (mehr); bitte eine andere wählen.`);
    if (keyLabel(target) !== keyLabel(source)) {
      throw fieldError(
        "into",
        `Gruppe ${into} zählt „${keyLabel(target)}“, diese „${keyLabel(source)}“; zusammenführen lassen sich nur Gruppen mit gleichem Ereignis und Gezähltem.`,
      );
    }
    const pin = target.pin ?? source.pin ?? randomUUID();
    const moved = await memberIdsOf(tx, sourceId);
    const stayed = await memberIdsOf(tx, into);
    // guarded in the write itself: only the version this page saw may be merged away
    const removed = await tx.claimCluster.deleteMany({ where: { id: sourceId, version } });
    if (removed.count !== 1) throw new DomainError("CONFLICT", STALE_MESSAGE);
    await tx.claimClusterMember.updateMany({ where: { clusterId: sourceId }, data: { clusterId: into } });
    await tx.claimCluster.update({ where: { id: into }, data: { pin, version: { increment: 1 } } });
    await refreshClusterBounds(tx, [into]);
    await pinClaims(tx, [...moved, ...stayed], pin);
    await writeCorrections(tx, user, "CLUSTER_MERGE", [
      { claimIds: moved, from: sourceId, to: into, pin },
      { claimIds: stayed, from: into, to: into, pin },
    ]);
    await writeAudit(tx, user, {
      action: "cluster.merge",
      entityType: "Cluster",
      entityId: String(into),
      before: auditJson({
        clusters: [
          { id: sourceId, claimIds: moved },
          { id: into, claimIds: stayed },
        ],
      }),
      after: auditJson({ clusterId: into, claimIds: [...stayed, ...moved], pin }),
    });
    return { clusterId: into, mergedClusterId: sourceId, claims: moved.length + stayed.length };
  });
}

/** The chosen claims leave the path's cluster and form a cluster of their own. */
export async function splitCluster(
  prisma: PrismaClient,
  user: { id: string },
  input: Record<string, unknown>,
): Promise<SplitResult> {
  const { clusterId: rawId, version, claimIds } = parseInput(splitSchema, input);
  const clusterId = parseClusterId(rawId);
  return prisma.$transaction(async (tx) => {
    const cluster = await lockedCluster(tx, clusterId, version);
    const members = await memberIdsOf(tx, clusterId);
    const chosen = new Set(claimIds);
    if (claimIds.some((id) => !members.includes(id))) {
      throw new DomainError("CONFLICT", "Eine gewählte Behauptung gehört nicht (mehr) zu dieser Gruppe. Bitte Seite neu laden.");
    }
    const rest = members.filter((id) => !chosen.has(id));
    if (rest.length === 0) {
      throw fieldError("claimIds", "Mindestens eine Behauptung muss in der Gruppe bleiben; bitte nicht alle ankreuzen.");
    }
    const restPin = cluster.pin ?? randomUUID();
    const newPin = randomUUID();
    const kept = await tx.claimCluster.updateMany({
      where: { id: clusterId, version },
      data: { pin: restPin, version: { increment: 1 } },
    });
    if (kept.count !== 1) throw new DomainError("CONFLICT", STALE_MESSAGE);
    const created = await tx.claimCluster.create({
      data: {
        event: cluster.event,
        thingLemma: cluster.thingLemma,
        thingAttribute: cluster.thingAttribute,
        minValue: cluster.minValue,
        maxValue: cluster.maxValue,
        pin: newPin,
      },
      select: { id: true },
    });
    await tx.claimClusterMember.updateMany({ where: { claimId: { in: claimIds } }, data: { clusterId: created.id } });
    await refreshClusterBounds(tx, [clusterId, created.id]);
    await pinClaims(tx, rest, restPin);
    await pinClaims(tx, claimIds, newPin);
    await writeCorrections(tx, user, "CLUSTER_SPLIT", [
      { claimIds, from: clusterId, to: created.id, pin: newPin },
      { claimIds: rest, from: clusterId, to: clusterId, pin: restPin },
    ]);
    await writeAudit(tx, user, {
      action: "cluster.split",
      entityType: "Cluster",
      entityId: String(clusterId),
      before: auditJson({ clusterId, claimIds: members }),
      after: auditJson({ clusterId, claimIds: rest, newClusterId: created.id, splitOff: claimIds }),
    });
    return { clusterId, newClusterId: created.id };
  });
}
