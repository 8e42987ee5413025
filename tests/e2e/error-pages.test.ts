// The German error pages in a real browser: with the database cut off (TCP relay) every page says
// so, the API answers 503, and the page comes back by itself; an unexpected error shows an id that
// the one log line about it carries, together with the request id, route and user — no stack.
import { Client } from "pg";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { Role } from "@/lib/auth/permissions";
import { startTestApp, type TestApp } from "../helpers/app-server";
import { launchBrowser, loggedInContext } from "../helpers/browser";
import { startTcpProxy, type TcpProxy } from "../helpers/tcp-proxy";
import { setupTestDatabase } from "../helpers/test-db";

jest.setTimeout(180000);

const db = setupTestDatabase();
const PASSWORDS: Record<Role, string> = { EDITOR: "red-Passwort-1", APPROVER: "frei-Passwort-2", ADMIN: "admin-Passwort-3" };
/** What must never reach an editor's screen: driver messages, addresses, credentials, stacks. */
const LEAKS = /postgres|127\.0\.0\.1|passwor[dt]=|ECONN|Connection terminated|P10\d\d|does not exist|relation|\bat [\w.]+ \(/i;

let relay: TcpProxy;
let app: TestApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  await db.seedDemo({ passwords: PASSWORDS });
  const target = new URL(db.url);
  relay = await startTcpProxy(target.hostname, Number(target.port));
  app = await startTestApp(relay.route(db.url));
  browser = await launchBrowser();
  context = await loggedInContext(browser, app.baseUrl, "redaktion@quellenlage.local", PASSWORDS.EDITOR);
  page = await context.newPage();
}, 600000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.stop();
  await relay?.close();
});

interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

function logLines(): LogLine[] {
  return app
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as LogLine];
      } catch {
        return [];
      }
    });
}

async function waitForLog(match: (line: LogLine) => boolean): Promise<LogLine[]> {
  const deadline = Date.now() + 10000;
  for (;;) {
    const lines = logLines().filter(match);
    if (lines.length > 0 || Date.now() > deadline) return lines;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function visibleText(): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

test("database down: pages say so in German, the API answers 503, and the page comes back by itself", async () => {
  relay.cutOff();
  let resumed = false;
  try {
    for (const path of ["/claims", "/articles"]) {
      await page.goto(`${app.baseUrl}${path}`);
      const notice = page.getByTestId("db-unavailable");
      await notice.waitFor();
      await expect(notice.getByRole("heading").textContent()).resolves.toBe("Datenbank nicht erreichbar");
      const text = await visibleText();
      expect(text).toContain("Die Datenbank ist gerade nicht erreichbar.");
      expect(text).not.toContain("Etwas ist schiefgelaufen");
      expect(text).not.toMatch(LEAKS);
      expect(await page.content()).not.toMatch(/postgres(ql)?:\/\//);
    }

    const api = await page.request.get(`${app.baseUrl}/api/claims`);
    expect(api.status()).toBe(503);
    expect(api.headers()["retry-after"]).toBe("5");
    const body = await api.text();
    expect(JSON.parse(body)).toMatchObject({ error: { code: "DB_UNAVAILABLE" } });
    expect(body).not.toMatch(LEAKS);

    // An outage is logged as such, not as an unexpected error with a stack.
    const warnings = await waitForLog((line) => line.msg === "Datenbank nicht erreichbar" && line.route === "/articles");
    expect(warnings.length).toBeGreaterThan(0);
    expect(logLines().filter((line) => line.msg === "unerwarteter Fehler")).toEqual([]);

    // Still on the error page of /articles: once the database answers again, the list appears by itself.
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    relay.resume();
    resumed = true;
    await page.getByTestId("article-list").waitFor({ timeout: 20000 });
    expect(page.url()).toBe(`${app.baseUrl}/articles`);
    await expect(page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).resolves.toBe(true);
  } finally {
    if (!resumed) relay.resume();
  }
});

test("an unexpected page error shows an id that the single log line about it carries, and no details", async () => {
  const editor = await db.prisma.user.findUniqueOrThrow({ where: { email: "redaktion@quellenlage.local" } });
  // A broken database (a table gone) makes /claims fail where the login still works.
  // As the owner: the app's own role may not drop tables.
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  await owner.query("DROP TABLE claims CASCADE").finally(() => owner.end());

  const response = await page.goto(`${app.baseUrl}/claims`);
  const notice = page.getByTestId("unexpected-error");
  await notice.waitFor();
  const shownId = (await page.getByTestId("error-id").textContent())?.trim() ?? "";
  expect(shownId).not.toBe("");
  const text = await visibleText();
  expect(text).toContain("Etwas ist schiefgelaufen");
  expect(text).not.toMatch(LEAKS);
  expect(await page.content()).not.toMatch(/claims" does not exist|\.ts:\d+|node_modules/);

  const lines = await waitForLog((line) => line.msg === "unerwarteter Fehler" && line.digest === shownId);
  // Give a possible second report of the same error time to show up before counting.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const reports = logLines().filter((line) => line.msg === "unerwarteter Fehler" && line.digest === shownId);
  expect(reports).toHaveLength(1);
  expect(lines[0]).toMatchObject({
    level: 50,
    route: "/claims",
    userId: editor.id,
    requestId: response?.headers()["x-request-id"],
  });
  expect(lines[0].requestId).toMatch(/^[0-9a-f]{12}$/);
});
