// Bad characters through the paste form's server action: in the browser, the form refuses a
// title of invisible characters with the German "darf nicht leer sein" and keeps the input; a
// replayed action carrying a NUL or a lone surrogate (bypassing the form's own check) gets the
// VALIDATION result naming the field, never an internal error, and nothing is stored.
import type { Page } from "playwright-core";
import type { TestApp } from "../helpers/app-server";
import { setupEditorBrowser } from "../helpers/editor-browser";

jest.setTimeout(180000);

const TEXT = "Kiew (dpa) – Russland hat in der Nacht 50 Drohnen gestartet, 40 wurden nach Angaben der Luftwaffe abgeschossen.";
const shared = setupEditorBrowser();
const db = shared.db;
let app: TestApp;
let page: Page;

// Runs after the shared set-up's beforeAll (registered first): the app and the logged-in page.
beforeAll(() => {
  ({ app, page } = shared);
});

const pasteForm = () => page.locator("form", { has: page.getByRole("button", { name: "Text erfassen" }) });

async function fillPasteForm(title: string, outlet: string): Promise<void> {
  await page.goto(`${app.baseUrl}/articles/new`);
  await pasteForm().getByLabel("Titel").fill(title);
  await pasteForm().getByLabel("Medium").fill(outlet);
  await pasteForm().getByLabel("Artikeltext").fill(TEXT);
}

test("a title of zero-width characters counts as empty; the input stays", async () => {
  await fillPasteForm("\u200B\u2060\u200D", "Unsichtbar-Test");
  await page.getByRole("button", { name: "Text erfassen" }).click();
  await pasteForm().getByText("„Titel“ darf nicht leer sein").waitFor();
  await expect(pasteForm().getByLabel("Artikeltext").inputValue()).resolves.toBe(TEXT);
  expect(await db.prisma.article.count({ where: { outlet: "Unsichtbar-Test" } })).toBe(0);
});

test.each([
  ["NUL", "\u0000", "ein Nullzeichen"],
  ["lone surrogate", "\uD800", "ein unvollständiges Unicode-Zeichen"],
])("the server action refuses a %s in the title with a field message, nothing stored", async (_kind, char, words) => {
  // Capture the form's real action request, then send it with the bad character in the title.
  let captured: { headers: Record<string, string>; body: string } | undefined;
  await page.route(`${app.baseUrl}/articles/new`, async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    captured = { headers: await request.allHeaders(), body: request.postData() ?? "" };
    await route.abort();
  });
  await fillPasteForm("Meldung", "Zeichen-Test");
  await page.getByRole("button", { name: "Text erfassen" }).click();
  for (let i = 0; i < 100 && !captured; i++) await new Promise((r) => setTimeout(r, 100));
  await page.unroute(`${app.baseUrl}/articles/new`);
  expect(captured?.body).toContain('"title":"Meldung"');

  const args = JSON.parse(captured!.body) as [Record<string, unknown>];
  args[0].title = `Mel${char}dung`;
  const headers = Object.fromEntries(
    Object.entries(captured!.headers).filter(
      ([name]) => !name.startsWith(":") && !["host", "content-length", "connection"].includes(name),
    ),
  );
  const response = await fetch(`${app.baseUrl}/articles/new`, { method: "POST", headers, body: JSON.stringify(args) });
  expect(response.status).toBe(200);
  const payload = await response.text();
  expect(payload).toContain('"code":"VALIDATION"');
  expect(payload).toContain(`„Titel“ enthält ${words}`);
  expect(payload).not.toContain("INTERNAL");
  expect(await db.prisma.article.count({ where: { outlet: "Zeichen-Test" } })).toBe(0);
});
