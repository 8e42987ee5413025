// The cluster page, the claim panel's cluster line and the queue's event/thing filter over HTTP,
// against the built app with the demo corpus.
import { startTestApp, type TestApp } from "../../helpers/app-server";
import { setupTestDatabase } from "../../helpers/test-db";
import { EDITOR_EMAIL, PASSWORDS, logInOverHttp, postJson } from "../http/http-client";

const db = setupTestDatabase();
let app: TestApp;
let cookie: string;

beforeAll(async () => {
  await db.seedDemo({ passwords: PASSWORDS });
  app = await startTestApp(db.url);
  cookie = await logInOverHttp(app.baseUrl, EDITOR_EMAIL, PASSWORDS.EDITOR);
}, 600_000);
afterAll(async () => {
  await app?.stop();
});

const get = (path: string) => fetch(`${app.baseUrl}${path}`, { headers: { cookie }, redirect: "manual" });

async function arrivedClaim() {
  return db.prisma.claim.findFirstOrThrow({ where: { event: "eingetroffen", valueText: "11.000" }, orderBy: { id: "asc" } });
}

test("the cluster page shows origins, flags and a timeline of the three reports", async () => {
  const claim = await arrivedClaim();
  const [{ cluster_id }] = await db.prisma.$queryRaw<{ cluster_id: number }[]>`
    SELECT cluster_id FROM claim_cluster_members WHERE claim_id = ${claim.id}`;
  const response = await get(`/clusters/${cluster_id}`);
  expect(response.status).toBe(200);
  const html = await response.text();
  expect(html).toMatch(/Gleiche Zahl in (<!-- -->)?3 Artikeln/);
  expect(html).toContain("nur Konfliktparteien");
  expect(html).toContain("Konfliktpartei");
  const timeline = html.slice(html.indexOf('data-testid="cluster-timeline"'));
  expect(timeline.match(/<li/g)).toHaveLength(3);
  expect((await get("/clusters/abc")).status).toBe(404);
});

test("the article page with the claim open shows event, thing and 'Auch gemeldet in 2 Artikeln'", async () => {
  const claim = await arrivedClaim();
  const html = await (await get(`/articles/${claim.articleId}?claim=${claim.id}`)).text();
  expect(html).toContain("Auch gemeldet in 2 Artikeln");
  expect(html).toContain("keine unabhängige Bestätigung");
  expect(html).toMatch(/data-testid="claim-event"[^>]*>eingetroffen/);
});

test("GET /api/claims filters by event and thing", async () => {
  const response = await get(`/api/claims?event=${encodeURIComponent("eingetroffen")}&thing=${encodeURIComponent("Soldat/KP")}`);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { items: { valueText: string }[]; notes: string[] };
  expect(body.notes).toEqual([]);
  expect(body.items.map((i) => i.valueText)).toEqual(["11.000", "11.000", "11.000"]);
});

test("'neu zu prüfen' shows in the queue of the editor who handled the claim and in its panel", async () => {
  const claim = await arrivedClaim();
  const editor = await db.prisma.user.findFirstOrThrow({ where: { role: "EDITOR" } });
  const other = await db.prisma.claim.findFirstOrThrow({ where: { articleId: { not: claim.articleId } } });
  await db.prisma.auditEvent.create({
    data: { userId: editor.id, action: "claim.submit", entityType: "Claim", entityId: claim.id },
  });
  await db.prisma.claimRecheck.create({
    data: {
      claimId: claim.id,
      articleId: other.articleId,
      reason: "neue abweichende Meldung in Artikel „X“: 12.500 statt 11.000",
    },
  });
  const queue = await (await get("/claims")).text();
  expect(queue).toContain('data-testid="recheck-claims"');
  expect(queue).toContain("12.500 statt 11.000");
  const panel = await (await get(`/articles/${claim.articleId}?claim=${claim.id}`)).text();
  expect(panel).toContain('data-testid="claim-recheck"');
  expect(panel).toContain("Aus der Gruppe lösen");
});

test("merge, split and recompute over HTTP: the cluster from the path, 400/404/409 with German messages", async () => {
  const claim = await arrivedClaim();
  const { clusterId } = await db.prisma.claimClusterMember.findUniqueOrThrow({ where: { claimId: claim.id } });
  const { version } = await db.prisma.claimCluster.findUniqueOrThrow({ where: { id: clusterId } });
  const post = async (path: string, body: unknown, who = cookie) => {
    const response = await postJson(app.baseUrl, who, path, body);
    return { status: response.status, error: ((await response.json()) as { error?: { message: string } }).error?.message };
  };
  const page = await (await get(`/clusters/${clusterId}`)).text();
  expect(page).toContain("Gruppe bearbeiten");
  expect(page).toContain("Angekreuzte abtrennen");

  expect(await post(`/api/clusters/${clusterId}/merge`, { into: "zwölf", version })).toEqual({
    status: 400,
    error: "Die Nummer der Zielgruppe besteht nur aus Ziffern, z. B. 12.",
  });
  expect((await post(`/api/clusters/abc/split`, { claimIds: [claim.id], version })).status).toBe(404);
  expect((await post(`/api/clusters/99999999/merge`, { into: clusterId, version })).status).toBe(404);
  // a body "id" never names the cluster acted on
  expect((await post(`/api/clusters/99999999/split`, { id: clusterId, clusterId, claimIds: [claim.id], version })).status).toBe(
    404,
  );
  expect(await post(`/api/clusters/${clusterId}/split`, { claimIds: [claim.id], version: version + 1 })).toEqual({
    status: 409,
    error: "Die Gruppe wurde eben von jemand anderem geändert. Bitte Seite neu laden und erneut entscheiden.",
  });
  expect(await db.prisma.claimCorrection.count({ where: { kind: { in: ["CLUSTER_MERGE", "CLUSTER_SPLIT"] } } })).toBe(0);

  expect((await post("/api/clusters/recompute", { confirm: true })).status).toBe(403);
  const admin = await logInOverHttp(app.baseUrl, "admin@quellenlage.local", PASSWORDS.ADMIN);
  expect(await post("/api/clusters/recompute", {}, admin)).toEqual({ status: 400, error: "Bitte die Neuberechnung bestätigen." });
  const done = await postJson(app.baseUrl, admin, "/api/clusters/recompute", { confirm: true });
  expect(done.status).toBe(200);
  expect(((await done.json()) as { data: { message: string } }).data.message).toMatch(
    /^\d+ Gruppen neu berechnet \(\d+,\d s\)\.$/,
  );
});
