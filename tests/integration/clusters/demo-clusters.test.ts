// Clusters on the demo corpus (the five articles the demo seed loads): the three recurring figures,
// their origins and flags, killed and injured apart, and the incremental assignment agreeing with a
// full recompute.
import { recomputeClusters } from "@/lib/clusters/store";
import { claimClusterSummary, loadCluster, type ClusterView } from "@/lib/clusters/load";
import { listQueue } from "@/lib/claims/queue";
import { parseQueueFilters } from "@/lib/claims/queue-filters";
import { getClaimPanel } from "@/lib/claims/claim-panel";
import { reattributeArticle } from "@/lib/articles/reattribute";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();

beforeAll(async () => {
  await db.seedDemo();
});

/** Clusters with members from at least two articles, by a member's value text and counted thing. */
async function crossArticleClusters(): Promise<ClusterView[]> {
  const rows = await db.prisma.claimCluster.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  const views = await Promise.all(rows.map((r) => loadCluster(db.prisma, r.id)));
  return views.filter((v): v is ClusterView => !!v && v.trace.articleCount > 1);
}

const titlesOf = (c: ClusterView) => [...new Set(c.members.map((m) => m.articleTitle))].sort();
const find = (clusters: ClusterView[], event: string, attribute: string) =>
  clusters.filter((c) => c.event === event && c.thingLemma === "Soldat" && c.thingAttribute === attribute);

async function expectDemoClusters() {
  const clusters = await crossArticleClusters();
  const arrived = find(clusters, "eingetroffen", "KP");
  expect(arrived).toHaveLength(1);
  expect(arrived[0].trace.articleCount).toBe(3);
  expect(new Set(arrived[0].members.map((m) => m.value))).toEqual(new Set([11000]));

  const sent = find(clusters, "entsandt", "KP");
  expect(sent).toHaveLength(1);
  expect(sent[0].trace.articleCount).toBe(3);
  expect(sent[0].members.every((m) => m.valueText.startsWith("mehr als 10.000"))).toBe(true);

  const russians = find(clusters, "gebunden", "RU");
  expect(russians).toHaveLength(1);
  expect(russians[0].trace.articleCount).toBe(2);
  expect(new Set(russians[0].members.map((m) => m.value))).toEqual(new Set([50000]));
  return { arrived: arrived[0], sent: sent[0], russians: russians[0], clusters };
}

test("the demo seed clusters the three recurring figures across articles", async () => {
  const { arrived, sent, russians } = await expectDemoClusters();
  expect(titlesOf(arrived)).toHaveLength(3);
  expect(titlesOf(sent)).toHaveLength(3);
  expect(titlesOf(russians)).toHaveLength(2);
});

test("source tracing: origins, conflict parties, independent sources and flags", async () => {
  const { arrived, sent, russians } = await expectDemoClusters();
  // 11.000: only Ukrainian sources (Selenskyj, "nach ukrainischen Angaben")
  expect(arrived.trace.origins.map((o) => o.party)).toEqual(expect.arrayContaining(["UA"]));
  expect(arrived.trace.origins.every((o) => o.conflictParty)).toBe(true);
  expect(arrived.trace.independentSources).toBe(0);
  expect(arrived.flags).toContain("nur Konfliktparteien");
  expect(arrived.flags).not.toContain("Abweichung");
  // mehr als 10.000: the US government and the State Department spokesman, not conflict parties
  expect(sent.trace.origins.some((o) => o.party === "US" && !o.conflictParty)).toBe(true);
  expect(sent.trace.independentSources).toBeGreaterThan(0);
  expect(sent.flags).not.toContain("nur Konfliktparteien");
  // 50.000: Ukrainian sources (and one report without a source)
  expect(russians.trace.origins.every((o) => o.party === "UA")).toBe(true);
  expect(russians.flags).toContain("nur Konfliktparteien");
});

test("the claim panel line names the other articles and the origin", async () => {
  const { arrived } = await expectDemoClusters();
  const claim = arrived.members[0];
  const summary = await claimClusterSummary(db.prisma, claim.claimId);
  expect(summary).not.toBeNull();
  expect(summary!.line).toMatch(
    /^Auch gemeldet in 2 Artikeln – Ursprung: .*\(UA, Konfliktpartei\).*, keine unabhängige Bestätigung$/,
  );
  expect(summary!.others.every((o) => o.articleId !== claim.articleId)).toBe(true);
  expect(summary!.clusterId).toBe(arrived.id);
});

