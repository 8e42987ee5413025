// The editor's shift from issue #4 in one flow, in a real browser against the
// production build: upload two demo files, open an article, verify one claim
// with evidence, dispute another, confirm an attribution, correct another, and
// watch the queue counts change.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import type { Claim } from "@/lib/generated/prisma/client";
import { seedDemo } from "@/lib/seed/seed-demo";
import { startTestApp, type TestApp } from "../helpers/app-server";
import { launchBrowser, loggedInContext, POLL } from "../helpers/browser";
import { setupTestDatabase } from "../helpers/test-db";

jest.setTimeout(180000);

const db = setupTestDatabase();
const PASSWORDS = { EDITOR: "e2e-Redaktion-1", APPROVER: "e2e-Freigabe-2", ADMIN: "e2e-Admin-3" };
const DEMO = path.join(process.cwd(), "prisma", "seed", "articles");
const FILES = ["000_68d889ffc56bb6af.txt", "003_557e3db04e804bc4.txt"];

let app: TestApp;
let browser: Browser;
let page: Page;
let emptyDir: string;

beforeAll(async () => {
  // Users and actors only: the articles arrive through the upload below.
  emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), "ql-noarticles-"));
  fs.writeFileSync(path.join(emptyDir, "manifest.json"), "[]");
  await seedDemo(db.prisma, { passwords: PASSWORDS, articlesDir: emptyDir });
  app = await startTestApp(db.url);
  browser = await launchBrowser();
  page = await (await loggedInContext(browser, app.baseUrl, "redaktion@quellenlage.local", PASSWORDS.EDITOR)).newPage();
}, 600000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  fs.rmSync(emptyDir, { recursive: true, force: true });
});

async function queueCounts(): Promise<Record<string, number>> {
  await page.goto(`${app.baseUrl}/claims`);
  await page.getByRole("heading", { name: "Prüf-Warteschlange" }).waitFor();
  const result: Record<string, number> = {};
  for (const key of ["all", "open", "verified", "disputed", "unverifiable"]) {
    const text = await page.locator(`[data-count="${key}"] span`).textContent();
    result[key] = Number(text!.replace(/\./g, ""));
  }
  return result;
}

async function select(claim: Claim) {
  await page.locator(`button[data-claim-id="${claim.id}"]`).click();
  await page.waitForFunction(
    (id) => document.querySelector('[data-testid="claim-panel"]')?.getAttribute("data-claim-id") === id,
    claim.id,
    POLL,
  );
}

async function openSection(name: string) {
  const summary = page.getByTestId("claim-panel").locator("summary", { hasText: name });
  const details = summary.locator("xpath=..");
  if ((await details.getAttribute("open")) === null) await summary.click();
  return details;
}

