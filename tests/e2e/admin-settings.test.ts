// /admin/settings in the browser: an admin reaches it from /admin, sees that the environment's
// initial values apply, gets a German message for no conflict party, saves name, parties and
// caveat text; a save over a change made meanwhile says so and keeps the input.
import type { Browser } from "playwright-core";
import type { TestApp } from "../helpers/app-server";
import { loggedInContext, severeAxeViolations } from "../helpers/browser";
import { setupAdminBrowser } from "../helpers/editor-browser";

jest.setTimeout(180000);

const ADMIN = { email: "einstellungen@example.org", password: "settings-Passwort-1", name: "Einstellungspflege" };
const shared = setupAdminBrowser(ADMIN);
const db = shared.db;
let app: TestApp;
let browser: Browser;

/** The checkbox of one party in the page's HTML. */
function inputTag(html: string, party: string): string {
  const tags = (html.match(/<input [^>]*>/g) ?? []).filter((tag) => tag.includes(`value="${party}"`));
  expect(tags).toHaveLength(1);
  return tags[0];
}

// Runs after the shared set-up's beforeAll (registered first).
beforeAll(() => {
  ({ app, browser } = shared);
});

test("admin saves newsroom name, conflict parties and caveat text; a concurrent change is reported without losing the input", async () => {
  const context = await loggedInContext(browser, app.baseUrl, ADMIN.email, ADMIN.password);
  try {
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/admin`);
    await page.getByRole("link", { name: "Einstellungen" }).click();
    await page.waitForURL(`${app.baseUrl}/admin/settings`);
    await page.getByTestId("settings-initial").waitFor();
    await page.getByText(/Gilt für neue Einlesungen und Urteile; bestehende Behauptungen behalten ihren Hinweis/).waitFor();
    // The environment's defaults are the starting point: Russia and Ukraine.
    await expect(page.getByLabel("Russland").isChecked()).resolves.toBe(true);
    await expect(page.getByLabel("Ukraine").isChecked()).resolves.toBe(true);
    expect(await severeAxeViolations(page)).toEqual([]);

    await page.getByLabel("Russland").uncheck();
    await page.getByLabel("Ukraine").uncheck();
    await page.getByRole("button", { name: "Einstellungen speichern" }).click();
    await page.getByText("Bitte mindestens eine Konfliktpartei wählen.").waitFor();
    expect(await db.prisma.newsroomSettings.count()).toBe(0);

    await page.getByLabel("Name der Redaktion").fill("Nachrichtenredaktion Nord");
    await page.getByLabel("Nordkorea").check();
    await page.getByLabel("Russland").check();
    await page.getByLabel("Text des Hinweises „Konfliktparteien als Quelle“").fill("Achtung: Angaben einer Kriegspartei.");
    await page.getByRole("button", { name: "Einstellungen speichern" }).click();
    await page.getByText(/Einstellungen gespeichert/).waitFor();
    await expect(db.prisma.newsroomSettings.findFirstOrThrow()).resolves.toMatchObject({
      newsroomName: "Nachrichtenredaktion Nord",
      conflictParties: ["RU", "KP"],
      caveatText: "Achtung: Angaben einer Kriegspartei.",
      version: 1,
    });
    await expect(db.prisma.auditEvent.count({ where: { action: "settings.update" } })).resolves.toBe(1);
    // The server's markup already holds the saved parties (not only the hydrated form): a reload
    // shows them before the scripts run.
    const markup = await (await context.request.get(`${app.baseUrl}/admin/settings`)).text();
    expect(inputTag(markup, "KP")).toContain('checked=""');
    expect(inputTag(markup, "UA")).not.toContain("checked");
    expect(markup).toContain('value="Nachrichtenredaktion Nord"');
    await page.reload();
    await expect(page.getByTestId("settings-initial").count()).resolves.toBe(0);
    await expect(page.getByLabel("Nordkorea").isChecked()).resolves.toBe(true);

    // Someone else saves while this form is open.
    await db.prisma.newsroomSettings.update({ where: { id: true }, data: { caveatText: "Anderer Text", version: 2 } });
    await page.getByLabel("Name der Redaktion").fill("Redaktion Süd");
    await page.getByRole("button", { name: "Einstellungen speichern" }).click();
    await page.getByText(/inzwischen von jemand anderem geändert/).waitFor();
    await expect(page.getByLabel("Name der Redaktion").inputValue()).resolves.toBe("Redaktion Süd");
    await expect(db.prisma.newsroomSettings.findFirstOrThrow()).resolves.toMatchObject({
      newsroomName: "Nachrichtenredaktion Nord",
      caveatText: "Anderer Text",
    });
  } finally {
    await context.close();
  }
});
