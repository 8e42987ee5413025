// The review queue in a real browser against the production build: counts,
// filters, pagination, keyboard shortcuts, the help dialog, the JSON API and axe.
import type { Page } from "playwright-core";
import { returnClaim, submitClaim } from "@/lib/approvals/workflow";
import { DEFAULT_PAGE_SIZE } from "@/lib/claims/queue-filters";
import { RETURNED_PREVIEW } from "@/lib/claims/returned";
import { saveContentVerdict } from "@/lib/reviews/verdicts";
import type { TestApp } from "../helpers/app-server";
import { setupEditorBrowser } from "../helpers/editor-browser";
import { severeAxeViolations } from "../helpers/browser";

jest.setTimeout(180000);

const shared = setupEditorBrowser();
const db = shared.db;
let app: TestApp;
let page: Page;

// Runs after the shared set-up's beforeAll (registered first): the app and the logged-in page.
beforeAll(() => {
  ({ app, page } = shared);
});

async function counts(): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const key of ["all", "open", "verified", "disputed", "unverifiable"]) {
    const text = await page.locator(`[data-count="${key}"] span`).textContent();
    result[key] = Number(text!.replace(/\./g, ""));
  }
  return result;
}

const rows = () => page.getByTestId("queue-table").locator("tbody tr");

async function selectedIndex(): Promise<number> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll("[data-queue-row]")).findIndex((r) => (r as HTMLElement).dataset.selected === "true"),
  );
}

async function expectNoSeriousAxeViolations() {
  expect(await severeAxeViolations(page)).toEqual([]);
}

test("shows every visible claim with counts per status that match the database", async () => {
  await page.goto(`${app.baseUrl}/claims`);
  await page.getByRole("heading", { name: "Prüf-Warteschlange" }).waitFor();
  const total = await db.prisma.claim.count({ where: { notAClaim: false } });
  const open = await db.prisma.claim.count({ where: { notAClaim: false, contentVerdict: null } });
  expect(total).toBeGreaterThan(0);
  await expect(counts()).resolves.toEqual({ all: total, open, verified: total - open, disputed: 0, unverifiable: 0 });
  await expect(rows().count()).resolves.toBe(Math.min(total, DEFAULT_PAGE_SIZE));
  const first = rows().first();
  const href = await first.locator("[data-row-link]").getAttribute("href");
  expect(href).toMatch(/^\/articles\/[^/?]+\?claim=[^&]+$/);
  await expect(first.getByTestId("status-badge").count()).resolves.toBe(1);
  await expect(first.getByTestId("party-badge").count()).resolves.toBe(1);
  await expectNoSeriousAxeViolations();
});

test("filters by party through the GET form; the URL carries the filter", async () => {
  await page.goto(`${app.baseUrl}/claims`);
  await page.getByLabel("Partei der Quelle").selectOption("RU");
  await page.getByRole("button", { name: "Filtern" }).click();
  await page.waitForURL(/\/claims\?party=RU$/);
  await page.getByTestId("queue-table").waitFor();
  const ru = await db.prisma.claim.count({ where: { notAClaim: false, party: "RU" } });
  expect(ru).toBeGreaterThan(0);
  await expect(counts().then((c) => c.all)).resolves.toBe(ru);
  const parties = await page
    .getByTestId("queue-table")
    .getByTestId("party-badge")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-party")));
  expect(parties.length).toBe(Math.min(ru, DEFAULT_PAGE_SIZE));
  expect(new Set(parties)).toEqual(new Set(["RU"]));
  await expect(page.getByLabel("Partei der Quelle").inputValue()).resolves.toBe("RU");
  await expectNoSeriousAxeViolations();
});

test("keyboard: j/k select rows, / focuses the search, ? opens the help dialog, keys in inputs are text", async () => {
  await page.goto(`${app.baseUrl}/claims`);
  await page.getByTestId("queue-table").waitFor();
  await page.locator("h1").click();
  await page.keyboard.press("j");
  await expect(selectedIndex()).resolves.toBe(0);
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await expect(selectedIndex()).resolves.toBe(2);
  await page.keyboard.press("k");
  await expect(selectedIndex()).resolves.toBe(1);
  // The selected row's link has the focus (visible focus ring).
  await expect(
    page.evaluate(() => document.activeElement?.closest("[data-queue-row]")?.getAttribute("data-selected")),
  ).resolves.toBe("true");

  await page.keyboard.press("/");
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("queue-q");
  await page.keyboard.type("jk?");
  await expect(page.locator("#queue-q").inputValue()).resolves.toBe("jk?");
  await expect(selectedIndex()).resolves.toBe(1);
  await expect(page.getByRole("dialog").count()).resolves.toBe(0);
  await page.locator("#queue-q").fill("");

  await page.locator("h1").click();
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Tastenkürzel" });
  await dialog.waitFor();
  await expect(dialog.textContent()).resolves.toContain("Urteil „umstritten“ vorbereiten");
  await expectNoSeriousAxeViolations();
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
});

