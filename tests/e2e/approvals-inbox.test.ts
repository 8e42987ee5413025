// The approver's inbox /approvals in a real browser against the production build: a submitted
// claim with its evidence domain and the registry party, the approver's own reviewed claim
// marked for a second person, j/k/a approves, r + comment returns (the comment is required and
// typing it triggers no shortcut), "Auswahl freigeben" with one result per claim, the header
// count, the empty state, the JSON route, and no access for editors.
import type { BrowserContext, Page } from "playwright-core";
import { approveClaim, submitClaim, type ApprovalUser } from "@/lib/approvals/workflow";
import { saveContentVerdict } from "@/lib/reviews/verdicts";
import type { TestApp } from "../helpers/app-server";
import { loggedInContext, severeAxeViolations } from "../helpers/browser";
import { DEMO_EDITOR_EMAIL, DEMO_PASSWORDS, setupEditorBrowser } from "../helpers/editor-browser";
import { EVIDENCE_INDEPENDENT, makeArticle } from "../integration/reviews/fixtures";

jest.setTimeout(240000);

const shared = setupEditorBrowser();
const db = shared.db;
let app: TestApp;
let approverContext: BrowserContext;
let page: Page;

interface Scenario {
  /** Article A (newest submissions, shown first), claims in text order. */
  keyboardApprove: string;
  keyboardReturn: string;
  bulkFine: string;
  /** Article B: changed after submission, and the approver's own review. */
  bulkChanged: string;
  ownReview: string;
}
let scenario: Scenario;
const consoleErrors: string[] = [];

async function user(email: string): Promise<ApprovalUser> {
  return db.prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true } });
}

async function reviewAndSubmit(reviewer: ApprovalUser, claimId: string, evidence: object[] = []) {
  const verdict = await saveContentVerdict(db.prisma, reviewer, {
    claimId,
    version: 0,
    verdict: evidence.length > 0 ? "VERIFIED" : "UNVERIFIABLE",
    rationale: evidence.length > 0 ? "Analyse bestätigt die Zahl." : "Keine zweite Quelle.",
    evidence,
  });
  return submitClaim(db.prisma, reviewer, { claimId, version: verdict.version });
}

async function createScenario(): Promise<Scenario> {
  const editor = await user(DEMO_EDITOR_EMAIL);
  const approver = await user("freigabe@quellenlage.local");
  await db.prisma.actor.create({
    data: { canonicalName: "Pressestelle Test (RU)", party: "RU", official: true, kind: "BODY", domains: ["presse-test.ru"] },
  });
  const a = await makeArticle(db.prisma);
  const b = await makeArticle(db.prisma);
  await db.prisma.article.update({ where: { id: a.article.id }, data: { title: "Artikel A zur Freigabe" } });
  await db.prisma.article.update({ where: { id: b.article.id }, data: { title: "Artikel B zur Freigabe" } });
  // Oldest first: article B's claims, then A's (A holds the newest submission and comes first).
  await reviewAndSubmit(approver, b.us.id);
  await reviewAndSubmit(editor, b.ua.id);
  await reviewAndSubmit(editor, a.ua.id, [
    EVIDENCE_INDEPENDENT,
    { url: "https://presse-test.ru/news/11000", note: "Mitteilung des Ministeriums", independent: false },
  ]);
  await reviewAndSubmit(editor, a.us.id);
  await reviewAndSubmit(editor, a.ru.id);
  return { keyboardApprove: a.ua.id, keyboardReturn: a.us.id, bulkFine: a.ru.id, bulkChanged: b.ua.id, ownReview: b.us.id };
}

beforeAll(async () => {
  app = shared.app;
  scenario = await createScenario();
  approverContext = await loggedInContext(shared.browser, app.baseUrl, "freigabe@quellenlage.local", DEMO_PASSWORDS.APPROVER);
  page = await approverContext.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  // The header's link to the inbox is where the first test starts.
  await page.goto(`${app.baseUrl}/articles`);
});

afterAll(async () => {
  await approverContext?.close();
});

const card = (claimId: string) => page.locator(`[data-claim-id="${claimId}"]`);
const focusedClaim = () => page.evaluate(() => document.activeElement?.getAttribute("data-claim-id") ?? null);
const statusOf = async (claimId: string) => (await db.prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).status;

async function waitForStatus(claimId: string, status: string) {
  for (let i = 0; i < 50 && (await statusOf(claimId)) !== status; i++) await page.waitForTimeout(100);
  expect(await statusOf(claimId)).toBe(status);
}

