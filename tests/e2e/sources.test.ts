// /sources in a real browser on the demo corpus: the actor table with counts and one SVG chart
// per actor, sorting by a column header, the CSV download, a bad sort parameter, the outlets'
// caveat hygiene, the line on the article page, and no severe axe-core findings. Then proposing an
// approved verdict to the rest of its cluster and taking it over on another claim, and splitting a
// cluster (issue #10).
import type { Page } from "playwright-core";
import { approveClaim, submitClaim } from "@/lib/approvals/workflow";
import { saveContentVerdict } from "@/lib/reviews/verdicts";
import { severeAxeViolations } from "../helpers/browser";
import { setupEditorBrowser } from "../helpers/editor-browser";

jest.setTimeout(180000);

const editor = setupEditorBrowser();

async function actorNames(page: Page): Promise<string[]> {
  return page
    .locator("[data-testid=sources-actors] tbody tr")
    .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-actor") ?? ""));
}

test("an editor reads the track record, sorts it, downloads it and sees the outlets' caveat hygiene", async () => {
  const { app, context, db, page } = editor;
  await page.goto(`${app.baseUrl}/articles`);
  await page.getByRole("link", { name: "Quellen", exact: true }).click();
  await page.waitForURL(`${app.baseUrl}/sources`);

  const names = await actorNames(page);
  expect(names.length).toBeGreaterThan(1);
  const expected = await db.prisma.$queryRaw<{ name: string; claims: number }[]>`
    SELECT COALESCE(act.canonical_name, c.actor_name) AS name, count(*)::int AS claims
      FROM claims c LEFT JOIN actors act ON act.id = c.actor_id
     WHERE c.not_a_claim = false AND COALESCE(act.canonical_name, c.actor_name) <> ''
     GROUP BY 1 ORDER BY 2 DESC, 1 ASC LIMIT 1`;
  expect(names[0]).toBe(expected[0].name);
  const firstRow = page.locator("[data-testid=sources-actors] tbody tr").first();
  await expect(firstRow.locator("td.num").first().textContent()).resolves.toBe(String(expected[0].claims));
  expect(await page.getByTestId("actor-chart").count()).toBe(names.length);
  expect(await page.getByTestId("actor-chart").first().getAttribute("aria-label")).toMatch(/^Behauptungen von .+ je Monat/);

  await page.getByRole("link", { name: "Quelle", exact: true }).click();
  await page.waitForURL(/sort=name&dir=asc/);
  const byName = await actorNames(page);
  expect(byName).toEqual([...byName].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

  const href = await page.getByTestId("sources-csv").getAttribute("href");
  expect(href).toBe("/api/sources/export?sort=name&dir=asc");
  const csv = await context.request.get(`${app.baseUrl}${href}`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const text = (await csv.body()).toString("utf8");
  expect(text.startsWith('\uFEFF"Quelle","Partei"')).toBe(true);
  expect(text.split("\r\n").length - 2).toBe(byName.length);

  await expect(page.getByTestId("sources-outlets").locator("tbody tr").count()).resolves.toBeGreaterThan(0);
  expect(await severeAxeViolations(page)).toEqual([]);

  await page.goto(`${app.baseUrl}/sources?sort=passwort`);
  await expect(page.getByTestId("sources-problem").textContent()).resolves.toContain("Unbekannte Sortierung");
  expect((await context.request.get(`${app.baseUrl}/api/sources/export?sort=passwort`)).status()).toBe(400);

  const article = await db.prisma.article.findFirstOrThrow({ where: { claims: { some: { party: "UA" } } } });
  await page.goto(`${app.baseUrl}/articles/${article.id}`);
  await expect(page.getByTestId("article-hygiene").textContent()).resolves.toMatch(
    /von Konfliktparteien, davon \d+ ohne Quellenangabe/,
  );
});

test("an editor proposes an approved verdict to the cluster and another claim's editor takes it over", async () => {
  const { app, context, db, page } = editor;
  const [source, ...receivers] = await db.prisma.$queryRaw<{ id: string; article_id: string }[]>`
    SELECT c.id, c.article_id FROM claims c JOIN claim_cluster_members m ON m.claim_id = c.id
     WHERE m.cluster_id = (SELECT m2.cluster_id FROM claim_cluster_members m2 JOIN claims c2 ON c2.id = m2.claim_id
                            WHERE c2.event = 'eingetroffen' AND c2.thing_attribute = 'KP' LIMIT 1)
     ORDER BY c.id`;
  // the source claim approved through the workflow by two other people
  const reviewer = await db.prisma.user.create({
    data: { email: "zweit@example.org", name: "Zweite Redakteurin", role: "EDITOR", passwordHash: "x" },
  });
  const approver = await db.prisma.user.findFirstOrThrow({ where: { role: "APPROVER" } });
  const verdict = await saveContentVerdict(db.prisma, reviewer, {
    claimId: source.id,
    version: 0,
    verdict: "VERIFIED",
    rationale: "Von Reuters unabhängig bestätigt.",
    evidence: [{ url: "https://www.reuters.com/kursk", note: "Reuters bestätigt die Zahl", independent: true }],
  });
  const submitted = await submitClaim(
    db.prisma,
    { id: reviewer.id, role: "EDITOR" },
    { claimId: source.id, version: verdict.version },
  );
  await approveClaim(db.prisma, { id: approver.id, role: "APPROVER" }, { claimId: source.id, version: submitted.version });

  await page.goto(`${app.baseUrl}/articles/${source.article_id}?claim=${source.id}`);
  await page.getByRole("button", { name: "Urteil den anderen Meldungen vorschlagen" }).click();
  await expect(page.getByTestId("proposal-result").textContent()).resolves.toBe(
    `${receivers.length} ${receivers.length === 1 ? "Vorschlag" : "Vorschläge"} angelegt.`,
  );

  const [receiver, other] = receivers;
  await page.goto(`${app.baseUrl}/articles/${receiver.article_id}?claim=${receiver.id}`);
  await expect(page.getByTestId("verdict-proposal").textContent()).resolves.toContain(`Vorschlag aus Meldung „11.000“ in „`);
  await expect(page.getByTestId("verdict-proposal").textContent()).resolves.toContain(`freigegeben von ${approver.name}`);
  await page.getByRole("button", { name: "Übernehmen" }).click();
  await page.getByTestId("verdict-proposal").waitFor({ state: "detached" });
  expect(await db.prisma.claim.findUniqueOrThrow({ where: { id: receiver.id } })).toMatchObject({
    status: "IN_REVIEW",
    contentVerdict: "VERIFIED",
  });

  // the JSON route behind the same domain function: a bad decision is a 400 with a German field message
  if (other) {
    const proposal = await db.prisma.verdictProposal.findFirstOrThrow({ where: { claimId: other.id, status: "PROPOSED" } });
    const response = await context.request.post(`${app.baseUrl}/api/verdict-proposals/${proposal.id}`, {
      headers: { Origin: app.baseUrl },
      data: { decision: "annehmen" },
    });
    expect(response.status()).toBe(400);
    expect((await response.json()).error.fieldErrors.decision).toContain("übernommen");
  }
});

test("an editor splits a cluster: an error keeps the ticks, the split asks first and stands", async () => {
  const { app, db, page } = editor;
  const claims = await db.prisma.claim.findMany({
    where: { event: "eingetroffen", valueText: "11.000" },
    orderBy: { id: "asc" },
  });
  const { clusterId } = await db.prisma.claimClusterMember.findUniqueOrThrow({ where: { claimId: claims[0].id } });
  await page.goto(`${app.baseUrl}/clusters/${clusterId}`);
  const boxes = page.getByTestId("cluster-split").getByRole("checkbox");
  expect(await boxes.count()).toBe(3);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.accept();
  });

  // all three ticked: the server refuses, the ticks stay
  for (const box of await boxes.all()) await box.check();
  await page.getByRole("button", { name: "Angekreuzte abtrennen" }).click();
  await expect(page.getByTestId("cluster-split").getByRole("alert").textContent()).resolves.toContain(
    "Mindestens eine Behauptung muss in der Gruppe bleiben",
  );
  expect(await boxes.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).checked))).toEqual([true, true, true]);

  await boxes.nth(1).uncheck();
  await boxes.nth(2).uncheck();
  await page.getByRole("button", { name: "Angekreuzte abtrennen" }).click();
  await page.getByTestId("cluster-split-done").waitFor();
  expect(dialogs).toHaveLength(2);
  expect(dialogs[1]).toMatch(/^1 Meldung aus dieser Gruppe lösen/);
  expect(await page.getByTestId("cluster-split").getByRole("checkbox").count()).toBe(2);
  const split = await db.prisma.claimCorrection.findMany({ where: { kind: "CLUSTER_SPLIT" } });
  expect(split).toHaveLength(3);
  expect(await severeAxeViolations(page)).toEqual([]);
});
