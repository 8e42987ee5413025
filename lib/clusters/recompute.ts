// "Gruppen neu berechnen": one full recompute (store.ts) behind the CLI `npm run clusters:recompute`
// and the admin button (POST /api/clusters/recompute). The work is set-based SQL inside PostgreSQL
// (~8 s for 100 000 claims), so the Node process stays free while it runs; a second trigger during a
// run gets 409 instead of queueing behind it. Audited (action clusters.recompute; the CLI has no user).
import { DomainError } from "@/lib/errors";
import { Prisma as PrismaNs, type PrismaClient } from "@/lib/generated/prisma/client";
import { auditJson } from "@/lib/audit/audit";
import { recomputeClusters } from "./store";

/** Held for the whole run (besides CLUSTER_LOCK), so that a second trigger can tell one is running. */
const RECOMPUTE_RUNNING_LOCK = 100_011;
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 10 * 60_000 };

export const RECOMPUTE_RUNNING_MESSAGE = "Die Gruppen werden gerade schon neu berechnet; bitte das Ergebnis abwarten.";

export interface RecomputeResult {
  clusters: number;
  /** Manual groups (merged or split by editors) among them, kept as they were. */
  manual: number;
  ms: number;
}

export function recomputeResultLine(result: RecomputeResult): string {
  const manual = result.manual > 0 ? `, davon ${result.manual} von Hand zusammengeführt oder geteilt` : "";
  return `${result.clusters} Gruppen neu berechnet${manual} (${(result.ms / 1000).toFixed(1).replace(".", ",")} s).`;
}

export async function recomputeAllClusters(
  prisma: PrismaClient,
  user: { id: string } | null,
  onStep?: (step: string, ms: number) => void,
): Promise<RecomputeResult> {
  const started = performance.now();
  return prisma.$transaction(async (tx) => {
    const [{ locked }] = await tx.$queryRaw<
      { locked: boolean }[]
    >`SELECT pg_try_advisory_xact_lock(${RECOMPUTE_RUNNING_LOCK}) AS locked`;
    if (!locked) throw new DomainError("CONFLICT", RECOMPUTE_RUNNING_MESSAGE);
    const clusters = await recomputeClusters(tx, undefined, onStep);
    const manual = await tx.claimCluster.count({ where: { pin: { not: null } } });
    const result = { clusters, manual, ms: Math.round(performance.now() - started) };
    await tx.auditEvent.create({
      data: {
        userId: user?.id ?? null,
        action: "clusters.recompute",
        entityType: "Cluster",
        entityId: "*",
        before: PrismaNs.DbNull,
        after: auditJson(result),
      },
    });
    return result;
  }, TRANSACTION_OPTIONS);
}
