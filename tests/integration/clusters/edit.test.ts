// Editors merging and splitting clusters (lib/clusters/edit.ts): corrections per claim, one audit
// event, and both survive a full recompute, "Attribution neu berechnen" and new reports; stale pages,
// concurrent edits and bad input get 400/404/409. Also the full recompute trigger (recompute.ts) and
// clearing "neu zu prüfen" (recheck.ts), on the same database.
import { seedDemo } from "@/lib/seed/seed-demo";
import { insertArticleWithClaims } from "@/lib/articles/create";
import { canonicalArticleText } from "@/lib/articles/normalize";
import { reattributeArticle } from "@/lib/articles/reattribute";
import { extractDocument } from "@/lib/extraction";
import { verifyAuditChain } from "@/lib/audit/verify";
import { mergeClusters, splitCluster } from "@/lib/clusters/edit";
import { recomputeAllClusters, recomputeResultLine } from "@/lib/clusters/recompute";
import { clearRecheck, rechecksFor, RECHECK_CLEARED_ACTION } from "@/lib/clusters/recheck";
import { getClaimPanel } from "@/lib/claims/claim-panel";
import { DomainError } from "@/lib/errors";
import { runScript } from "../../helpers/processes";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();

beforeAll(async () => {
  await seedDemo(db.prisma);
});

const userByRole = (role: "EDITOR" | "APPROVER" | "ADMIN") => db.prisma.user.findFirstOrThrow({ where: { role } });
const clusterOf = async (claimId: string) =>
  (await db.prisma.claimClusterMember.findUnique({ where: { claimId } }))?.clusterId ?? null;
const clusterRow = (id: number) => db.prisma.claimCluster.findUniqueOrThrow({ where: { id } });
const recompute = () => recomputeAllClusters(db.prisma, null);

async function ingest(title: string, sentence: string, day: string) {
  const editor = await userByRole("EDITOR");
  const text = canonicalArticleText(`${title}\n\n${sentence}\n`);
  const { claims } = extractDocument(text, { format: "text" });
  const article = await db.prisma.$transaction((tx) =>
    insertArticleWithClaims(
      tx,
      { title, outlet: "Testsender", publishedAt: new Date(day), stand: null, text },
      claims,
      editor.id,
    ),
  );
  return db.prisma.claim.findFirstOrThrow({ where: { articleId: article.id, event: "eingetroffen" } });
}

const arrived11000 = () =>
  db.prisma.claim.findMany({ where: { event: "eingetroffen", valueText: "11.000" }, orderBy: { id: "asc" } });

async function codeOf(write: Promise<unknown>): Promise<string> {
  return write.then(
    () => "ok",
    (error: unknown) => (error instanceof DomainError ? `${error.code}: ${error.message}` : String(error)),
  );
}

let far: { id: string; articleId: string };

test("merge: the path's cluster joins the target, as corrections and one audit event", async () => {
  const editor = await userByRole("EDITOR");
  const [first] = await arrived11000();
  // same thing and event, far outside the tolerance: a cluster of its own
  far = await ingest(
    "Spätere Zahl",
    "Laut Präsident Selenskyj sind 30.000 nordkoreanische Soldaten in Kursk eingetroffen.",
    "2024-11-08",
  );
  const target = (await clusterOf(first.id))!;
  const source = (await clusterOf(far.id))!;
  expect(source).not.toBe(target);
  const { version } = await clusterRow(source);

  expect(await mergeClusters(db.prisma, editor, { clusterId: String(source), into: String(target), version })).toEqual({
    clusterId: target,
    mergedClusterId: source,
    claims: 4,
  });
  expect(await clusterOf(far.id)).toBe(target);
  expect(await db.prisma.claimCluster.findUnique({ where: { id: source } })).toBeNull();
  expect(await clusterRow(target)).toMatchObject({ minValue: 11000, maxValue: 30000, version: 2 });
  const corrections = await db.prisma.claimCorrection.findMany({ where: { kind: "CLUSTER_MERGE" } });
  expect(corrections).toHaveLength(4);
  expect(corrections.find((c) => c.claimId === far.id)).toMatchObject({
    userId: editor.id,
    before: { clusterId: source },
    after: { clusterId: target },
  });
  const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "cluster.merge" } });
  expect(audit).toMatchObject({ userId: editor.id, entityType: "Cluster", entityId: String(target) });
  expect(audit.after).toMatchObject({ clusterId: target });
});