test("v opens the article with the verdict form preset for the selected claim", async () => {
  await page.goto(`${app.baseUrl}/claims`);
  await page.getByTestId("queue-table").waitFor();
  await page.locator("h1").click();
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  const row = rows().nth(1);
  const claimId = await row.getAttribute("data-claim-id");
  const articleId = await row.getAttribute("data-article-id");
  await page.keyboard.press("v");
  await page.waitForURL(`${app.baseUrl}/articles/${articleId}?claim=${claimId}&verdict=verified`);
});

test("a verdict stored elsewhere shows in the counts after a reload", async () => {
  await page.goto(`${app.baseUrl}/claims`);
  const before = await counts();
  const claim = await db.prisma.claim.findFirstOrThrow({ where: { notAClaim: false, contentVerdict: null } });
  await db.prisma.claim.update({ where: { id: claim.id }, data: { contentVerdict: "DISPUTED" } });
  await page.reload();
  await expect(counts()).resolves.toEqual({ ...before, open: before.open - 1, disputed: before.disputed + 1 });
  await page.goto(`${app.baseUrl}/claims?status=disputed`);
  await expect(rows().count()).resolves.toBe(1);
  await expect(rows().first().getAttribute("data-claim-id")).resolves.toBe(claim.id);
  await expect(page.locator('[data-count="disputed"]').getAttribute("aria-current")).resolves.toBe("page");
});

test("pages with an opaque cursor; invalid parameters give a note; no result gives the empty state", async () => {
  await page.goto(`${app.baseUrl}/claims?limit=5`);
  const firstPage = await rows().evaluateAll((els) => els.map((e) => e.getAttribute("data-claim-id")));
  expect(firstPage).toHaveLength(5);
  await page.getByTestId("next-page").click();
  await page.waitForURL(/cursor=/);
  const secondPage = await rows().evaluateAll((els) => els.map((e) => e.getAttribute("data-claim-id")));
  expect(secondPage).toHaveLength(5);
  expect(secondPage.filter((id) => firstPage.includes(id))).toEqual([]);
  // One more forward, then back twice with "Vorherige Seite": the same pages, the filter kept.
  const secondUrl = page.url();
  await page.getByTestId("next-page").click();
  await page.waitForURL((url) => url.toString() !== secondUrl);
  const thirdPage = await rows().evaluateAll((els) => els.map((e) => e.getAttribute("data-claim-id")));
  expect(thirdPage.filter((id) => firstPage.includes(id) || secondPage.includes(id))).toEqual([]);
  for (const expected of [secondPage, firstPage]) {
    const before = page.url();
    await page.getByTestId("prev-page").click();
    await page.waitForURL((url) => url.toString() !== before);
    expect(new URL(page.url()).searchParams.get("limit")).toBe("5");
    await expect(rows().evaluateAll((els) => els.map((e) => e.getAttribute("data-claim-id")))).resolves.toEqual(expected);
  }
  await expect(page.getByTestId("prev-page").count()).resolves.toBe(0);
  await page.goto(`${app.baseUrl}/claims?limit=5`);
  await expect(page.getByTestId("prev-page").count()).resolves.toBe(0);

  await page.goto(`${app.baseUrl}/claims?party=XX&cursor=kaputt`);
  const notes = await page.getByTestId("filter-notes").textContent();
  expect(notes).toContain("Ungültiger Wert für „Partei“");
  expect(notes).toContain("Seitenangabe ist ungültig");
  await page.getByTestId("queue-table").waitFor();

  await page.goto(`${app.baseUrl}/claims?q=${encodeURIComponent("gibt es sicher nicht")}`);
  const empty = page.getByTestId("queue-empty");
  await expect(empty.textContent()).resolves.toContain("Keine Behauptungen für diese Filter");
  await empty.getByRole("link", { name: "Alle Filter zurücksetzen" }).click();
  await page.waitForURL(`${app.baseUrl}/claims`);
  await expectNoSeriousAxeViolations();
});

test("GET /api/claims applies the same filters and needs a session", async () => {
  const res = await page.request.get(`${app.baseUrl}/api/claims?party=RU&limit=3&status=zzz`);
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.items.length).toBeLessThanOrEqual(3);
  expect(body.items.every((i: { party: string }) => i.party === "RU")).toBe(true);
  expect(body.notes).toHaveLength(1);
  expect(typeof body.counts.open).toBe("number");
  if (body.nextCursor) {
    const next = await (await page.request.get(`${app.baseUrl}/api/claims?party=RU&limit=3&cursor=${body.nextCursor}`)).json();
    expect(
      next.items.map((i: { id: string }) => i.id).filter((id: string) => body.items.some((j: { id: string }) => j.id === id)),
    ).toEqual([]);
  }
  const anonymous = await fetch(`${app.baseUrl}/api/claims`);
  expect(anonymous.status).toBe(401);
  await expect(anonymous.json()).resolves.toMatchObject({ error: { code: "UNAUTHENTICATED" } });
});

