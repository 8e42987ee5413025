// /admin/actors in the browser: an admin adds an actor with aliases, opens it, changes its party
// and official flag; an edit over a change made meanwhile says so and keeps the input.
import type { Browser } from "playwright-core";
import type { TestApp } from "../helpers/app-server";
import { loggedInContext, severeAxeViolations } from "../helpers/browser";
import { setupAdminBrowser } from "../helpers/editor-browser";

jest.setTimeout(180000);

const ADMIN = { email: "register@example.org", password: "register-Passwort-1", name: "Registerpflege" };
const shared = setupAdminBrowser(ADMIN);
const db = shared.db;
let app: TestApp;
let browser: Browser;

// Runs after the shared set-up's beforeAll (registered first).
beforeAll(() => {
  ({ app, browser } = shared);
});

test("admin adds an actor, edits it, and a concurrent change is reported without losing the input", async () => {
  const context = await loggedInContext(browser, app.baseUrl, ADMIN.email, ADMIN.password);
  try {
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/admin`);
    await page.getByRole("link", { name: "Akteursregister" }).click();
    await page.waitForURL(`${app.baseUrl}/admin/actors`);
    await page.getByText("Das Register ist noch leer.").waitFor();

    await page.getByLabel("Name", { exact: true }).fill("Wagner-Gruppe");
    await page.getByLabel("Aliasse (einer je Zeile)").fill("Wagner\nPMC Wagner\n");
    await page.getByLabel("Web-Domains (eine je Zeile)").fill("keine domain");
    await page.getByLabel("Art", { exact: true }).selectOption("GROUP");
    await page.getByLabel("Konfliktpartei", { exact: true }).selectOption("OTHER");
    await page.getByRole("button", { name: "Akteur hinzufügen" }).click();
    // Checked in the form already, with the same schema as the server.
    await page.getByText("„keine domain“ ist keine Web-Domain.", { exact: false }).waitFor();
    await page.getByLabel("Web-Domains (eine je Zeile)").fill("https://t.me/Wagner_Channel/17\n");
    await page.getByRole("button", { name: "Akteur hinzufügen" }).click();
    await page.getByText("„Wagner-Gruppe“ hinzugefügt.").waitFor();
    const table = page.getByTestId("actor-table");
    await table.getByText("Wagner, PMC Wagner").waitFor();
    await table.getByText("t.me/wagner_channel").waitFor();
    expect(await severeAxeViolations(page)).toEqual([]);

    await table.getByRole("link", { name: "Wagner-Gruppe" }).click();
    await page.waitForURL(/\/admin\/actors\/[^/]+$/);
    await page.getByLabel("Konfliktpartei", { exact: true }).selectOption("RU");
    await page.getByRole("button", { name: "Änderung speichern" }).click();
    await page.getByText("Änderung gespeichert.").waitFor();
    await expect(db.prisma.actor.findUniqueOrThrow({ where: { canonicalName: "Wagner-Gruppe" } })).resolves.toMatchObject({
      party: "RU",
      aliases: ["Wagner", "PMC Wagner"],
    });

    // Someone else changes the entry while this form is open.
    await page.reload();
    await db.prisma.actor.update({
      where: { canonicalName: "Wagner-Gruppe" },
      data: { official: true, version: { increment: 1 } },
    });
    await page.getByLabel("Aliasse (einer je Zeile)").fill("Wagner\nPMC Wagner\nGruppe Wagner");
    await page.getByRole("button", { name: "Änderung speichern" }).click();
    await page.getByText(/inzwischen von jemand anderem geändert/).waitFor();
    await expect(page.getByLabel("Aliasse (einer je Zeile)").inputValue()).resolves.toContain("Gruppe Wagner");
    await expect(db.prisma.actor.findUniqueOrThrow({ where: { canonicalName: "Wagner-Gruppe" } })).resolves.toMatchObject({
      aliases: ["Wagner", "PMC Wagner"],
    });
  } finally {
    await context.close();
  }
});
