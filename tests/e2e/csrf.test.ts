// Cross-site request forgery in a real browser. An editor is logged in; a page on ANOTHER PORT
// of the same host (same site, so the Lax session cookie is sent along) submits forms and
// fetches against the JSON routes. Nothing may be stored. Server actions are guarded by
// Next.js itself (Origin vs Host/x-forwarded-host): a replayed action from a foreign origin
// must store nothing either, while the same replay from our own origin does.
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { Claim } from "@/lib/generated/prisma/client";
import { startTestApp, type TestApp } from "../helpers/app-server";
import { launchBrowser, loggedInContext } from "../helpers/browser";
import { setupTestDatabase } from "../helpers/test-db";
import { EDITOR_EMAIL, PASSWORDS } from "../integration/http/http-client";

jest.setTimeout(180000);

const db = setupTestDatabase();
let app: TestApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let evil: http.Server;
let evilOrigin: string;
/** path → HTML served by the attacker's server. */
const evilPages = new Map<string, string>();

beforeAll(async () => {
  await db.seedDemo({ passwords: PASSWORDS });
  app = await startTestApp(db.url);
  evil = http.createServer((req, res) => {
    const html = evilPages.get(req.url ?? "");
    res.writeHead(html ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    res.end(html ?? "");
  });
  await new Promise<void>((resolve) => evil.listen(0, "127.0.0.1", resolve));
  evilOrigin = `http://127.0.0.1:${(evil.address() as AddressInfo).port}`;
  browser = await launchBrowser();
  // The session cookie as the server set it (SameSite=Lax), stored through the context's own request client.
  context = await loggedInContext(browser, app.baseUrl, EDITOR_EMAIL, PASSWORDS.EDITOR);
  page = await context.newPage();
}, 600000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await new Promise((resolve) => evil?.close(resolve));
  await app?.stop();
});

const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/'/g, "&#39;");

async function openClaim(): Promise<Claim> {
  return db.prisma.claim.findFirstOrThrow({
    where: { contentVerdict: null, notAClaim: false, reviews: { none: {} } },
    orderBy: { id: "asc" },
  });
}

async function visitEvilPage(path: string, html: string, waitForUrl: string | RegExp): Promise<void> {
  evilPages.set(path, html);
  const navigated = page.waitForURL(waitForUrl, { timeout: 15000 });
  await page.goto(`${evilOrigin}${path}`);
  await navigated;
}

test("a text/plain form from another port that reads as JSON stores no verdict", async () => {
  const claim = await openClaim();
  const action = `${app.baseUrl}/api/claims/${claim.id}/content-verdict`;
  // Sent body: {"version":0,"verdict":"UNVERIFIABLE","rationale":"CSRF","evidence":[],"pad":"="}\r\n – valid JSON.
  const name =
    JSON.stringify({ version: claim.version, verdict: "UNVERIFIABLE", rationale: "CSRF", evidence: [] }).slice(0, -1) +
    ',"pad":"';
  const html =
    `<form id="f" method="post" enctype="text/plain" action="${action}">` +
    `<input type="hidden" name='${escapeAttr(name)}' value='"}'></form>` +
    `<script>document.getElementById("f").submit()</script>`;
  const answered = page.waitForResponse((r) => r.url() === action);
  await visitEvilPage("/text-plain", html, action);
  const response = await answered;
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain("nicht von einer Seite von Quellenlage");
  expect(await db.prisma.review.count({ where: { claimId: claim.id } })).toBe(0);
  expect((await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).version).toBe(claim.version);
});

test("form-encoded forms and no-cors fetches from another port store nothing either", async () => {
  const claim = await openClaim();
  const action = `${app.baseUrl}/api/claims/${claim.id}/corrections`;
  const before = { reviews: await db.prisma.review.count(), corrections: await db.prisma.claimCorrection.count() };
  const json = JSON.stringify({ version: claim.version, kind: "NOT_A_CLAIM", notAClaim: true });
  const html =
    `<script>` +
    `fetch(${JSON.stringify(action)}, {method: "POST", mode: "no-cors", credentials: "include", headers: {"content-type": "text/plain"}, body: ${JSON.stringify(json)}})` +
    `.finally(() => { document.title = "fetched"; document.getElementById("f").submit(); });` +
    `</script><form id="f" method="post" action="${action}"><input type="hidden" name="version" value="${claim.version}"></form>`;
  const answered = page.waitForResponse((r) => r.url() === action && r.request().resourceType() === "document");
  await visitEvilPage("/form-and-fetch", html, action);
  expect((await answered).status()).toBe(403);
  expect({ reviews: await db.prisma.review.count(), corrections: await db.prisma.claimCorrection.count() }).toEqual(before);
  expect((await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).notAClaim).toBe(false);
});

test("server actions: Next.js refuses a replayed action from another origin; the same replay from ours is stored", async () => {
  // Capture the real server action request of the paste form without letting it through.
  let captured: { headers: Record<string, string>; body: Buffer } | undefined;
  await page.route(`${app.baseUrl}/articles/new`, async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    captured = { headers: await request.allHeaders(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
    await route.abort();
  });
  await page.goto(`${app.baseUrl}/articles/new`);
  const form = page.locator("form", { has: page.getByRole("button", { name: "Text erfassen" }) });
  await form.getByLabel("Titel").fill("Aktion von fremder Seite");
  await form.getByLabel("Medium").fill("CSRF-Test");
  await form
    .getByLabel("Artikeltext")
    .fill("Kiew (dpa) – Russland hat in der Nacht 50 Drohnen gestartet, 40 wurden nach Angaben der Luftwaffe abgeschossen.");
  await page.getByRole("button", { name: "Text erfassen" }).click();
  for (let i = 0; i < 100 && !captured; i++) await new Promise((r) => setTimeout(r, 100));
  await page.unroute(`${app.baseUrl}/articles/new`);
  expect(captured).toBeDefined();

  const replay = (origin: string) => {
    const headers = Object.fromEntries(
      Object.entries(captured!.headers).filter(
        ([name]) => !name.startsWith(":") && !["host", "content-length", "connection"].includes(name),
      ),
    );
    return fetch(`${app.baseUrl}/articles/new`, {
      method: "POST",
      headers: { ...headers, origin },
      body: new Uint8Array(captured!.body),
    });
  };
  await replay(evilOrigin);
  expect(await db.prisma.article.count({ where: { outlet: "CSRF-Test" } })).toBe(0);
  const own = await replay(app.baseUrl);
  expect(own.status).toBe(200);
  await own.text();
  expect(await db.prisma.article.count({ where: { outlet: "CSRF-Test" } })).toBe(1);
});
