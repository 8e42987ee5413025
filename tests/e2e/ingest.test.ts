// Ingest in a real browser against `next start` and a real database: multi-file
// upload with progress and per-file results, duplicate and error messages, the
// paste form, and the JSON API (201 / 409 / 400 / 401 / 413).
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { NOT_GERMAN_MESSAGE } from "@/lib/extraction";
import type { TestApp } from "../helpers/app-server";
import { setupEditorBrowser } from "../helpers/editor-browser";
import { severeAxeViolations } from "../helpers/browser";

jest.setTimeout(180000);

const FIXTURES = path.join(process.cwd(), "tests", "fixtures", "ingest");
const LAGEBERICHT = fs.readFileSync(path.join(FIXTURES, "lagebericht.txt"));
const AGENTUR = fs.readFileSync(path.join(FIXTURES, "agentur-meldung.html"));

const shared = setupEditorBrowser();
const db = shared.db;
let app: TestApp;
let page: Page;

// Runs after the shared set-up's beforeAll (registered first): the app and the logged-in page.
beforeAll(() => {
  ({ app, page } = shared);
});

const results = () => page.getByTestId("upload-results").locator("li");

/**
 * Loads the ingest page unless the page is already on it: a test that follows one that ended there
 * goes on in the same load (each upload replaces the result list, and the paste form is a form of
 * its own), which saves a page load per test.
 */
async function openIngestPage() {
  const url = `${app.baseUrl}/articles/new`;
  if (page.url() !== url) await page.goto(url);
}

async function upload(files: { name: string; mimeType: string; buffer: Buffer }[]) {
  await page.getByLabel("Dateien (.txt, .html)").setInputFiles(files);
  await page.getByRole("button", { name: "Dateien erfassen" }).click();
  await page.getByRole("status").getByText(`${files.length} von ${files.length} verarbeitet`).waitFor();
  await page.getByRole("button", { name: "Dateien erfassen" }).waitFor();
}

test("two files at once: progress, one result per file with link and claim count, stored in the database", async () => {
  await openIngestPage();
  await page.getByRole("heading", { name: "Artikel erfassen" }).waitFor();
  await page.getByRole("button", { name: "Dateien erfassen" }).click();
  await page.getByText("Bitte das Medium angeben (z. B. „tagesschau.de“).").waitFor();

  await page.getByLabel("Medium").first().fill("E2E-Sender");
  await upload([
    { name: "lagebericht.txt", mimeType: "text/plain", buffer: LAGEBERICHT },
    { name: "agentur-meldung.html", mimeType: "text/html", buffer: AGENTUR },
  ]);
  const progress = page.getByRole("status").locator("progress");
  await expect(progress.getAttribute("value")).resolves.toBe("2");
  await expect(progress.getAttribute("max")).resolves.toBe("2");
  await expect(results().count()).resolves.toBe(2);

  const stored = await db.prisma.article.findMany({
    where: { outlet: "E2E-Sender" },
    include: { _count: { select: { claims: true } } },
  });
  expect(stored.map((a) => a.title).sort()).toEqual([
    "Kiew meldet nächtliche Drohnenangriffe auf mehrere Regionen",
    "Lagebericht: Heftige Kämpfe im Osten der Ukraine",
  ]);
  for (const [i, file] of ["lagebericht.txt", "agentur-meldung.html"].entries()) {
    const row = results().nth(i);
    await expect(row.textContent()).resolves.toContain(file);
    const article = stored.find((a) => a.title.startsWith(i === 0 ? "Lagebericht" : "Kiew"))!;
    const link = row.getByRole("link", { name: article.title });
    await expect(link.getAttribute("href")).resolves.toBe(`/articles/${article.id}`);
    await expect(row.textContent()).resolves.toContain(`Angelegt: ${article.title} (${article._count.claims} Behauptungen)`);
  }

  await results().nth(0).getByRole("link").click();
  await page.waitForURL(/\/articles\/[^/]+$/);
  await expect(page.getByTestId("article-text").textContent()).resolves.toContain("152 Gefechte");

  // Back to the form as with the browser's back button (the link was a client-side navigation, so
  // is this): the next test goes on there instead of loading the page again.
  await page.goBack();
  await page.getByRole("heading", { name: "Artikel erfassen" }).waitFor();
});

