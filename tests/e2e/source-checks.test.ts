// Source checks of issue #8 in the browser, on the demo data (whose official bodies carry their
// web domains): the content form refuses "unabhängig" for a conflict party's official channel
// before saving; "falsch zugeordnet" makes the correct source the claim's source in the panel;
// "Attribution neu berechnen" is there for admins only and reports what it did.
import type { Page } from "playwright-core";
import type { Claim } from "@/lib/generated/prisma/client";
import { loggedInContext, POLL } from "../helpers/browser";
import { DEMO_PASSWORDS, setupEditorBrowser } from "../helpers/editor-browser";

jest.setTimeout(180000);

const shared = setupEditorBrowser();

async function openClaim(page: Page, claim: Claim) {
  await page.goto(`${shared.app.baseUrl}/articles/${claim.articleId}?claim=${claim.id}`);
  await page.getByTestId("claim-panel").waitFor();
}

async function openSection(page: Page, name: string) {
  const summary = page.getByTestId("claim-panel").locator("summary", { hasText: name });
  const details = summary.locator("xpath=..");
  if ((await details.getAttribute("open")) === null) await summary.click();
  return details;
}

async function openClaimOfParty(party: "RU" | "UA"): Promise<Claim> {
  return shared.db.prisma.claim.findFirstOrThrow({
    where: { party, contentVerdict: null, attributionVerdict: null, notAClaim: false },
    orderBy: { start: "asc" },
  });
}

test("„unabhängig“ for a link on mil.ru is refused in the form, naming the ministry and its party; nothing is saved", async () => {
  const page = shared.page;
  const claim = await openClaimOfParty("UA");
  await openClaim(page, claim);
  const form = await openSection(page, "Inhalt prüfen");
  await form.getByLabel("belegt", { exact: true }).check();
  await form.getByLabel("Begründung").fill("Laut Lagebericht.");
  await form.getByLabel("URL").fill("https://function.mil.ru/news_page/country/more.htm?id=1");
  await form.getByLabel("Notiz").fill("Lagebericht");
  await form.getByLabel("unabhängige Quelle").check();
  await form.getByRole("button", { name: "Inhaltsurteil speichern" }).click();
  const message = form.getByTestId("evidence-independent-error");
  await message.waitFor();
  await expect(message.textContent()).resolves.toBe(
    "Beleg 1: function.mil.ru gehört zu Russisches Verteidigungsministerium (RU, Konfliktpartei) und ist keine unabhängige Quelle.",
  );
  await expect(form.getByLabel("URL").inputValue()).resolves.toContain("mil.ru");
  expect(await shared.db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
    version: claim.version,
    contentVerdict: null,
  });
});

test("„falsch zugeordnet“ makes the correct source the claim's source with the chosen party", async () => {
  const page = shared.page;
  const claim = await openClaimOfParty("RU");
  await openClaim(page, claim);
  const form = await openSection(page, "Zuordnung prüfen");
  await form.getByLabel("falsch zugeordnet").check();
  await form.getByLabel("Richtige Quelle (erforderlich)").fill("Weißes Haus");
  await form.getByLabel("Partei").selectOption("US");
  await form.getByLabel("offizielle Stelle").check();
  await form.getByRole("button", { name: "Zuordnung speichern" }).click();
  await page.getByText("Zuordnung „falsch zugeordnet“ gespeichert.").waitFor();
  const actor = page.getByTestId("claim-actor");
  await page.waitForFunction(
    () => document.querySelector('[data-testid="claim-actor"]')?.textContent?.includes("Weißes Haus"),
    undefined,
    POLL,
  );
  await expect(actor.textContent()).resolves.toContain("Korrigiert; Maschine:");
  expect(await shared.db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
    actorName: "Weißes Haus",
    party: "US",
    official: true,
    attributionVerdict: "MISATTRIBUTED",
  });
});

test("„Attribution neu berechnen“ is offered to admins only and reports what it changed and kept", async () => {
  const claim = await shared.db.prisma.claim.findFirstOrThrow({ orderBy: { start: "asc" } });
  await shared.page.goto(`${shared.app.baseUrl}/articles/${claim.articleId}`);
  await shared.page.getByRole("heading", { level: 1 }).waitFor();
  expect(await shared.page.getByRole("button", { name: "Attribution neu berechnen" }).count()).toBe(0);

  const context = await loggedInContext(shared.browser, shared.app.baseUrl, "admin@quellenlage.local", DEMO_PASSWORDS.ADMIN);
  try {
    const page = await context.newPage();
    await page.goto(`${shared.app.baseUrl}/articles/${claim.articleId}`);
    await page.getByRole("button", { name: "Attribution neu berechnen" }).click();
    const status = page.getByTestId("reattribute").getByRole("status");
    await status.waitFor();
    await expect(status.textContent()).resolves.toMatch(
      /^Attribution neu berechnet: \d+ Behauptung(en)? neu zugeordnet, \d+ unverändert/,
    );
    await expect(
      shared.db.prisma.auditEvent.count({ where: { action: "article.reattribute", entityId: claim.articleId } }),
    ).resolves.toBe(1);
  } finally {
    await context.close();
  }
});
