import type { Browser, Page } from "playwright-core";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/permissions";
import { DEMO_USERS } from "@/lib/seed/demo-users";
import { startTestApp, type TestApp } from "../helpers/app-server";
import { launchBrowser, loggedInContext, POLL, submitLogin } from "../helpers/browser";
import { setupTestDatabase } from "../helpers/test-db";

jest.setTimeout(120000);

const db = setupTestDatabase();
const PASSWORDS: Record<Role, string> = { EDITOR: "red-Passwort-1", APPROVER: "frei-Passwort-2", ADMIN: "admin-Passwort-3" };
const ROLE_LABEL: Record<Role, string> = { EDITOR: "Redaktion", APPROVER: "Freigabe", ADMIN: "Administration" };

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  await db.seedDemo({ passwords: PASSWORDS });
  await db.prisma.user.create({
    data: {
      email: "ehemalig@quellenlage.local",
      name: "Ehemalig",
      role: "EDITOR",
      active: false,
      passwordHash: await hashPassword("alt-Passwort-4"),
    },
  });
  app = await startTestApp(db.url);
  browser = await launchBrowser();
}, 600000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const login = (page: Page, email: string, password: string) => submitLogin(page, app.baseUrl, email, password);

test.each(DEMO_USERS.map((u) => [u.role, u.email] as const))(
  "%s logs in and sees the five demo articles",
  async (role, email) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await login(page, email, PASSWORDS[role]);
      await page.waitForURL(`${app.baseUrl}/articles`);
      await expect(page.getByTestId("current-role").textContent()).resolves.toBe(ROLE_LABEL[role]);
      const rows = page.getByTestId("article-list").locator("tbody tr");
      await expect(rows.count()).resolves.toBe(5);
      await expect(page.getByRole("link", { name: /Beistandspakt mit Nordkorea/ }).count()).resolves.toBeGreaterThan(0);

      await page.getByRole("link", { name: "Liveblog: Putin empfängt Nordkoreas Außenministerin" }).click();
      await page.waitForURL(/\/articles\/[^/]+$/);
      await expect(page.getByTestId("article-text").textContent()).resolves.toContain("11.000 nordkoreanische Soldaten");

      await page.getByRole("button", { name: "Abmelden", exact: true }).click();
      await page.waitForURL(/\/login/);
    } finally {
      await context.close();
    }
  },
);

test("a wrong password, an unknown user and an inactive user get the same German error", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    for (const [email, password] of [
      ["redaktion@quellenlage.local", "falsches-Passwort"],
      ["unbekannt@quellenlage.local", "egal-welches"],
      ["ehemalig@quellenlage.local", "alt-Passwort-4"],
    ]) {
      await login(page, email, password);
      // Next.js keeps an empty role="alert" route announcer on every page: pick ours by id.
      const alert = page.locator("#login-failure[role=alert]");
      await alert.waitFor();
      await expect(alert.textContent()).resolves.toBe("E-Mail-Adresse oder Passwort ist falsch.");
      expect(page.url()).toBe(`${app.baseUrl}/login`);
    }
  } finally {
    await context.close();
  }
});

test("the form explains empty fields before sending anything", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${app.baseUrl}/login`);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await page.getByText("Bitte die E-Mail-Adresse eingeben.").waitFor();
    await page.getByText("Bitte das Passwort eingeben.").waitFor();
  } finally {
    await context.close();
  }
});

test("pages require a session: anonymous visitors are sent to the login page", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    for (const path of ["/articles", "/"]) {
      await page.goto(`${app.baseUrl}${path}`);
      await page.waitForURL(/\/login/);
    }
    const response = await page.request.get(`${app.baseUrl}/articles`, { maxRedirects: 0 });
    expect([303, 307, 308]).toContain(response.status());
  } finally {
    await context.close();
  }
});

/** A browser context that claims its own client address, so throttling tests do not lock out the others. */
async function contextFrom(address: string) {
  return browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": address } });
}

/** The same with the admin's session, logged in without the form (the form's own tests are above). */
async function adminContextFrom(address: string) {
  return loggedInContext(browser, app.baseUrl, "admin@quellenlage.local", PASSWORDS.ADMIN, {
    extraHTTPHeaders: { "X-Forwarded-For": address },
  });
}

test("after 5 wrong passwords the form says the login is locked – not 'falsch' – even for the right password", async () => {
  const context = await contextFrom("198.51.100.77");
  const page = await context.newPage();
  try {
    const alert = page.locator("#login-failure[role=alert]");
    for (let i = 0; i < 5; i++) {
      await login(page, "freigabe@quellenlage.local", `falsch-${i}`);
      await expect(alert.textContent()).resolves.toBe("E-Mail-Adresse oder Passwort ist falsch.");
    }
    await login(page, "freigabe@quellenlage.local", PASSWORDS.APPROVER);
    await alert.waitFor();
    await page.waitForFunction(
      () => document.querySelector("#login-failure")?.textContent?.includes("Zu viele"),
      undefined,
      POLL,
    );
    const text = await alert.textContent();
    expect(text).toContain("Zu viele fehlgeschlagene Anmeldeversuche");
    expect(text).toContain("15 Minuten");
    expect(text).not.toContain("falsch");
    expect(page.url()).toBe(`${app.baseUrl}/login`);
  } finally {
    await context.close();
  }
});

test("a callbackUrl to another host (/\\host) lands on /articles after login", async () => {
  const context = await contextFrom("198.51.100.78");
  const page = await context.newPage();
  try {
    await page.goto(`${app.baseUrl}/login?callbackUrl=${encodeURIComponent("/\\evil.example/phish")}`);
    await page.getByLabel("E-Mail-Adresse").fill("redaktion@quellenlage.local");
    await page.getByLabel("Passwort").fill(PASSWORDS.EDITOR);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await page.waitForURL(`${app.baseUrl}/articles`);
  } finally {
    await context.close();
  }
});

test("„Überall abmelden“ ends the sessions in every browser of the user", async () => {
  const laptop = await adminContextFrom("198.51.100.79");
  const phone = await adminContextFrom("198.51.100.80");
  try {
    const laptopPage = await laptop.newPage();
    const phonePage = await phone.newPage();
    // Both sessions live: the phone's through the API, the laptop's on the page with the button.
    expect((await phone.request.get(`${app.baseUrl}/api/claims?limit=1`)).status()).toBe(200);
    await laptopPage.goto(`${app.baseUrl}/articles`);
    await laptopPage.getByRole("button", { name: "Überall abmelden" }).click();
    await laptopPage.waitForURL(/\/login\?abgemeldet=alle$/);
    await expect(laptopPage.getByTestId("logged-out-everywhere").textContent()).resolves.toBe(
      "Sie wurden auf allen Geräten abgemeldet.",
    );

    await phonePage.goto(`${app.baseUrl}/claims`);
    await phonePage.waitForURL(/\/login/);
    // The laptop's back button does not bring the workbench back either.
    await laptopPage.goto(`${app.baseUrl}/articles`);
    await laptopPage.waitForURL(/\/login/);
  } finally {
    await laptop.close();
    await phone.close();
  }
});