test("the header leads to the inbox, which shows what was submitted, with evidence domain and party", async () => {
  const waiting = await db.prisma.claim.count({ where: { status: "SUBMITTED" } });
  expect(waiting).toBe(5);
  await page
    .getByTestId("approvals-link")
    .filter({ hasText: `Freigaben (${waiting})` })
    .click();
  await page.waitForURL(`${app.baseUrl}/approvals`);
  await page.getByRole("heading", { name: "Freigaben", level: 1 }).waitFor();
  await page.getByText("5 Behauptungen warten auf Freigabe.").waitFor();

  const groups = page.getByTestId("inbox-article");
  await expect(groups.locator("h2").allTextContents()).resolves.toEqual([
    "Artikel A zur Freigabe · Test",
    "Artikel B zur Freigabe · Test",
  ]);
  const first = card(scenario.keyboardApprove);
  await first.getByText("„11.000“ nordkoreanische Soldaten").waitFor();
  await first.getByText("Analyse bestätigt die Zahl.").waitFor();
  const ministry = first.getByTestId("inbox-evidence").filter({ hasText: "Mitteilung des Ministeriums" });
  await expect(ministry.getByTestId("evidence-domain").textContent()).resolves.toBe("presse-test.ru");
  await expect(ministry.getByTestId("evidence-owner").textContent()).resolves.toContain("Pressestelle Test (RU)");
  await expect(ministry.getByTestId("party-badge").getAttribute("data-party")).resolves.toBe("RU");
  await expect(first.getByTestId("submitted-by").textContent()).resolves.toMatch(/^von Rita Redaktion, \d/);

  // The approver's own reviewed claim: marked, neither selectable nor offered for approval.
  const own = card(scenario.ownReview);
  await own.getByText("Von Ihnen bewertet – Freigabe durch eine zweite Person").waitFor();
  await expect(own.getByRole("button", { name: "Freigeben" }).count()).resolves.toBe(0);
  await expect(own.getByLabel("Auswählen").count()).resolves.toBe(0);
  await page.getByTestId("key-legend").waitFor();
  expect(await severeAxeViolations(page)).toEqual([]);
  expect(consoleErrors).toEqual([]);

  // Pages: after the oldest submission nothing follows; a malformed cursor is the first page.
  await page.goto(`${app.baseUrl}/approvals?vor=1.unbekannt`);
  await page.getByText("Auf dieser Seite wartet nichts mehr auf Freigabe.").waitFor();
  await page.getByRole("link", { name: "Zur ersten Seite" }).click();
  await page.waitForURL(`${app.baseUrl}/approvals`);
  await page.getByTestId("inbox-claim").first().waitFor();
  await page.goto(`${app.baseUrl}/approvals?vor=99999999999999999999999.x`);
  await expect(page.getByTestId("inbox-claim").count()).resolves.toBe(5);
  await page.goto(`${app.baseUrl}/approvals`);
  await expect(page.getByTestId("inbox-claim").count()).resolves.toBe(5);
});

test("j/k move a visible focus between claims, a approves the focused one", async () => {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press("j");
  expect(await focusedClaim()).toBe(scenario.keyboardApprove);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).toBe("solid");
  await page.keyboard.press("j");
  expect(await focusedClaim()).toBe(scenario.keyboardReturn);
  await page.keyboard.press("k");
  expect(await focusedClaim()).toBe(scenario.keyboardApprove);

  // Pressed twice before the page could re-render: one approval, no refusal of the second.
  await page.evaluate(() => {
    for (let i = 0; i < 2; i++) document.activeElement!.dispatchEvent(new KeyboardEvent("keydown", { key: "a", bubbles: true }));
  });
  await card(scenario.keyboardApprove).getByText("✓ freigegeben").waitFor();
  await waitForStatus(scenario.keyboardApprove, "APPROVED");
  expect(await focusedClaim()).toBe(scenario.keyboardApprove);
  const approvals = await db.prisma.auditEvent.findMany({
    where: { entityId: scenario.keyboardApprove, action: "claim.approve" },
    include: { user: { select: { email: true } } },
  });
  expect(approvals.map((e) => e.user?.email)).toEqual(["freigabe@quellenlage.local"]);
  await expect(card(scenario.keyboardApprove).getByRole("alert").count()).resolves.toBe(0);
});