test("an editor uploads, reviews and corrects claims, and the queue follows", async () => {
  // Upload two demo files at once.
  await page.goto(`${app.baseUrl}/articles/new`);
  await page.getByLabel("Medium").first().fill("tagesschau.de");
  await page
    .getByLabel("Dateien (.txt, .html)")
    .setInputFiles(FILES.map((name) => ({ name, mimeType: "text/plain", buffer: fs.readFileSync(path.join(DEMO, name)) })));
  await page.getByRole("button", { name: "Dateien erfassen" }).click();
  await page.getByRole("status").getByText("2 von 2 verarbeitet").waitFor();
  const results = page.getByTestId("upload-results").locator("li");
  await expect(results.count()).resolves.toBe(2);
  for (let i = 0; i < 2; i++) await expect(results.nth(i).textContent()).resolves.toContain("Angelegt");

  const articles = await db.prisma.article.findMany({ include: { claims: { orderBy: { start: "asc" } } } });
  expect(articles).toHaveLength(2);
  const total = articles.reduce((n, a) => n + a.claims.length, 0);
  expect(await queueCounts()).toEqual({ all: total, open: total, verified: 0, disputed: 0, unverifiable: 0 });

  // Open the ticker article (003): it has conflict-party and other claims.
  const article = articles.find((a) => a.claims.length >= 4 && a.claims.some((c) => c.party === "UA"))!;
  await page.goto(`${app.baseUrl}/articles`);
  await page.getByRole("link", { name: article.title }).click();
  await page.waitForURL(`${app.baseUrl}/articles/${article.id}`);
  const conflict = article.claims.find((c) => c.party === "UA" || c.party === "RU")!;
  const [dispute, attribution, correct] = article.claims.filter((c) => c.id !== conflict.id);

  // Verify a conflict-party claim: only with an independent evidence item.
  await select(conflict);
  await expect(page.getByTestId("caveat-box").textContent()).resolves.toContain("Konfliktparteien als Quelle");
  let section = await openSection("Inhalt prüfen");
  await section.getByLabel("belegt", { exact: true }).check();
  await section.getByLabel("Begründung").fill("Von unabhängigen Beobachtern bestätigt.");
  await section.getByLabel("URL").fill("https://www.example.org/beobachter-bericht");
  await section.getByLabel("Notiz").fill("Bericht der Beobachtermission");
  await section.getByLabel("unabhängige Quelle").check();
  await section.getByRole("button", { name: "Inhaltsurteil speichern" }).click();
  await page.getByText("Inhaltsurteil „belegt“ gespeichert.").waitFor();

  // Dispute another claim.
  await select(dispute);
  section = await openSection("Inhalt prüfen");
  await section.getByLabel("umstritten").check();
  await section.getByLabel("Begründung").fill("Andere Quellen nennen deutlich niedrigere Zahlen.");
  await section.getByLabel("URL").fill("https://www.example.org/gegendarstellung");
  await section.getByLabel("Notiz").fill("Gegendarstellung");
  await section.getByRole("button", { name: "Inhaltsurteil speichern" }).click();
  await page.getByText("Inhaltsurteil „umstritten“ gespeichert.").waitFor();

  // Confirm an attribution with a link to the original statement.
  await select(attribution);
  section = await openSection("Zuordnung prüfen");
  await section.getByLabel("bestätigt").check();
  await section.getByLabel(/Link zur Originalaussage/).fill("https://t.me/quelle/4711");
  await section.getByRole("button", { name: "Zuordnung speichern" }).click();
  await page.getByText("Zuordnung „bestätigt“ gespeichert.").waitFor();

  // Correct another claim's source.
  await select(correct);
  section = await openSection("Maschine korrigieren");
  await section.getByLabel("Quelle (aus dem Akteursverzeichnis oder frei)").fill("Pressestelle der Stadtverwaltung Kyjiw");
  await section.getByLabel("Partei", { exact: true }).selectOption("UA");
  await section.getByRole("button", { name: "Quelle/Partei korrigieren" }).click();
  await page.getByText("Korrektur von Quelle/Partei gespeichert.").waitFor();

  // The queue counts follow; the database agrees with what the browser did.
  expect(await queueCounts()).toEqual({ all: total, open: total - 2, verified: 1, disputed: 1, unverifiable: 0 });
  const after = await db.prisma.claim.findMany({ where: { articleId: article.id } });
  const byId = new Map(after.map((c) => [c.id, c]));
  expect(byId.get(conflict.id)!.contentVerdict).toBe("VERIFIED");
  expect(byId.get(dispute.id)!.contentVerdict).toBe("DISPUTED");
  expect(byId.get(attribution.id)!.attributionVerdict).toBe("CONFIRMED");
  expect(byId.get(correct.id)!.actorName).toBe("Pressestelle der Stadtverwaltung Kyjiw");
  expect(await db.prisma.claimCorrection.count({ where: { claimId: correct.id } })).toBeGreaterThan(0);
  expect(await db.prisma.auditEvent.count({ where: { entityType: "Claim" } })).toBeGreaterThanOrEqual(4);

  // The desk's export shows both verdicts side by side.
  const exported = await page.request.get(`${app.baseUrl}/claims/export?article=${article.id}`);
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-type"]).toContain("text/csv");
  const rows = (await exported.text()).split("\r\n").filter(Boolean);
  expect(rows).toHaveLength(article.claims.length + 1);
  expect(rows.some((r) => r.includes('"bestätigt"'))).toBe(true);
  expect(rows.some((r) => r.includes('"belegt"'))).toBe(true);
  expect(rows.some((r) => r.includes('"umstritten"'))).toBe(true);
  // Without a session (no browser needed for a status code).
  expect((await fetch(`${app.baseUrl}/claims/export`)).status).toBe(401);
});
