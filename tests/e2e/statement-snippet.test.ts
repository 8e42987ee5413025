// The Textbaustein in the browser: the claim panel shows the publishable sentence and
// "Kopieren" puts it on the clipboard ("Kopiert"); where the clipboard is refused, the text is
// selected with a German hint. At /admin/settings the admin edits a template with a live
// example, a bad placeholder is refused, and the saved wording appears in the panel.
import type { Page } from "playwright-core";
import { buildStatement } from "@/lib/reports/statement";
import { loadNewsroomSettings } from "@/lib/settings/newsroom";
import { loggedInContext, POLL } from "../helpers/browser";
import { DEMO_PASSWORDS, setupEditorBrowser } from "../helpers/editor-browser";

jest.setTimeout(300000);

const shared = setupEditorBrowser();

/** A demo claim whose caveat applies (a conflict party's official source), with what the panel should show. */
async function caveatClaim() {
  const claim = await shared.db.prisma.claim.findFirstOrThrow({
    where: { caveat: true, notAClaim: false, actorName: { not: "" } },
    orderBy: [{ articleId: "asc" }, { start: "asc" }],
    include: { actor: { select: { kind: true, aliases: true } } },
  });
  const settings = await loadNewsroomSettings(shared.db.prisma);
  const expected = buildStatement(
    { ...claim, actor: claim.actor },
    { templates: settings.statementTemplates, caveatText: settings.caveatText },
  ).text;
  return { claim, expected, caveatText: settings.caveatText };
}

async function openPanel(page: Page, articleId: string, claimId: string) {
  await page.goto(`${shared.app.baseUrl}/articles/${articleId}?claim=${claimId}`);
  const snippet = page.getByTestId("claim-panel").getByTestId("statement-snippet");
  await snippet.waitFor();
  return snippet;
}

test("the claim panel shows the Textbaustein and 'Kopieren' copies it", async () => {
  const { claim, expected, caveatText } = await caveatClaim();
  // The editor's context of the shared set-up; the admin's is another one (last test).
  await shared.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: shared.app.baseUrl });
  const page = shared.page;
  const snippet = await openPanel(page, claim.articleId, claim.id);
  await expect(snippet.getByTestId("statement-text").textContent()).resolves.toBe(expected);
  expect(expected).toMatch(/^(Nach|Laut) /);
  expect(expected.endsWith(caveatText)).toBe(true);

  await snippet.getByRole("button", { name: "Kopieren" }).click();
  await snippet.getByTestId("statement-copy-status").getByText("Kopiert").waitFor();
  await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(expected);
});

test("where the clipboard is refused, the text is selected with a hint to copy by keyboard", async () => {
  const { claim, expected } = await caveatClaim();
  // A page of its own in the editor's context, as in a browser that denies clipboard access to the page.
  const page = await shared.context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: () => Promise.reject(new DOMException("verweigert", "NotAllowedError")) },
    });
  });
  try {
    const snippet = await openPanel(page, claim.articleId, claim.id);
    await snippet.getByRole("button", { name: "Kopieren" }).click();
    await snippet
      .getByTestId("statement-copy-status")
      .getByText(/Text ist markiert, bitte mit Strg\+C/)
      .waitFor();
    await expect(page.evaluate(() => window.getSelection()?.toString())).resolves.toBe(expected);
  } finally {
    await page.close();
  }
});

test("the admin edits a template with a live example; a bad placeholder is refused; the panel uses the saved wording", async () => {
  const { claim } = await caveatClaim();
  const context = await loggedInContext(shared.browser, shared.app.baseUrl, "admin@quellenlage.local", DEMO_PASSWORDS.ADMIN);
  try {
    const page = await context.newPage();
    await page.goto(`${shared.app.baseUrl}/admin/settings`);
    const field = page.getByLabel("Offizielle Stelle einer Konfliktpartei (mit Hinweis)");
    // react-hook-form fills the field on hydration: wait for it instead of reading too early.
    await page.waitForFunction(
      (value) => (document.getElementById("settings-template-conflictOfficial") as HTMLTextAreaElement | null)?.value === value,
      "{quelle} {aussage}. {hinweis}",
      POLL,
    );
    const example = page.getByTestId("template-example-conflictOfficial");
    await expect(example.textContent()).resolves.toContain(
      "Nach Angaben des ukrainischen Präsidenten Wolodymyr Selenskyj wurden 50 von 80 Drohnen abgeschossen.",
    );

    await field.fill("{laut} {aussage}. {hinweis} {quelle_neu}");
    await example.getByText(/erst nach Korrektur der Vorlage/).waitFor();
    await page.getByRole("button", { name: "Einstellungen speichern" }).click();
    await page.getByText(/Unbekannter Platzhalter „\{quelle_neu\}“/).waitFor();
    await expect(shared.db.prisma.newsroomSettings.count()).resolves.toBe(0);

    await field.fill("{laut} {aussage}. {hinweis}");
    await example.getByText(/Laut dem ukrainischen Präsidenten Wolodymyr Selenskyj wurden 50 von 80 Drohnen/).waitFor();
    await page.getByRole("button", { name: "Einstellungen speichern" }).click();
    await page.getByText(/Einstellungen gespeichert/).waitFor();
    const stored = await shared.db.prisma.newsroomSettings.findFirstOrThrow();
    expect(stored.statementTemplates).toMatchObject({ conflictOfficial: "{laut} {aussage}. {hinweis}" });
    await expect(shared.db.prisma.auditEvent.count({ where: { action: "settings.update" } })).resolves.toBe(1);

    const { expected } = await caveatClaim();
    expect(expected).toMatch(/^Laut /);
    const snippet = await openPanel(page, claim.articleId, claim.id);
    await expect(snippet.getByTestId("statement-text").textContent()).resolves.toBe(expected);
  } finally {
    await context.close();
  }
});