test("a merge survives a full recompute, re-attribution and a new report of the merged figure", async () => {
  const [first] = await arrived11000();
  const result = await recompute();
  expect(recomputeResultLine(result)).toMatch(
    /^\d+ Gruppen neu berechnet, davon 1 von Hand zusammengeführt oder geteilt \(\d+,\d s\)\.$/,
  );
  const merged = (await clusterOf(first.id))!;
  expect(await clusterOf(far.id)).toBe(merged);

  // a merge is no correction of the claim itself: re-attribution still refreshes its attribution
  const machineActor = (await db.prisma.claim.findUniqueOrThrow({ where: { id: far.id } })).actorName;
  await db.prisma.claim.update({ where: { id: far.id }, data: { actorName: "Veraltete Zuordnung" } });
  const admin = await userByRole("ADMIN");
  await reattributeArticle(db.prisma, { id: admin.id, role: "ADMIN" }, { articleId: far.articleId });
  expect(await clusterOf(far.id)).toBe(merged);
  expect((await db.prisma.claim.findUniqueOrThrow({ where: { id: far.id } })).actorName).toBe(machineActor);

  // a new 30.000 report joins the manual cluster (and is pinned to it), before and after a recompute
  const later = await ingest(
    "Noch eine Zahl",
    "Laut Präsident Selenskyj sind 30.000 nordkoreanische Soldaten in Kursk eingetroffen.",
    "2024-11-09",
  );
  expect(await clusterOf(later.id)).toBe(merged);
  await recompute();
  const again = (await clusterOf(first.id))!;
  expect([await clusterOf(far.id), await clusterOf(later.id)]).toEqual([again, again]);
});

test("split: the ticked claims form their own cluster; it survives recompute, re-attribution and new reports", async () => {
  const editor = await userByRole("EDITOR");
  const [first, second, third] = await arrived11000();
  const cluster = (await clusterOf(first.id))!;
  const { version } = await clusterRow(cluster);

  const { newClusterId } = await splitCluster(db.prisma, editor, { clusterId: String(cluster), claimIds: [second.id], version });
  expect(await clusterOf(second.id)).toBe(newClusterId);
  expect(await clusterOf(first.id)).toBe(cluster);
  expect(await clusterOf(third.id)).toBe(cluster);
  expect(await clusterRow(newClusterId)).toMatchObject({ minValue: 11000, maxValue: 11000 });
  expect(await db.prisma.claimCorrection.count({ where: { kind: "CLUSTER_SPLIT", claimId: second.id } })).toBe(1);
  const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "cluster.split" } });
  expect(audit.after).toMatchObject({ clusterId: cluster, newClusterId, splitOff: [second.id] });

  const together = async () => {
    const [a, b, c] = await Promise.all([first, second, third].map((x) => clusterOf(x.id)));
    return { apart: a !== b && b !== null, rest: a === c };
  };
  await recompute();
  expect(await together()).toEqual({ apart: true, rest: true });
  const admin = await userByRole("ADMIN");
  await reattributeArticle(db.prisma, { id: admin.id, role: "ADMIN" }, { articleId: second.articleId });
  expect(await together()).toEqual({ apart: true, rest: true });
  // a new 11.000 report fits both manual clusters but never bridges them again
  const bridge = await ingest(
    "Wieder 11.000",
    "Laut Präsident Selenskyj sind 11.000 nordkoreanische Soldaten in Kursk eingetroffen.",
    "2024-11-06",
  );
  expect(await together()).toEqual({ apart: true, rest: true });
  expect(await clusterOf(bridge.id)).not.toBeNull();
  await recompute();
  expect(await together()).toEqual({ apart: true, rest: true });
  expect((await verifyAuditChain(async (sql, values) => db.prisma.$queryRawUnsafe(sql, ...(values ?? [])))).intact).toBe(true);
});

