// /reports in the browser: a person with approval rights picks an article, sees the preview with
// the unapproved claims marked, creates the final report, downloads it twice (same bytes) and
// verifies it at /reports/verify; a changed file is not confirmed.
import type { Browser } from "playwright-core";
import type { TestApp } from "../helpers/app-server";
import { logIn, severeAxeViolations } from "../helpers/browser";
import { setupAdminBrowser } from "../helpers/editor-browser";
import { reviewedArticle, storeSettings } from "../integration/reports/fixtures";

jest.setTimeout(180000);

const ADMIN = { email: "berichte@example.org", password: "berichte-Passwort-1", name: "Berichtswesen" };
const shared = setupAdminBrowser(ADMIN);
const db = shared.db;
let app: TestApp;
let browser: Browser;

beforeAll(() => {
  ({ app, browser } = shared);
});

test("preview, create the final report, download it twice and verify it", async () => {
  await storeSettings(db.prisma);
  const { article } = await reviewedArticle(db.prisma);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await logIn(page, app.baseUrl, ADMIN.email, ADMIN.password);
    await page.getByRole("link", { name: "Berichte" }).click();
    await page.waitForURL(`${app.baseUrl}/reports`);
    await page.getByText("Noch keine Endberichte archiviert.").waitFor();
    await page.getByLabel("Umfang: ein Artikel").selectOption(article.id);
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
    await context.close();
  }
});
