// /admin/users in the browser: an admin creates an editor (generated password shown once), the
// editor logs in, the admin deactivates them and the editor's open session is logged out at once.
import type { Browser } from "playwright-core";
import { hashPassword } from "@/lib/auth/password";
import type { TestApp } from "../helpers/app-server";
import { loggedInContext, logIn, severeAxeViolations } from "../helpers/browser";
import { setupAdminBrowser } from "../helpers/editor-browser";

jest.setTimeout(180000);

const ADMIN = { email: "chefin@example.org", password: "chefinnen-Passwort-1", name: "Chefin" };
const shared = setupAdminBrowser(ADMIN);
const db = shared.db;
let app: TestApp;
let browser: Browser;

// Runs after the shared set-up's beforeAll (registered first).
beforeAll(() => {
  ({ app, browser } = shared);
});

test("admin creates an editor, the editor logs in, deactivation logs the editor out at once", async () => {
  const adminContext = await loggedInContext(browser, app.baseUrl, ADMIN.email, ADMIN.password);
  const editorContext = await browser.newContext();
  try {
    const admin = await adminContext.newPage();
    await admin.goto(`${app.baseUrl}/articles`);
    await admin.getByRole("link", { name: "Administration", exact: true }).click();
    await admin.waitForURL(`${app.baseUrl}/admin`);
    await admin.getByRole("link", { name: "Benutzer" }).click();
    await admin.waitForURL(`${app.baseUrl}/admin/users`);
    expect(await severeAxeViolations(admin)).toEqual([]);

    // A password under 12 characters is refused in the form, nothing is created.
    await admin.getByLabel("Name", { exact: true }).fill("Emil Redakteur");
    await admin.getByLabel("E-Mail-Adresse", { exact: true }).fill("emil@example.org");
    await admin.getByLabel("Erstes Passwort (optional)").fill("zu-kurz-1");
    await admin.getByRole("button", { name: "Benutzer anlegen" }).click();
    await admin.getByText("Das Passwort muss mindestens 12 Zeichen lang sein.").waitFor();
    expect(await db.prisma.user.count({ where: { email: "emil@example.org" } })).toBe(0);

    // Empty password: Quellenlage generates one and shows it once.
    await admin.getByLabel("Erstes Passwort (optional)").fill("");
    await admin.getByLabel("Rolle", { exact: true }).selectOption("EDITOR");
    await admin.getByRole("button", { name: "Benutzer anlegen" }).click();
    const shown = admin.getByTestId("one-time-password").locator("code");
    await shown.waitFor();
    const password = (await shown.textContent())!.trim();
    expect(password.length).toBeGreaterThanOrEqual(12);
    const row = admin.getByTestId("user-row-emil@example.org");
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(/Redaktion.*aktiv.*noch nie/);

    // The shown password works in the login form.
    const editor = await editorContext.newPage();
    await logIn(editor, app.baseUrl, "emil@example.org", password);
    await expect(editor.getByRole("link", { name: "Administration", exact: true }).count()).resolves.toBe(0);

    await row.getByRole("button", { name: "Emil Redakteur deaktivieren" }).click();
    await row.getByText("Konto deaktiviert. 1 offene Sitzung(en) beendet.").waitFor();
    await expect(row.textContent()).resolves.toContain("deaktiviert");

    // The editor's next step lands on the login page: the session ended with the deactivation.
    await editor.goto(`${app.baseUrl}/claims`);
    await editor.waitForURL(/\/login/);
    await expect(db.prisma.user.findUniqueOrThrow({ where: { email: "emil@example.org" } })).resolves.toMatchObject({
      active: false,
    });
  } finally {
    await adminContext.close();
    await editorContext.close();
  }
});

test("the admin's own row offers no demotion or deactivation; editors get no admin page", async () => {
  const context = await loggedInContext(browser, app.baseUrl, ADMIN.email, ADMIN.password);
  try {
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/admin/users`);
    const own = page.getByTestId(`user-row-${ADMIN.email}`);
    await expect(own.getByRole("button", { name: /deaktivieren/ }).count()).resolves.toBe(0);
    await expect(own.getByRole("button", { name: "Rolle ändern" }).count()).resolves.toBe(0);
  } finally {
    await context.close();
  }
  await db.prisma.user.create({
    data: {
      email: "nur-redaktion@example.org",
      name: "Nur Redaktion",
      role: "EDITOR",
      passwordHash: await hashPassword(ADMIN.password),
    },
  });
  const editorContext = await loggedInContext(browser, app.baseUrl, "nur-redaktion@example.org", ADMIN.password);
  try {
    const page = await editorContext.newPage();
    await page.goto(`${app.baseUrl}/admin/users`);
    await page.waitForURL(/\/keine-berechtigung/);
  } finally {
    await editorContext.close();
  }
});