test("stale pages, concurrent edits and bad input: 400/404/409 with German messages", async () => {
  const editor = await userByRole("EDITOR");
  const [first, second] = await arrived11000();
  const cluster = (await clusterOf(first.id))!;
  const other = (await clusterOf(second.id))!;
  const { version } = await clusterRow(cluster);
  const split = (input: Record<string, unknown>) =>
    codeOf(splitCluster(db.prisma, editor, { clusterId: String(cluster), version, ...input }));
  const merge = (input: Record<string, unknown>) =>
    codeOf(mergeClusters(db.prisma, editor, { clusterId: String(cluster), version, ...input }));

  expect(await split({ claimIds: [] })).toMatch(/^VALIDATION: Bitte mindestens eine Behauptung ankreuzen/);
  expect(await split({ claimIds: "x" })).toMatch(/^VALIDATION: /);
  expect(await split({ claimIds: [first.id, first.id] })).toMatch(/^VALIDATION: Eine Behauptung ist doppelt gewählt/);
  expect(await split({ claimIds: [second.id] })).toMatch(/^CONFLICT: Eine gewählte Behauptung gehört nicht \(mehr\)/);
  const members = (await db.prisma.claimClusterMember.findMany({ where: { clusterId: cluster } })).map((m) => m.claimId);
  expect(await split({ claimIds: members })).toMatch(/^VALIDATION: Mindestens eine Behauptung muss in der Gruppe bleiben/);
  expect(await split({ claimIds: [first.id], version: version + 5 })).toMatch(
    /^CONFLICT: Die Gruppe wurde eben von jemand anderem geändert/,
  );
  expect(await split({ claimIds: [first.id], version: "1" })).toMatch(/^VALIDATION: Die Version der Gruppe fehlt/);
  expect(await codeOf(splitCluster(db.prisma, editor, { clusterId: "99999999", claimIds: [first.id], version }))).toMatch(
    /^NOT_FOUND: /,
  );
  expect(await codeOf(splitCluster(db.prisma, editor, { clusterId: "abc", claimIds: [first.id], version }))).toMatch(
    /^NOT_FOUND: /,
  );

  expect(await merge({ into: cluster })).toMatch(/^VALIDATION: Eine Gruppe lässt sich nicht mit sich selbst/);
  expect(await merge({ into: "12a" })).toMatch(/^VALIDATION: Die Nummer der Zielgruppe besteht nur aus Ziffern/);
  expect(await merge({})).toMatch(/^VALIDATION: /);
  expect(await merge({ into: 99999999 })).toMatch(/^VALIDATION: Die Gruppe 99999999 gibt es nicht/);
  const sent = await db.prisma.claim.findFirstOrThrow({
    where: { event: "entsandt", valueText: { startsWith: "mehr als 10.000" } },
  });
  expect(await merge({ into: (await clusterOf(sent.id))! })).toMatch(
    /^VALIDATION: Gruppe \d+ zählt „Soldat \(KP\) entsandt“, diese „Soldat \(KP\) eingetroffen“/,
  );
  expect((await clusterRow(cluster)).version).toBe(version);

  // two editors submit the same split from the same page: one wins, the other gets 409
  const both = await Promise.all([split({ claimIds: [first.id] }), split({ claimIds: [first.id] })]);
  expect(both.sort()).toEqual([
    "CONFLICT: Die Gruppe wurde eben von jemand anderem geändert. Bitte Seite neu laden und erneut entscheiden.",
    "ok",
  ]);
  // merging the same cluster twice at once: the second finds it gone
  const source = (await clusterOf(first.id))!;
  const sourceVersion = (await clusterRow(source)).version;
  const mergeBoth = await Promise.all(
    [0, 1].map(() =>
      codeOf(mergeClusters(db.prisma, editor, { clusterId: String(source), into: other, version: sourceVersion })),
    ),
  );
  expect(mergeBoth.sort()).toEqual([expect.stringMatching(/^NOT_FOUND: Diese Gruppe gibt es nicht \(mehr\)/), "ok"]);
});

