// Detaching a claim from its cluster: a correction, audited, and it survives a full recompute and
// the incremental assignment of "Attribution neu berechnen".
import { detachClaimFromCluster } from "@/lib/clusters/detach";
import { claimClusterSummary } from "@/lib/clusters/load";
import { recomputeClusters } from "@/lib/clusters/store";
import { reattributeArticle } from "@/lib/articles/reattribute";
import { DomainError } from "@/lib/errors";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();

beforeAll(async () => {
  await db.seedDemo();
});

const arrivedClaims = () =>
  db.prisma.claim.findMany({ where: { event: "eingetroffen", valueText: "11.000" }, orderBy: { id: "asc" } });
const membership = (claimId: string) => db.prisma.claimClusterMember.findUnique({ where: { claimId } });

test("detach: out of the cluster, stored as a correction, audited, and it survives recomputing", async () => {
  const [detached, other] = await arrivedClaims();
  const editor = await db.prisma.user.findFirstOrThrow({ where: { role: "EDITOR" } });
  const { clusterId } = (await membership(detached.id))!;
  expect((await claimClusterSummary(db.prisma, other.id))?.line).toMatch(/^Auch gemeldet in 2 Artikeln/);

  expect(await detachClaimFromCluster(db.prisma, editor, { claimId: detached.id })).toEqual({ claimId: detached.id, clusterId });
  expect(await membership(detached.id)).toBeNull();
  expect(await claimClusterSummary(db.prisma, detached.id)).toBeNull();
  expect((await claimClusterSummary(db.prisma, other.id))?.line).toMatch(/^Auch gemeldet in 1 Artikel /);
  const correction = await db.prisma.claimCorrection.findFirstOrThrow({
    where: { claimId: detached.id, kind: "CLUSTER_DETACH" },
  });
  expect(correction).toMatchObject({ userId: editor.id, before: { clusterId }, after: { clusterId: null } });
  const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "claim.cluster_detach", entityId: detached.id } });
  expect(audit.userId).toBe(editor.id);

  await db.prisma.$transaction((tx) => recomputeClusters(tx));
  expect(await membership(detached.id)).toBeNull();
  expect(await membership(other.id)).not.toBeNull();

  const admin = await db.prisma.user.findFirstOrThrow({ where: { role: "ADMIN" } });
  await db.prisma.$executeRaw`DELETE FROM claim_cluster_members WHERE claim_id = ${detached.id}`;
  await reattributeArticle(db.prisma, { id: admin.id, role: "ADMIN" }, { articleId: detached.articleId });
  const again = await db.prisma.claim.findFirstOrThrow({
    where: { articleId: detached.articleId, event: "eingetroffen", valueText: "11.000" },
  });
  expect(again.id).toBe(detached.id);
  expect(await membership(detached.id)).toBeNull();
});

test("detaching twice, an unknown claim or a bad id gives a clear error", async () => {
  const [detached] = await arrivedClaims();
  const editor = await db.prisma.user.findFirstOrThrow({ where: { role: "EDITOR" } });
  const codeOf = (input: Record<string, unknown>) =>
    detachClaimFromCluster(db.prisma, editor, input).then(
      () => "ok",
      (error: unknown) => (error instanceof DomainError ? error.code : String(error)),
    );
  expect(await codeOf({ claimId: detached.id })).toBe("CONFLICT");
  expect(await codeOf({ claimId: "gibt-es-nicht" })).toBe("NOT_FOUND");
  expect(await codeOf({ claimId: "" })).toBe("VALIDATION");
});
