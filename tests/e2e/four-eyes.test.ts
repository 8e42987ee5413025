// The four-eyes workflow in the article view, in a real browser against the production build:
// the editor gives a verdict and submits, the approver returns it with a comment, the editor
// sees the comment, fixes the verdict and resubmits, the approver approves – and the claim's
// history shows every step with the right names. Then: an approver cannot approve a claim they
// reviewed themselves, unsaved input is guarded, "Nächste offene Behauptung" and
// "Artikel zur Freigabe einreichen".
import type { BrowserContext, Page } from "playwright-core";
import type { Claim } from "@/lib/generated/prisma/client";
import { loggedInContext, POLL } from "../helpers/browser";
import { DEMO_PASSWORDS, setupEditorBrowser } from "../helpers/editor-browser";

jest.setTimeout(180000);

const env = setupEditorBrowser();
const APPROVER_EMAIL = "freigabe@quellenlage.local";
const EDITOR_NAME = "Rita Redaktion";
const APPROVER_NAME = "Frank Freigabe";

let approverContext: BrowserContext;
let approver: Page;
let articleId: string;
let claims: Claim[];

beforeAll(async () => {
  // A demo article with at least four claims that nobody has touched.
  const articles = await env.db.prisma.article.findMany({
    orderBy: { title: "asc" },
    include: { claims: { where: { notAClaim: false }, orderBy: { start: "asc" } } },
  });
  const article = articles.find((a) => a.claims.length >= 4);
  if (!article) throw new Error("Die Demo-Daten haben keinen Artikel mit vier Behauptungen.");
  articleId = article.id;
  claims = article.claims;
  approverContext = await loggedInContext(env.browser, env.app.baseUrl, APPROVER_EMAIL, DEMO_PASSWORDS.APPROVER);
  approver = await approverContext.newPage();
}, 600000);

afterAll(async () => {
  await approverContext?.close();
});

async function openClaim(page: Page, claim: Claim) {
  await page.goto(`${env.app.baseUrl}/articles/${articleId}?claim=${claim.id}`);
  await page.getByTestId("claim-panel").waitFor();
}

async function expectStatus(page: Page, label: string) {
  await page.waitForFunction(
    (expected) => document.querySelector('[data-testid="claim-status"]')?.textContent === expected,
    label,
    { ...POLL, timeout: 15000 },
  );
}

function workflow(page: Page) {
  return page.getByTestId("claim-workflow");
}

async function openSection(page: Page, name: string) {
  const summary = page.getByTestId("claim-panel").locator("summary", { hasText: name });
  const details = summary.locator("xpath=..");
  if ((await details.getAttribute("open")) === null) await summary.click();
  return details;
}

async function giveVerdict(page: Page, verdict: string, rationale: string) {
  const form = await openSection(page, "Inhalt prüfen");
  await form.getByLabel(verdict, { exact: true }).check();
  await form.getByLabel("Begründung").fill(rationale);
  await form.getByLabel("URL").fill("https://www.example.org/quelle");
  await form.getByLabel("Notiz").fill("Bericht");
  await form.getByRole("button", { name: "Inhaltsurteil speichern" }).click();
  await page.getByText(`Inhaltsurteil „${verdict}“ gespeichert.`).waitFor();
}

async function submitClaimInPanel(page: Page) {
  await workflow(page).getByRole("button", { name: "Zur Freigabe einreichen", exact: true }).click();
  await expectStatus(page, "zur Freigabe eingereicht");
}

/** The history entries as "kind user" lines, oldest first. */
async function historyLines(page: Page): Promise<string[]> {
  return page
    .getByTestId("history-entry")
    .evaluateAll((nodes) =>
      nodes.map((n) => `${n.getAttribute("data-kind")} ${n.querySelector('[data-testid="history-user"]')?.textContent}`),
    );
}

