// The set-up most browser tests share: their own database with the demo data, the built app
// on it, one Chromium page logged in as the demo editor. Registers beforeAll/afterAll; use the
// returned handle's getters inside tests.
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { Role } from "@/lib/auth/permissions";
import { seedDemo } from "@/lib/seed/seed-demo";
import { startTestApp, type TestApp } from "./app-server";
import { launchBrowser, logIn } from "./browser";
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

export function setupEditorBrowser(): EditorBrowser {
  const db = setupTestDatabase();
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    await seedDemo(db.prisma, { passwords: DEMO_PASSWORDS });
    app = await startTestApp(db.url);
    browser = await launchBrowser();
    context = await browser.newContext();
    page = await context.newPage();
    await logIn(page, app.baseUrl, DEMO_EDITOR_EMAIL, DEMO_PASSWORDS.EDITOR);
  }, 600000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.stop();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("Browser-Testumgebung noch nicht bereit (nur innerhalb von Tests verwenden).");
    return value;
  };
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