test("recompute: a second run while one is running gets 409; the run is audited", async () => {
  let release!: () => void;
  let taken!: () => void;
  const lockTaken = new Promise<void>((resolve) => (taken = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  const running = db.prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(100011)`;
    taken();
    await released;
  });
  await lockTaken;
  expect(await codeOf(recompute())).toBe("CONFLICT: Die Gruppen werden gerade schon neu berechnet; bitte das Ergebnis abwarten.");
  release();
  await running;
  expect(await codeOf(recompute())).toBe("ok");
  const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "clusters.recompute" }, orderBy: { id: "desc" } });
  expect(audit.after).toMatchObject({ clusters: expect.any(Number) });
});

test("npm run clusters:recompute: steps and the result line, exit 0", async () => {
  const done = await runScript("scripts/clusters-recompute.ts", [], { DATABASE_URL: db.url });
  expect(done).toMatchObject({ code: 0, stderr: "" });
  expect(done.stdout).toMatch(
    /^Gruppen werden neu berechnet …\n(  .+: \d+,\d s\n)+\d+ Gruppen neu berechnet, davon \d+ von Hand/,
  );
});

test("'neu zu prüfen': cleared with a note by a reviewer, audited, gone from panel and lists", async () => {
  const [claim] = await arrived11000();
  const [editor, approver] = await Promise.all([userByRole("EDITOR"), userByRole("APPROVER")]);
  await db.prisma.claim.update({ where: { id: claim.id }, data: { status: "APPROVED" } });
  await db.prisma.auditEvent.create({
    data: { userId: approver.id, action: "claim.approve", entityType: "Claim", entityId: claim.id },
  });
  const flag = await db.prisma.claimRecheck.create({ data: { claimId: claim.id, articleId: far.articleId, reason: "Test" } });
  expect((await rechecksFor(db.prisma, approver.id)).map((r) => r.claimId)).toEqual([claim.id]);
  const clear = (input: Record<string, unknown>) =>
    codeOf(
      clearRecheck(db.prisma, editor, {
        claimId: claim.id,
        note: "Quelle erneut geprüft",
        flaggedAt: flag.flaggedAt.toISOString(),
        ...input,
      }),
    );

  expect(await clear({ note: " " })).toMatch(/^VALIDATION: Bitte kurz notieren/);
  expect(await clear({ flaggedAt: "gestern" })).toMatch(/^VALIDATION: Die Markierung fehlt/);
  expect(await clear({ flaggedAt: new Date(0).toISOString() })).toMatch(
    /^CONFLICT: Inzwischen kam eine weitere abweichende Meldung/,
  );
  expect(
    await codeOf(clearRecheck(db.prisma, editor, { claimId: "gibt-es-nicht", note: "abc", flaggedAt: new Date().toISOString() })),
  ).toMatch(/^NOT_FOUND/);
  expect(await clear({})).toBe("ok");
  expect(await clear({})).toMatch(/^CONFLICT: Diese Behauptung ist nicht mehr „neu zu prüfen“/);

  expect(await rechecksFor(db.prisma, approver.id)).toEqual([]);
  expect((await getClaimPanel(db.prisma, claim.articleId, claim.id))?.recheck).toBeNull();
  const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: RECHECK_CLEARED_ACTION } });
  expect(audit).toMatchObject({ userId: editor.id, entityId: claim.id, after: { note: "Quelle erneut geprüft" } });
  expect(audit.before).toMatchObject({ reason: "Test" });
});

test("re-attribution that moves an approved claim to another cluster flags it 'neu zu prüfen'", async () => {
  const [claim] = await arrived11000();
  const admin = await userByRole("ADMIN");
  // as if the extraction had counted it as "entsandt" before: the re-attribution regroups it
  const sent = await db.prisma.claim.findFirstOrThrow({
    where: { event: "entsandt", valueText: { startsWith: "mehr als 10.000" } },
  });
  await db.prisma.claim.update({ where: { id: claim.id }, data: { event: "entsandt" } });
  await db.prisma.claimClusterPin.deleteMany({ where: { claimId: claim.id } });
  await db.prisma.claimClusterMember.update({ where: { claimId: claim.id }, data: { clusterId: (await clusterOf(sent.id))! } });
  await reattributeArticle(db.prisma, { id: admin.id, role: "ADMIN" }, { articleId: claim.articleId });
  const flag = await db.prisma.claimRecheck.findUniqueOrThrow({ where: { claimId: claim.id } });
  expect(flag.reason).toMatch(/^Attribution neu berechnet: die Zahl gehört jetzt zu einer anderen Gruppe/);
  expect(
    await db.prisma.auditEvent.count({ where: { action: "claim.recheck_flagged", entityId: claim.id, userId: admin.id } }),
  ).toBe(1);
});
