// Every page under the real Content-Security-Policy in Chromium: no violation (console
// "Refused to …" or a securitypolicyviolation event) and React still hydrates under the nonce,
// i.e. a client component on the page works.
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { Role } from "@/lib/auth/permissions";
import { startTestApp, type TestApp } from "../helpers/app-server";
import { launchBrowser, logIn, POLL } from "../helpers/browser";
import { setupTestDatabase } from "../helpers/test-db";

jest.setTimeout(180000);

const db = setupTestDatabase();
const PASSWORDS: Record<Role, string> = { EDITOR: "red-Passwort-1", APPROVER: "frei-Passwort-2", ADMIN: "admin-Passwort-3" };

let app: TestApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  await db.seedDemo({ passwords: PASSWORDS });
  app = await startTestApp(db.url);
  browser = await launchBrowser();
  context = await browser.newContext();
  page = await context.newPage();
  // Violations reach us through a binding, which survives navigations (and is not subject to CSP).
  await page.exposeFunction("__reportCspViolation", (text: string) => problems.push(`securitypolicyviolation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      void report(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} on ${location.pathname} (${event.sourceFile}:${event.lineNumber}:${event.columnNumber})`,
      );
    });
  });
  page.on("console", (message) => {
    const text = message.text();
    if (/Refused to|Content Security Policy|Permissions-Policy/i.test(text)) problems.push(`console: ${text}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  // Also what the browser fetches on its own (the icon): a failed request is a problem of the page.
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (response.status() >= 400 && url.pathname !== EXPECTED_NOT_FOUND)
      problems.push(`HTTP ${response.status()}: ${url.pathname}`);
  });
}, 600000);

/** The one path whose 404 the test asks for. */
const EXPECTED_NOT_FOUND = "/gibt-es-nicht";

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.stop();
});

/** True once React has hydrated the element (it keeps its fiber on the DOM node). */
async function hydrated(selector: string): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const element = document.querySelector(sel);
      return !!element && Object.keys(element).some((key) => key.startsWith("__reactFiber"));
    },
    selector,
    { ...POLL, timeout: 15000 },
  );
}

async function expectCleanPage(path: string): Promise<void> {
  // Violations are reported asynchronously: give them a moment before judging the page.
  await page.waitForTimeout(300);
  expect({ path, problems }).toEqual({ path, problems: [] });
}

test("every page loads without a CSP violation and hydrates under the nonce", async () => {
  // /login: client-side validation only works once the login form is hydrated.
  await page.goto(`${app.baseUrl}/login`);
  await hydrated("form");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.getByText("Bitte die E-Mail-Adresse eingeben.").waitFor();
  expect(page.url()).toBe(`${app.baseUrl}/login`);
  await expectCleanPage("/login");

  await logIn(page, app.baseUrl, "redaktion@quellenlage.local", PASSWORDS.EDITOR);
  await hydrated("header button");
  await expectCleanPage("/articles");

  await page.goto(`${app.baseUrl}/articles/new`);
  await page.getByRole("heading", { name: "Artikel erfassen" }).waitFor();
  await hydrated("form");
  await page.getByRole("button", { name: "Dateien erfassen" }).click();
  await page.getByText("Bitte das Medium angeben (z. B. „tagesschau.de“).").waitFor();
  await expectCleanPage("/articles/new");

  const article = await db.prisma.article.findFirstOrThrow({
    where: { title: "Liveblog: Putin empfängt Nordkoreas Außenministerin" },
  });
  await page.goto(`${app.baseUrl}/articles/${article.id}`);
  const firstClaim = page.locator("button[data-claim-id]").first();
  await hydrated("button[data-claim-id]");
  await firstClaim.click();
  await page.getByTestId("claim-panel").waitFor();
  await expectCleanPage(`/articles/${article.id} (Panel offen)`);

  await page.goto(`${app.baseUrl}/claims`);
  await page.getByTestId("queue-table").waitFor();
  // The filter fields are an HTML string inside the React-rendered form (queue-filter-html.ts).
  await hydrated('form[role="search"]');
  await page.locator("h1").click();
  await page.keyboard.press("?");
  await page.getByRole("dialog", { name: "Tastenkürzel" }).waitFor();
  await expectCleanPage("/claims");

  await page.goto(`${app.baseUrl}/keine-berechtigung`);
  await page.getByRole("heading", { name: "Keine Berechtigung" }).waitFor();
  await hydrated("main a");
  await expectCleanPage("/keine-berechtigung");

  const notFound = await page.goto(`${app.baseUrl}${EXPECTED_NOT_FOUND}`);
  expect(notFound?.status()).toBe(404);
  await page.getByRole("heading", { name: "Nicht gefunden" }).waitFor();
  // A hydrated next/link navigates on the client: the page is not reloaded.
  await hydrated("main a");
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  await page.getByRole("link", { name: "Zur Artikelübersicht" }).click();
  await page.waitForURL(`${app.baseUrl}/articles`);
  await expect(page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).resolves.toBe(true);
  await expectCleanPage("404 → /articles");
});

test("pages declare the app's icon, and it is served as SVG", async () => {
  const html = await (await fetch(`${app.baseUrl}/login`)).text();
  const href = html.match(/<link rel="icon" href="([^"]+)"/)?.[1];
  expect(href).toMatch(/^\/icon\.svg/);
  const icon = await fetch(`${app.baseUrl}${href}`);
  expect(icon.status).toBe(200);
  expect(icon.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
});

test("the policy carries a fresh nonce per page and no unsafe-eval or unsafe-inline scripts", async () => {
  // The first response needs no rendering in the browser, only its header; the second is the page checked below.
  const fetched = await context.request.get(`${app.baseUrl}/claims`, { maxRedirects: 0 });
  expect(fetched.status()).toBe(200);
  const loaded = await page.goto(`${app.baseUrl}/claims`);
  const policies = [
    fetched.headers()["content-security-policy"] ?? "",
    (await loaded?.headerValue("content-security-policy")) ?? "",
  ];
  const nonces = policies.map((policy) => /'nonce-([^']+)'/.exec(policy)?.[1]);
  expect(nonces[0]).toBeTruthy();
  expect(nonces[0]).not.toBe(nonces[1]);
  const scriptSrc = policies[0].split(";").find((directive) => directive.trim().startsWith("script-src")) ?? "";
  expect(scriptSrc).toContain("'strict-dynamic'");
  expect(scriptSrc).not.toContain("unsafe-eval");
  expect(scriptSrc).not.toContain("unsafe-inline");
  // Every script element Next.js rendered carries this request's nonce.
  const scriptNonces = await page.evaluate(() => Array.from(document.scripts, (script) => script.nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(new Set(scriptNonces)).toEqual(new Set([nonces[1]]));
});