test("re-upload: duplicate message with a link to the existing article; empty and English files get German errors", async () => {
  await openIngestPage();
  await page.getByLabel("Medium").first().fill("E2E-Sender");
  const before = await db.prisma.article.count();
  const fresh = Buffer.from(
    LAGEBERICHT.toString("utf8").replace("152 Gefechte", "171 Gefechte").replace("Lagebericht:", "Lagebericht am Abend:"),
  );
  await upload([
    {
      name: "nochmal.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(`\n\n${LAGEBERICHT.toString("utf8").replace(/\n/g, "\r\n")}  `),
    },
    { name: "leer.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) },
    { name: "english.txt", mimeType: "text/plain", buffer: fs.readFileSync(path.join(FIXTURES, "english.txt")) },
    { name: "abend.txt", mimeType: "text/plain", buffer: fresh },
  ]);
  const existing = await db.prisma.article.findFirstOrThrow({
    where: { title: "Lagebericht: Heftige Kämpfe im Osten der Ukraine" },
  });
  const duplicate = results().nth(0);
  await expect(duplicate.textContent()).resolves.toContain(`Duplikat: Dieser Text ist bereits erfasst: „${existing.title}“.`);
  await expect(duplicate.getByRole("link", { name: "Zum vorhandenen Artikel" }).getAttribute("href")).resolves.toBe(
    `/articles/${existing.id}`,
  );

  await expect(results().nth(1).getByRole("alert").textContent()).resolves.toBe("Fehler: Datei ist leer.");
  await expect(results().nth(2).getByRole("alert").textContent()).resolves.toBe(`Fehler: ${NOT_GERMAN_MESSAGE}`);
  await expect(results().nth(3).textContent()).resolves.toContain("Angelegt: Lagebericht am Abend:");
  expect(await db.prisma.article.count()).toBe(before + 1);

  // Progress, results and errors on screen: axe-core finds nothing serious.
  expect(await severeAxeViolations(page)).toEqual([]);
});

test("paste form: client-side field messages, then a created article with link", async () => {
  await openIngestPage();
  await page.getByRole("button", { name: "Text erfassen" }).click();
  await page.getByText("Bitte einen Titel angeben.").waitFor();
  await page.getByText("Bitte den Artikeltext eingeben.").waitFor();
  expect(await severeAxeViolations(page)).toEqual([]);

  const form = page.locator("form", { has: page.getByRole("button", { name: "Text erfassen" }) });
  await form.getByLabel("Titel").fill("Eingefügt: Angriffe auf Charkiw");
  await form.getByLabel("Medium").fill("E2E-Zeitung");
  await form.getByLabel("Veröffentlicht am (optional)").fill("2024-11-09T08:15");
  await form
    .getByLabel("Artikeltext")
    .fill(
      "Bei russischen Angriffen auf Charkiw sind nach Angaben des Gouverneurs Oleh Synjehubow mindestens 9 Menschen verletzt worden. " +
        "Das ukrainische Militär teilte mit, es habe in der Nacht 23 von 30 Drohnen abgewehrt.",
    );
  await page.getByRole("button", { name: "Text erfassen" }).click();
  const result = page.getByTestId("paste-result");
  await result.getByText("Angelegt:").waitFor();
  const article = await db.prisma.article.findFirstOrThrow({
    where: { title: "Eingefügt: Angriffe auf Charkiw" },
    include: { _count: { select: { claims: true } } },
  });
  expect(article.outlet).toBe("E2E-Zeitung");
  expect(article.publishedAt?.toISOString()).toBe("2024-11-09T07:15:00.000Z");
  expect(article._count.claims).toBeGreaterThan(0);
  await expect(result.getByRole("link", { name: article.title }).getAttribute("href")).resolves.toBe(`/articles/${article.id}`);
  await expect(form.getByLabel("Titel").inputValue()).resolves.toBe("");

  // The same text again: the server's duplicate message, with a link.
  await form.getByLabel("Titel").fill("Nochmal eingefügt");
  await form.getByLabel("Medium").fill("E2E-Zeitung");
  await form
    .getByLabel("Artikeltext")
    .fill(
      "Bei russischen Angriffen auf Charkiw sind nach Angaben des Gouverneurs Oleh Synjehubow mindestens 9 Menschen verletzt worden.\n\n" +
        "Das ukrainische Militär teilte mit, es habe in der Nacht 23 von 30 Drohnen abgewehrt.",
    );
  await page.getByRole("button", { name: "Text erfassen" }).click();
  await result.getByText(`Dieser Text ist bereits erfasst: „${article.title}“.`).waitFor();
  await expect(result.getByRole("link", { name: "Zum vorhandenen Artikel" }).getAttribute("href")).resolves.toBe(
    `/articles/${article.id}`,
  );
});

test("a file above 1 MB but under the limit goes through the upload; a file over the limit gets the size message", async () => {
  await openIngestPage();
  await page.getByLabel("Medium").first().fill("E2E-Archiv");
  const paragraph =
    "Die Lage an der Front bleibt nach Einschätzung von Beobachtern angespannt, die Kämpfe dauern an und die Versorgung der Bevölkerung ist schwierig. ";
  let big = "Archiv: Chronik der Kämpfe im Herbst\n\nDer ukrainische Generalstab meldete am Morgen 141 Gefechte.\n\n";
  while (Buffer.byteLength(big) < 1.3 * 1024 * 1024) big += `${paragraph.repeat(6)}\n\n`;
  const tooBig = Buffer.alloc(2 * 1024 * 1024 + 10, "a");
  await upload([
    { name: "chronik.txt", mimeType: "text/plain", buffer: Buffer.from(big) },
    { name: "riesig.txt", mimeType: "text/plain", buffer: tooBig },
  ]);
  await expect(results().nth(0).textContent()).resolves.toContain("Angelegt: Archiv: Chronik der Kämpfe im Herbst");
  await expect(results().nth(1).getByRole("alert").textContent()).resolves.toBe(
    "Fehler: Die Datei ist zu groß (mehr als 2 MB); erlaubt sind höchstens 2 MB.",
  );
  const stored = await db.prisma.article.findFirstOrThrow({ where: { outlet: "E2E-Archiv" } });
  expect(Buffer.byteLength(stored.text)).toBeGreaterThan(1024 * 1024);
  expect(await db.prisma.article.count({ where: { outlet: "E2E-Archiv" } })).toBe(1);
});

test("POST /api/articles: 201, 409 duplicate, 400 field errors, 413 over-size with the session; 401 without", async () => {
  const body = {
    title: "API: Drohnenangriff auf Odessa",
    outlet: "Agentur-Schnittstelle",
    url: "https://example.org/odessa",
    publishedAt: "2024-11-10T06:30:00+01:00",
    text: "Russland hat die Hafenstadt Odessa nach Angaben der ukrainischen Luftwaffe mit 14 Drohnen angegriffen. Dabei wurden laut Gouverneur Oleh Kiper mindestens 3 Menschen verletzt.",
  };
  const created = await page.request.post(`${app.baseUrl}/api/articles`, { data: body, headers: { origin: app.baseUrl } });
  expect(created.status()).toBe(201);
  const json = await created.json();
  expect(json).toEqual({
    article: { id: expect.any(String), title: body.title, claimCount: expect.any(Number), url: `/articles/${json.article.id}` },
  });
  const stored = await db.prisma.article.findUniqueOrThrow({ where: { id: json.article.id }, include: { claims: true } });
  expect(stored.claims).toHaveLength(json.article.claimCount);
  expect(stored.publishedAt?.toISOString()).toBe("2024-11-10T05:30:00.000Z");
  for (const c of stored.claims) expect(stored.text.slice(c.start, c.end)).toBe(c.valueText);

  const duplicate = await page.request.post(`${app.baseUrl}/api/articles`, {
    data: { ...body, title: "Anders", text: `  ${body.text}\n` },
    headers: { origin: app.baseUrl },
  });
  expect(duplicate.status()).toBe(409);
  expect(await duplicate.json()).toEqual({
    error: {
      code: "DUPLICATE",
      message: `Dieser Text ist bereits erfasst: „${body.title}“.`,
      details: { articleId: json.article.id, title: body.title, url: `/articles/${json.article.id}` },
    },
  });

  const invalid = await page.request.post(`${app.baseUrl}/api/articles`, {
    data: { title: "", text: "Ein Text.", publishedAt: "morgen" },
    headers: { origin: app.baseUrl },
  });
  expect(invalid.status()).toBe(400);
  const invalidJson = await invalid.json();
  expect(invalidJson.error.code).toBe("VALIDATION");
  expect(Object.keys(invalidJson.error.fieldErrors).sort()).toEqual(["outlet", "publishedAt", "title"]);

  const tooLarge = await page.request.post(`${app.baseUrl}/api/articles`, {
    data: { ...body, text: "ä".repeat(1_100_000) },
    headers: { origin: app.baseUrl },
  });
  expect(tooLarge.status()).toBe(413);
  expect((await tooLarge.json()).error).toMatchObject({
    code: "TOO_LARGE",
    message: expect.stringMatching(/^Der Text ist zu groß/),
  });

  // Without a session (no browser needed for a status code).
  const anonymous = await fetch(`${app.baseUrl}/api/articles`, {
    method: "POST",
    headers: { origin: app.baseUrl, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(anonymous.status).toBe(401);
  expect(await anonymous.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: "Bitte zuerst anmelden." } });
  expect(await db.prisma.article.count({ where: { outlet: "Agentur-Schnittstelle" } })).toBe(1);
});