test("editor submits → approver returns with a comment → editor fixes and resubmits → approver approves", async () => {
  const { page } = env;
  const claim = claims[0];

  // Editor: verdict, then submit; the forms become read-only with a reason.
  await openClaim(page, claim);
  await expectStatus(page, "offen");
  await giveVerdict(page, "nicht überprüfbar", "Nur eine Quelle, keine Bestätigung.");
  await expectStatus(page, "in Prüfung");
  await submitClaimInPanel(page);
  await expect(page.getByTestId("forms-locked").textContent()).resolves.toContain("gesperrt");
  const lockedForm = await openSection(page, "Inhalt prüfen");
  await expect(lockedForm.getByLabel("Begründung").isDisabled()).resolves.toBe(true);

  // Approver: a return needs a comment (the form says so and keeps working), then returns.
  await openClaim(approver, claim);
  await expectStatus(approver, "zur Freigabe eingereicht");
  await openSection(approver, "Zurückgeben");
  const returnForm = approver.getByRole("form", { name: "Zurückgeben" });
  await returnForm.getByRole("button", { name: "Zurückgeben" }).click();
  await returnForm.getByText("Bitte einen Kommentar für die Redaktion angeben").waitFor();
  await returnForm.getByLabel("Kommentar für die Redaktion (Pflicht)").fill("Bitte die Gegenquelle aus Kiew ergänzen.");
  await returnForm.getByRole("button", { name: "Zurückgeben" }).click();
  await expectStatus(approver, "zurückgegeben");

  // Editor: sees the comment, fixes the verdict, resubmits.
  await openClaim(page, claim);
  await expectStatus(page, "zurückgegeben");
  const note = page.getByTestId("return-note");
  await expect(note.textContent()).resolves.toContain("Bitte die Gegenquelle aus Kiew ergänzen.");
  await expect(note.textContent()).resolves.toContain(`Zurückgegeben von ${APPROVER_NAME}`);
  await giveVerdict(page, "umstritten", "Kiew nennt eine andere Zahl.");
  await expectStatus(page, "in Prüfung");
  await submitClaimInPanel(page);

  // Approver approves; reopening is offered.
  await openClaim(approver, claim);
  await workflow(approver).getByRole("button", { name: "Freigeben", exact: true }).click();
  await expectStatus(approver, "freigegeben");
  await approver.getByTestId("claim-panel").locator("summary", { hasText: "Wieder öffnen" }).waitFor();

  // The history shows every step with the right person; the earlier verdict is still there.
  await openClaim(page, claim);
  const lines = await historyLines(page);
  expect(lines.slice(1)).toEqual([
    `CONTENT_VERDICT ${EDITOR_NAME}`,
    `SUBMITTED ${EDITOR_NAME}`,
    `RETURNED ${APPROVER_NAME}`,
    `CONTENT_VERDICT ${EDITOR_NAME}`,
    `SUBMITTED ${EDITOR_NAME}`,
    `APPROVED ${APPROVER_NAME}`,
  ]);
  expect(lines[0]).toMatch(/^EXTRACTED /);
  const history = (await page.getByTestId("claim-history").textContent()) ?? "";
  expect(history).toContain("Nur eine Quelle, keine Bestätigung.");
  expect(history).toContain("Kommentar: Bitte die Gegenquelle aus Kiew ergänzen.");
  expect(history).toContain("Status: zur Freigabe eingereicht → freigegeben");
  expect(history).toMatch(/\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr/);

  // The approver reopens it: a reason is required; afterwards it is editable and in the history.
  await approver.getByTestId("claim-panel").locator("summary", { hasText: "Wieder öffnen" }).click();
  const reopenForm = approver.getByRole("form", { name: "Wieder öffnen" });
  await reopenForm.getByRole("button", { name: "Wieder öffnen" }).click();
  await reopenForm.getByText("Bitte einen Grund für das Wiederöffnen angeben.").waitFor();
  await reopenForm.getByLabel("Grund für das Wiederöffnen (Pflicht)").fill("Neue Zahlen aus Kiew.");
  await reopenForm.getByRole("button", { name: "Wieder öffnen" }).click();
  await expectStatus(approver, "in Prüfung");
  const last = approver.getByTestId("history-entry").last();
  await expect(last.getAttribute("data-kind")).resolves.toBe("REOPENED");
  await expect(last.textContent()).resolves.toContain("Grund: Neue Zahlen aus Kiew.");
});

