// Full-text search in the review queue, in a real browser against the production build:
// a stemmed form and a number word find their claims (issue #12).
import type { Page } from "playwright-core";
import type { TestApp } from "../helpers/app-server";
import { severeAxeViolations } from "../helpers/browser";
import { setupEditorBrowser } from "../helpers/editor-browser";

jest.setTimeout(180000);

const shared = setupEditorBrowser();
const db = shared.db;
let app: TestApp;
let page: Page;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ({ app, page } = shared);
  const article = await db.prisma.article.create({
    data: { title: "Suchtest Ostfront", outlet: "Suchtest-Zeitung", text: "Suchtest", textSha256: "5".repeat(64) },
  });
  const claim = (valueText: string, value: number, what: string, sentence: string) =>
    db.prisma.claim.create({
      data: { articleId: article.id, start: 0, end: 1, valueText, value, what, sentence, updatedAt: new Date() },
    });
  ids.drohnen = (await claim("480", 480, "Kamikazedrohnen", "Nachts griffen 480 Drohnen den Hafen an.")).id;
  ids.soldaten = (await claim("11.000", 11000, "Grenzsoldaten", "Rund 11.000 Grenzsoldaten stehen bereit.")).id;
});

async function searchFor(text: string): Promise<string[]> {
  await page.goto(`${app.baseUrl}/claims`);
  const field = page.getByLabel("Suche in Satz, Wert, Gegenstand, Quelle und Artikel");
  await field.fill(text);
  await field.press("Enter");
  await page.waitForURL(`${app.baseUrl}/claims?q=${encodeURIComponent(text)}`);
  await page.getByTestId("queue-table").waitFor();
  return page
    .getByTestId("queue-table")
    .locator("[data-row-link]")
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get("claim") ?? ""));
}

test("typing „Drohne“ lists the claims that say „Drohnen“", async () => {
  const found = await searchFor("Drohne");
  expect(found).toContain(ids.drohnen);
  expect(found).not.toContain(ids.soldaten);
  await expect(page.getByTestId("queue-table").textContent()).resolves.toContain("480 Drohnen");
});

test("„elftausend“ finds the claims written „11.000“ (ours and the demo's), so does „11000“", async () => {
  const withValue = await db.prisma.claim.findMany({ where: { value: 11000, notAClaim: false }, select: { id: true } });
  const expected = withValue.map((c) => c.id).sort();
  expect(expected).toContain(ids.soldaten);
  expect((await searchFor("elftausend")).sort()).toEqual(expected);
  await expect(page.getByTestId("status-counts").locator('[data-count="all"]').textContent()).resolves.toBe(
    `Alle ${expected.length}`,
  );
  expect((await searchFor("11000")).sort()).toEqual(expected);
});

test("GET /api/claims searches the same way and says its counts are bounded", async () => {
  const res = await page.request.get(`${app.baseUrl}/api/claims?q=${encodeURIComponent("Drohne")}`);
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.items.map((i: { id: string }) => i.id)).toContain(ids.drohnen);
  expect(body.items[0].rank).toBeGreaterThan(0);
  expect(body.countLimit).toBe(10000);
  const plain = await (await page.request.get(`${app.baseUrl}/api/claims`)).json();
  expect(plain.countLimit).toBeNull();
});

test("the article list searches title and outlet and filters by outlet and open claims", async () => {
  await page.goto(`${app.baseUrl}/articles`);
  await page.getByLabel("Suche in Titel und Medium").fill("Ostfronten");
  await page.getByRole("button", { name: "Filtern" }).click();
  await page.waitForURL(/\/articles\?q=Ostfronten&/); // a plain GET form: empty fields come along, count as absent
  const list = page.getByTestId("article-list");
  await expect(list.locator("tbody tr").allTextContents()).resolves.toEqual([expect.stringContaining("Suchtest Ostfront")]);

  // The outlet comes from the URL (the select's list is cached for 30 s and may predate the article).
  await page.goto(`${app.baseUrl}/articles?outlet=Suchtest-Zeitung`);
  await expect(page.getByLabel("Medium", { exact: true }).inputValue()).resolves.toBe("Suchtest-Zeitung");
  await page.getByLabel("Nur mit offenen Behauptungen").check();
  await page.getByRole("button", { name: "Filtern" }).click();
  await page.waitForURL(/\/articles\?.*open=1/);
  await expect(list.locator("tbody tr").count()).resolves.toBe(1);
  await expect(list.locator("caption").textContent()).resolves.toContain("1 Artikel für diese Filter");
  expect(await severeAxeViolations(page)).toEqual([]);
});