test("the editor's returned claims head the queue with the approver's comment; submitted claims name their submitter", async () => {
  const [rita, frank] = await Promise.all(
    ["redaktion@quellenlage.local", "freigabe@quellenlage.local"].map((email) =>
      db.prisma.user.findUniqueOrThrow({ where: { email } }),
    ),
  );
  const [toReturn, toSubmit] = await db.prisma.claim.findMany({
    where: { notAClaim: false, status: "OPEN" },
    orderBy: { createdAt: "asc" },
    take: 2,
  });
  for (const claim of [toReturn, toSubmit]) {
    const verdict = {
      claimId: claim.id,
      version: claim.version,
      verdict: "UNVERIFIABLE",
      rationale: "Keine Quelle erreichbar.",
      evidence: [],
    };
    const saved = await saveContentVerdict(db.prisma, rita, verdict);
    await submitClaim(db.prisma, { id: rita.id, role: "EDITOR" }, { claimId: claim.id, version: saved.version });
  }
  const comment = "Bitte noch beim Ministerium nachfragen.";
  const submitted = await db.prisma.claim.findUniqueOrThrow({ where: { id: toReturn.id } });
  await returnClaim(db.prisma, { id: frank.id, role: "APPROVER" }, { claimId: toReturn.id, version: submitted.version, comment });

  await page.goto(`${app.baseUrl}/claims?article=${toSubmit.articleId}&sort=article&limit=100`);
  const row = page.locator(`[data-claim-id="${toSubmit.id}"]`);
  await expect(row.getByTestId("submitted-by").textContent()).resolves.toBe("Eingereicht von Rita Redaktion");

  // Last the unfiltered queue: its returned entry, checked and then followed (one page load for both).
  await page.goto(`${app.baseUrl}/claims`);
  const returned = page.getByTestId("returned-claims");
  await returned.waitFor();
  const entry = returned.locator(`[data-returned-claim="${toReturn.id}"]`);
  await expect(entry.textContent()).resolves.toMatch(
    new RegExp(`Zurückgegeben von Frank Freigabe am \\d{2}\\.\\d{2}\\.\\d{4}, \\d{2}:\\d{2} Uhr: „${comment}“`),
  );
  await expectNoSeriousAxeViolations();
  await entry.getByRole("link").click();
  await page.waitForURL(`${app.baseUrl}/articles/${toReturn.articleId}?claim=${toReturn.id}`);
});

test("more returned claims than fit are collapsed to the newest few with a link to all of them", async () => {
  const [rita, frank] = await Promise.all(
    ["redaktion@quellenlage.local", "freigabe@quellenlage.local"].map((email) =>
      db.prisma.user.findUniqueOrThrow({ where: { email } }),
    ),
  );
  const claims = await db.prisma.claim.findMany({
    where: { notAClaim: false, status: "OPEN" },
    orderBy: { createdAt: "asc" },
    take: RETURNED_PREVIEW + 1,
  });
  for (const claim of claims) {
    const saved = await saveContentVerdict(db.prisma, rita, {
      claimId: claim.id,
      version: claim.version,
      verdict: "UNVERIFIABLE",
      rationale: "Keine Quelle erreichbar.",
      evidence: [],
    });
    const submitted = await submitClaim(
      db.prisma,
      { id: rita.id, role: "EDITOR" },
      { claimId: claim.id, version: saved.version },
    );
    await returnClaim(
      db.prisma,
      { id: frank.id, role: "APPROVER" },
      { claimId: claim.id, version: submitted.version, comment: "Bitte belegen." },
    );
  }
  const total = await db.prisma.claim.count({ where: { status: "RETURNED" } });
  expect(total).toBeGreaterThan(RETURNED_PREVIEW);

  await page.goto(`${app.baseUrl}/claims`);
  const returned = page.getByTestId("returned-claims");
  await returned.waitFor();
  await expect(returned.getByRole("heading").textContent()).resolves.toBe(`Von der Freigabe zurückgegeben (${total})`);
  await expect(returned.locator("[data-returned-claim]").count()).resolves.toBe(RETURNED_PREVIEW);
  const showAll = returned.getByTestId("returned-show-all");
  await expect(showAll.textContent()).resolves.toBe(`Alle ${total} zurückgegebenen Behauptungen anzeigen`);

  await showAll.click();
  await page.waitForURL(/zurueckgegeben=alle/);
  await expect(returned.locator("[data-returned-claim]").count()).resolves.toBe(total);
  await expect(returned.getByTestId("returned-show-all").count()).resolves.toBe(0);
  // The queue itself is unchanged below the expanded list.
  await expect(rows().count()).resolves.toBeGreaterThan(0);
  await expectNoSeriousAxeViolations();
});