test("an approver cannot approve a claim they reviewed themselves (German message, nothing changes)", async () => {
  const claim = claims[1];
  await openClaim(approver, claim);
  await giveVerdict(approver, "nicht überprüfbar", "Selbst geprüft.");
  await submitClaimInPanel(approver);
  await workflow(approver).getByRole("button", { name: "Freigeben", exact: true }).click();
  const error = approver.getByTestId("workflow-error");
  await error.waitFor();
  await expect(error.textContent()).resolves.toMatch(/^Vier-Augen-Prinzip: Sie haben diese Behauptung selbst bewertet/);
  await expectStatus(approver, "zur Freigabe eingereicht");

  // Returning it is refused the same way; the comment typed stays in its field.
  await openSection(approver, "Zurückgeben");
  const returnForm = approver.getByRole("form", { name: "Zurückgeben" });
  await returnForm.getByLabel("Kommentar für die Redaktion (Pflicht)").fill("Mein eigener Kommentar.");
  await returnForm.getByRole("button", { name: "Zurückgeben" }).click();
  await approver.getByText(/selbst bewertet oder korrigiert und dürfen sie daher nicht zurückgeben/).waitFor();
  await expect(returnForm.getByLabel("Kommentar für die Redaktion (Pflicht)").inputValue()).resolves.toBe(
    "Mein eigener Kommentar.",
  );
  expect((await env.db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("SUBMITTED");
  // Leave nothing unsaved for the next test's navigation.
  await returnForm.getByLabel("Kommentar für die Redaktion (Pflicht)").fill("");
});

test("unsaved input: leaving asks first and the input stays; after a verdict, on to the next open claim", async () => {
  const { page } = env;
  const claim = claims[2];
  await openClaim(page, claim);
  const form = await openSection(page, "Inhalt prüfen");
  await form.getByLabel("Begründung").fill("Halb fertig …");
  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await page.getByRole("link", { name: "← Alle Artikel" }).click();
  await page.waitForTimeout(300);
  expect(asked).toBe("Ungespeicherte Eingaben gehen verloren. Trotzdem verlassen?");
  expect(new URL(page.url()).pathname).toBe(`/articles/${articleId}`);
  await expect(form.getByLabel("Begründung").inputValue()).resolves.toBe("Halb fertig …");

  await giveVerdict(page, "nicht überprüfbar", "Fertig.");
  // Saved: nothing unsaved any more (no question when moving on).
  await expect(page.locator("[data-unsaved]").getAttribute("data-unsaved")).resolves.toBe("");
  const next = page.getByTestId("next-open").getByRole("button", { name: "Nächste offene Behauptung" });
  await next.click();
  // claims[0..2] are reviewed now: the next open one in text order is claims[3].
  await page.waitForFunction(
    (id) => document.querySelector('[data-testid="claim-panel"]')?.getAttribute("data-claim-id") === id,
    claims[3].id,
    POLL,
  );
  await expectStatus(page, "offen");
});

test("'Artikel zur Freigabe einreichen' submits the reviewed claims and reports per claim", async () => {
  const { page } = env;
  await openClaim(page, claims[2]);
  await page.getByRole("button", { name: "Artikel zur Freigabe einreichen" }).click();
  // Reviewed and not submitted: claims[0] (reopened) and claims[2]; claims[1] is submitted already.
  await page.getByText("2 von 2 Behauptungen zur Freigabe eingereicht.").waitFor();
  await expectStatus(page, "zur Freigabe eingereicht");
  const statuses = await env.db.prisma.claim.findMany({
    where: { id: { in: claims.slice(0, 4).map((c) => c.id) } },
    select: { id: true, status: true },
  });
  expect(claims.slice(0, 4).map((c) => statuses.find((x) => x.id === c.id)?.status)).toEqual([
    "SUBMITTED",
    "SUBMITTED",
    "SUBMITTED",
    "OPEN",
  ]);
});