test("killed and injured never share a cluster", async () => {
  const rows = await db.prisma.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM (
      SELECT m.cluster_id FROM claim_cluster_members m JOIN claims c ON c.id = m.claim_id
       GROUP BY m.cluster_id HAVING count(DISTINCT c.event) > 1) t`;
  expect(Number(rows[0].n)).toBe(0);
  const events = await db.prisma.claim.findMany({ where: { event: { in: ["getötet", "verletzt"] } }, select: { event: true } });
  expect(new Set(events.map((e) => e.event))).toEqual(new Set(["getötet", "verletzt"]));
});

test("a full recompute gives the same demo clusters as the incremental assignment at ingest", async () => {
  await db.prisma.$transaction((tx) => recomputeClusters(tx));
  await expectDemoClusters();
  const [{ memberless, orphans }] = await db.prisma.$queryRaw<{ memberless: number; orphans: number }[]>`
    SELECT (SELECT count(*)::int FROM claim_clusters cl
             WHERE NOT EXISTS (SELECT 1 FROM claim_cluster_members m WHERE m.cluster_id = cl.id)) AS memberless,
           (SELECT count(*)::int FROM claim_cluster_members m
             WHERE NOT EXISTS (SELECT 1 FROM claim_clusters cl WHERE cl.id = m.cluster_id)) AS orphans`;
  expect({ memberless, orphans }).toEqual({ memberless: 0, orphans: 0 });
});

test("the queue filters by event and counted thing (lemma, or lemma/side)", async () => {
  const page = async (params: Record<string, string>) => {
    const { filters, notes } = parseQueueFilters(params);
    expect(notes).toEqual([]);
    const result = await listQueue(db.prisma, filters);
    return { values: result.items.map((i) => i.valueText).sort() };
  };
  const killed = await page({ event: "getötet" });
  expect(killed.values).toEqual(["sechs"]);
  const koreans = await page({ event: "eingetroffen", thing: "Soldat/KP" });
  expect(koreans.values).toEqual(["11.000", "11.000", "11.000"]);
  const soldiers = await page({ thing: "Soldat" });
  expect(soldiers.values.length).toBeGreaterThan(koreans.values.length);
  expect((await page({ thing: "Soldat/UA" })).values).toEqual([]);
});

test("the claim panel carries the event, the counted thing and the cluster line", async () => {
  const claim = await db.prisma.claim.findFirstOrThrow({ where: { event: "eingetroffen", valueText: "11.000" } });
  const panel = await getClaimPanel(db.prisma, claim.articleId, claim.id);
  expect(panel?.counted).toEqual({ event: "eingetroffen", lemma: "Soldat", attribute: "KP" });
  expect(panel?.cluster?.line).toMatch(/^Auch gemeldet in 2 Artikeln/);
  expect(panel?.cluster?.others).toHaveLength(2);
});

test("claims stored before the migration (event NULL) get event, thing and cluster from 'Attribution neu berechnen'", async () => {
  const claim = await db.prisma.claim.findFirstOrThrow({ where: { event: "eingetroffen", valueText: "11.000" } });
  await db.prisma
    .$executeRaw`UPDATE claims SET event = NULL, thing_lemma = NULL, thing_attribute = NULL WHERE article_id = ${claim.articleId}`;
  await db.prisma
    .$executeRaw`DELETE FROM claim_cluster_members m USING claims c WHERE c.id = m.claim_id AND c.article_id = ${claim.articleId}`;
  expect(await claimClusterSummary(db.prisma, claim.id)).toBeNull();
  const admin = await db.prisma.user.findFirstOrThrow({ where: { role: "ADMIN" } });
  await reattributeArticle(db.prisma, { id: admin.id, role: "ADMIN" }, { articleId: claim.articleId });
  const after = await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
  expect(after).toMatchObject({ event: "eingetroffen", thingLemma: "Soldat", thingAttribute: "KP", version: claim.version });
  expect((await claimClusterSummary(db.prisma, claim.id))?.line).toMatch(/^Auch gemeldet in 2 Artikeln/);
  await expectDemoClusters();
});

test("source tracing reads every source of a claim: a co-source adds its origin", async () => {
  const { arrived } = await expectDemoClusters();
  const member = arrived.members[0];
  const [{ next }] = await db.prisma.$queryRaw<{ next: number }[]>`
    SELECT coalesce(max(position) + 1, 1)::int AS next FROM claim_sources WHERE claim_id = ${member.claimId}`;
  // "nach Angaben der Ukraine und der US-Regierung": the US government is no conflict party
  await db.prisma.claimSource.create({
    data: { claimId: member.claimId, position: next, actorName: "US-Regierung", party: "US", official: true },
  });
  try {
    const cluster = await loadCluster(db.prisma, arrived.id);
    const us = cluster!.trace.origins.find((o) => o.actor === "US-Regierung");
    expect(us).toMatchObject({ party: "US", conflictParty: false, claims: 1 });
    expect(cluster!.trace.origins.some((o) => o.party === "UA")).toBe(true);
    expect(cluster!.trace.independentSources).toBe(1);
    expect(cluster!.flags).not.toContain("nur Konfliktparteien");
    const summary = await claimClusterSummary(db.prisma, arrived.members[1].claimId);
    expect(summary!.line).toContain("US-Regierung (US)");
    expect(summary!.line).toMatch(/1 unabhängige Quelle$/);
  } finally {
    await db.prisma.claimSource.delete({ where: { claimId_position: { claimId: member.claimId, position: next } } });
  }
});
