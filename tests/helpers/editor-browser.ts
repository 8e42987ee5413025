// The set-ups browser tests share: their own database (demo data and a logged-in editor context
// with a blank page, or one admin account), the built app on it and Chromium. Each registers
// beforeAll/afterAll; use the returned handle's getters inside tests.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/permissions";
import { startTestApp, type TestApp } from "./app-server";
import { launchBrowser, loggedInContext } from "./browser";
import { setupTestDatabase, type TestDatabase } from "./test-db";

export const DEMO_PASSWORDS: Record<Role, string> = {
  EDITOR: "red-Passwort-1",
  APPROVER: "frei-Passwort-2",
  ADMIN: "admin-Passwort-3",
};
export const DEMO_EDITOR_EMAIL = "redaktion@quellenlage.local";

export interface EditorBrowser {
  readonly db: TestDatabase;
  readonly app: TestApp;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
}

function ready<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("Browser-Testumgebung noch nicht bereit (nur innerhalb von Tests verwenden).");
  return value;
}

export function setupEditorBrowser(): EditorBrowser {
  const db = setupTestDatabase();
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    await db.seedDemo({ passwords: DEMO_PASSWORDS });
    app = await startTestApp(db.url);
    browser = await launchBrowser();
    // Logged in without the form (tests/helpers/browser.ts): each test loads the page it needs.
    context = await loggedInContext(browser, app.baseUrl, DEMO_EDITOR_EMAIL, DEMO_PASSWORDS.EDITOR);
    page = await context.newPage();
  }, 600000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.stop();
  });
  return {
    db,
    get app() {
      return ready(app);
    },
    get browser() {
      return ready(browser);
    },
    get context() {
      return ready(context);
    },
    get page() {
      return ready(page);
    },
  };
}

export interface AdminBrowser {
  readonly db: TestDatabase;
  readonly app: TestApp;
  readonly browser: Browser;
}

/** A database with one admin account (no demo data), the built app on it and Chromium; tests log in themselves. */
export function setupAdminBrowser(admin: { email: string; name: string; password: string }): AdminBrowser {
  const db = setupTestDatabase();
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    await db.prisma.user.create({
      data: { email: admin.email, name: admin.name, role: "ADMIN", passwordHash: await hashPassword(admin.password) },
    });
    app = await startTestApp(db.url);
    browser = await launchBrowser();
  }, 600000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  return {
    db,
    get app() {
      return ready(app);
    },
    get browser() {
      return ready(browser);
    },
  };
}
