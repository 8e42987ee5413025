// /reports in the browser: a person with approval rights picks an article, sees the preview with
// the unapproved claims marked, creates the final report, downloads it twice (same bytes) and
// verifies it at /reports/verify; a changed file is not confirmed. Other scopes: claims picked
// in the queue → preview → draft CSV; outlet + date range → final report downloaded twice;
// a bad date range keeps the input and says what is wrong; an empty scope says so; the queue's
// free-text search as a scope → preview → draft CSV.
import type { BrowserContext } from "playwright-core";
import type { TestApp } from "../helpers/app-server";
import { loggedInContext, severeAxeViolations } from "../helpers/browser";
import { setupAdminBrowser } from "../helpers/editor-browser";
import { parse } from "csv-parse/sync";
import { OUTLET, reviewedArticle, scopedArticles, storeSettings } from "../integration/reports/fixtures";

jest.setTimeout(180000);

const ADMIN = { email: "berichte@example.org", password: "berichte-Passwort-1", name: "Berichtswesen" };
const shared = setupAdminBrowser(ADMIN);
const db = shared.db;
let app: TestApp;
/** The admin's one session of this file; each test opens its own page in it. */
let context: BrowserContext;

beforeAll(async () => {
  app = shared.app;
  context = await loggedInContext(shared.browser, app.baseUrl, ADMIN.email, ADMIN.password);
});

afterAll(async () => {
  await context?.close();
});