test("r opens the return comment; without a comment nothing happens, typing triggers no shortcut", async () => {
  await page.keyboard.press("j");
  expect(await focusedClaim()).toBe(scenario.keyboardReturn);
  await page.keyboard.press("r");
  const form = card(scenario.keyboardReturn).getByTestId("return-form");
  const comment = form.getByLabel(/Kommentar für die Redaktion/);
  await comment.waitFor();
  await expect(comment.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

  await form.getByRole("button", { name: "Mit Kommentar zurückgeben" }).click();
  await form.getByText(/Bitte einen Kommentar für die Redaktion angeben/).waitFor();
  expect(await statusOf(scenario.keyboardReturn)).toBe("SUBMITTED");
  // Refused by the server (too long): the text stays in the field.
  const tooLong = "x".repeat(2001);
  await comment.fill(tooLong);
  await form.getByRole("button", { name: "Mit Kommentar zurückgeben" }).click();
  await form.getByText(/höchstens 2000 Zeichen/).waitFor();
  await expect(comment.inputValue()).resolves.toBe(tooLong);
  expect(await statusOf(scenario.keyboardReturn)).toBe("SUBMITTED");
  await comment.fill("");

  // j, k, a and r inside the text are letters, not shortcuts.
  const text = "Bitte die Quelle jetzt klar angeben, ja?";
  await comment.pressSequentially(text);
  await expect(comment.inputValue()).resolves.toBe(text);
  expect(await statusOf(scenario.keyboardReturn)).toBe("SUBMITTED");
  await form.getByRole("button", { name: "Mit Kommentar zurückgeben" }).click();
  await card(scenario.keyboardReturn).getByText("an die Redaktion zurückgegeben").waitFor();
  await waitForStatus(scenario.keyboardReturn, "RETURNED");
  const event = await db.prisma.auditEvent.findFirstOrThrow({
    where: { entityId: scenario.keyboardReturn, action: "claim.return" },
  });
  expect(event.after).toMatchObject({ comment: text });
});

test("Auswahl freigeben approves each selected claim on its own and lists the result per claim", async () => {
  // Changed after submission (past the workflow): its approval must be refused with a reason.
  await db.prisma.$executeRawUnsafe(
    `UPDATE reviews SET rationale = 'Nachträglich geändert.' WHERE claim_id = $1`,
    scenario.bulkChanged,
  );
  await card(scenario.bulkFine).getByLabel("Auswählen").check();
  await card(scenario.bulkChanged).getByLabel("Auswählen").check();
  await page.getByRole("button", { name: "Auswahl freigeben (2)" }).click();

  const results = page.getByTestId("bulk-results");
  await results.getByText("Sammelfreigabe: 1 von 2 freigegeben").waitFor();
  await expect(results.getByTestId("bulk-result").allTextContents()).resolves.toEqual([
    "„42“ Drohnen – freigegeben",
    expect.stringMatching(
      /^„11\.000“ nordkoreanische Soldaten – nicht freigegeben: .*nach der Einreichung geändert.*erneut eingereicht/,
    ),
  ]);
  await card(scenario.bulkFine).getByText("✓ freigegeben").waitFor();
  await card(scenario.bulkChanged)
    .getByText(/Nicht freigegeben: .*nach der Einreichung geändert/)
    .waitFor();
  expect(await statusOf(scenario.bulkFine)).toBe("APPROVED");
  expect(await statusOf(scenario.bulkChanged)).toBe("IN_REVIEW");
  const actions = await db.prisma.auditEvent.findMany({
    where: {
      entityId: { in: [scenario.bulkFine, scenario.bulkChanged] },
      action: { in: ["claim.approve", "claim.submission_invalidated"] },
    },
  });
  expect(actions.map((e) => [e.entityId, e.action]).sort()).toEqual(
    [
      [scenario.bulkFine, "claim.approve"],
      [scenario.bulkChanged, "claim.submission_invalidated"],
    ].sort(),
  );
  // Only the approver's own claim is still waiting; the header says so after the refresh.
  await page.getByTestId("approvals-link").filter({ hasText: "Freigaben (1)" }).waitFor();
  expect(consoleErrors).toEqual([]);
});

test("the JSON route approves a selection with one result per claim and caps its size", async () => {
  const post = (data: unknown) =>
    approverContext.request.post(`${app.baseUrl}/api/approvals/approve`, { data, headers: { Origin: app.baseUrl } });
  const tooMany = Array.from({ length: 101 }, (_, i) => ({ claimId: `c${i}`, version: 1, fingerprint: "0".repeat(64) }));
  const refused = await post({ items: tooMany });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error.message).toMatch(/Höchstens 100/);

  const own = await db.prisma.claim.findUniqueOrThrow({ where: { id: scenario.ownReview } });
  const response = await post({ items: [{ claimId: own.id, version: own.version, fingerprint: own.submittedFingerprint }] });
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.data.results).toEqual([
    { claimId: own.id, ok: false, code: "FORBIDDEN", message: expect.stringMatching(/Vier-Augen-Prinzip/) },
  ]);
});

test("once a second person has approved the rest, the inbox is empty", async () => {
  const admin = await user("admin@quellenlage.local");
  const own = await db.prisma.claim.findUniqueOrThrow({ where: { id: scenario.ownReview } });
  await approveClaim(db.prisma, admin, { claimId: own.id, version: own.version });
  await page.goto(`${app.baseUrl}/approvals`);
  await page.getByText("Keine Behauptungen warten auf Freigabe.").waitFor();
  await page.getByTestId("approvals-link").filter({ hasText: "Freigaben (0)" }).waitFor();
});

test("editors have no inbox: no header link, the page says no permission", async () => {
  const editorPage = shared.page;
  await editorPage.goto(`${app.baseUrl}/claims`);
  await editorPage.getByRole("heading", { name: "Prüf-Warteschlange" }).waitFor();
  await expect(editorPage.getByTestId("approvals-link").count()).resolves.toBe(0);
  await editorPage.goto(`${app.baseUrl}/approvals`);
  await editorPage.waitForURL(`${app.baseUrl}/keine-berechtigung`);
  await editorPage.getByRole("heading", { name: "Keine Berechtigung" }).waitFor();
});