test("preview, create the final report, download it twice and verify it", async () => {
  await storeSettings(db.prisma);
  const { article } = await reviewedArticle(db.prisma);
  const page = await context.newPage();
  try {
    await page.goto(`${app.baseUrl}/articles`);
    await page.getByRole("link", { name: "Berichte" }).click();
    await page.waitForURL(`${app.baseUrl}/reports`);
    await page.getByText("Noch keine Endberichte archiviert.").waitFor();
    await page.getByLabel("Artikel", { exact: true }).selectOption(article.id);
    await page.getByRole("button", { name: "Vorschau anzeigen" }).click();
    const preview = page.getByTestId("report-preview");
    await preview.waitFor();
    expect(await preview.getByText("Entwurf: nicht freigegeben").count()).toBe(2);
    await preview.getByText("freigegeben von Jürgen Weiß").waitFor();
    expect(await severeAxeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Endbericht erstellen" }).click();
    const created = page.getByTestId("created-report");
    await created.getByText(/Endbericht b[0-9a-f]+ erstellt \(1 freigegebene Behauptungen\)/).waitFor();
    const pdfLink = created.getByRole("link", { name: "PDF" });
    const href = (await pdfLink.getAttribute("href"))!;
    const first = await context.request.get(`${app.baseUrl}${href}`);
    const second = await context.request.get(`${app.baseUrl}${href}`);
    const bytes = await first.body();
    expect(bytes.equals(await second.body())).toBe(true);
    const reportId = href.split("/")[3].split("?")[0];

    await page.reload();
    await page.getByTestId("report-archive").getByText(`Nr. ${reportId}`).waitFor();

    await page.getByRole("link", { name: "Bericht prüfen" }).click();
    await page.waitForURL(`${app.baseUrl}/reports/verify`);
    await page.getByLabel("Berichtsdatei").setInputFiles({ name: "bericht.pdf", mimeType: "application/pdf", buffer: bytes });
    await page.getByRole("button", { name: "Prüfen" }).click();
    await page.getByTestId("verify-result").getByText(`ist der Endbericht ${reportId} (PDF)`, { exact: false }).waitFor();
    expect(await severeAxeViolations(page)).toEqual([]);

    const changed = Buffer.from(bytes);
    changed[changed.length - 10] ^= 1;
    await page.getByLabel("Berichtsdatei").setInputFiles({ name: "bericht.pdf", mimeType: "application/pdf", buffer: changed });
    await page.getByRole("button", { name: "Prüfen" }).click();
    await page.getByTestId("verify-result").getByText("Nicht bestätigt:").waitFor();
  } finally {
    await page.close();
  }
});

describe("other scopes", () => {
  let fixture: Awaited<ReturnType<typeof scopedArticles>>;
  beforeAll(async () => {
    await storeSettings(db.prisma);
    fixture = await scopedArticles(db.prisma);
  });

  test("the article view links to the article's report", async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${app.baseUrl}/articles/${fixture.early.article.id}`);
      await page.getByRole("link", { name: "Bericht", exact: true }).click();
      await page.waitForURL(`${app.baseUrl}/reports?article=${fixture.early.article.id}`);
      expect(await page.getByLabel("Artikel", { exact: true }).inputValue()).toBe(fixture.early.article.id);
      expect(await page.getByTestId("report-preview").locator("tbody tr").count()).toBe(3);
    } finally {
      await page.close();
    }
  });

  test("claims picked in the queue: report preview with the unapproved marked, draft CSV of exactly those", async () => {
    const picked = [fixture.early.ua, fixture.late.us];
    const page = await context.newPage();
    try {
      await page.goto(`${app.baseUrl}/claims`);
      const selection = page.getByTestId("report-selection");
      await selection.getByText("Behauptungen ankreuzen").waitFor();
      for (const claim of picked) await page.locator(`tr[data-claim-id="${claim.id}"]`).getByRole("checkbox").check();
      await selection.getByText("2 Behauptungen ausgewählt").waitFor();
      expect(await severeAxeViolations(page)).toEqual([]);
      await selection.getByRole("link", { name: "Bericht aus Auswahl" }).click();
      await page.waitForURL(/\/reports\?claims=/);
      await page.getByTestId("scope-claims").getByText("2 Behauptungen aus der Warteschlange ausgewählt").waitFor();
      const preview = page.getByTestId("report-preview");
      await preview.waitFor();
      expect(await preview.locator("tbody tr").count()).toBe(2);
      await preview.locator(`tr[data-claim-id="${fixture.late.us.id}"]`).getByText("Entwurf: nicht freigegeben").waitFor();
      await preview
        .locator(`tr[data-claim-id="${fixture.early.ua.id}"]`)
        .getByText(/freigegeben von/)
        .waitFor();
      expect(await severeAxeViolations(page)).toEqual([]);

      const csvLink = page.getByRole("region", { name: /Vorschau/ }).getByRole("link", { name: "CSV" });
      const download = await context.request.get(`${app.baseUrl}${await csvLink.getAttribute("href")}`);
      expect(download.status()).toBe(200);
      const rows: Record<string, string>[] = parse(await download.text(), { bom: true, columns: true });
      expect(new Set(rows.map((row) => row["Behauptung-ID"]))).toEqual(new Set(picked.map((claim) => claim.id)));
      expect(rows.map((row) => row.Bericht)).toEqual(["Entwurf", "Entwurf"]);
    } finally {
      await page.close();
    }
  });

  test("outlet + date range: final report created, downloaded twice with identical bytes; bad input kept with a German message", async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${app.baseUrl}/reports`);
      await page.getByLabel("Medium", { exact: true }).selectOption(OUTLET);
      await page.getByLabel("Erschienen ab").fill("2026-11-30");
      await page.getByLabel("Erschienen bis").fill("2026-11-01");
      await page.getByRole("button", { name: "Vorschau anzeigen" }).click();
      await page.getByText("„Erschienen bis“ liegt vor „Erschienen ab“").waitFor();
      expect(await page.getByLabel("Medium", { exact: true }).inputValue()).toBe(OUTLET);

      await page.getByLabel("Erschienen ab").fill("2026-11-01");
      await page.getByLabel("Erschienen bis").fill("2026-11-20");
      await page.getByRole("button", { name: "Vorschau anzeigen" }).click();
      await page.waitForURL(/outlet=/);
      const counts = page.getByTestId("report-counts");
      await counts.getByText("Behauptungen in diesem Umfang").waitFor();
      // The late article appeared on 21.11. (Berlin): only the early one's three claims.
      expect(await page.getByTestId("report-preview").locator("tbody tr").count()).toBe(3);
      expect(await severeAxeViolations(page)).toEqual([]);

      await page.getByRole("button", { name: "Endbericht erstellen" }).click();
      const created = page.getByTestId("created-report");
      await created.getByText(/Endbericht b[0-9a-f]+ erstellt \(1 freigegebene Behauptungen\)/).waitFor();
      const href = (await created.getByRole("link", { name: "CSV" }).getAttribute("href"))!;
      const first = await context.request.get(`${app.baseUrl}${href}`);
      const second = await context.request.get(`${app.baseUrl}${href}`);
      const bytes = await first.body();
      expect(bytes.equals(await second.body())).toBe(true);
      const rows: Record<string, string>[] = parse(bytes, { bom: true, columns: true });
      expect(rows.map((row) => [row["Behauptung-ID"], row.Bericht])).toEqual([[fixture.early.ua.id, "Endfassung"]]);

      await page.getByLabel("Status").selectOption("OPEN");
      await page.getByLabel("Medium", { exact: true }).selectOption("");
      await page.getByLabel("Erschienen ab").fill("1999-01-01");
      await page.getByLabel("Erschienen bis").fill("1999-01-31");
      await page.getByRole("button", { name: "Vorschau anzeigen" }).click();
      await page.getByTestId("report-empty").getByText("Keine Behauptungen in diesem Umfang.").waitFor();
    } finally {
      await page.close();
    }
  });

  test("the queue's search as a scope: „Drohne“ in one outlet previews and exports the claims saying „Drohnen“", async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${app.baseUrl}/reports`);
      await page.getByLabel("Medium", { exact: true }).selectOption(OUTLET);
      await page.getByRole("searchbox", { name: "Suche" }).fill("Drohne");
      await page.getByRole("button", { name: "Vorschau anzeigen" }).click();
      await page.waitForURL(/q=Drohne/);
      await page.getByTestId("report-counts").getByText("Behauptungen in diesem Umfang").waitFor();
      expect(await page.getByTestId("report-preview").locator("tbody tr").count()).toBe(2);
      expect(await page.getByRole("searchbox", { name: "Suche" }).inputValue()).toBe("Drohne");

      const csvLink = page.getByRole("region", { name: /Vorschau/ }).getByRole("link", { name: "CSV" });
      const download = await context.request.get(`${app.baseUrl}${await csvLink.getAttribute("href")}`);
      expect(download.status()).toBe(200);
      const rows: Record<string, string>[] = parse(await download.text(), { bom: true, columns: true });
      expect(new Set(rows.map((row) => row["Behauptung-ID"]))).toEqual(new Set([fixture.early.ru.id, fixture.late.ru.id]));
    } finally {
      await page.close();
    }
  });
});
