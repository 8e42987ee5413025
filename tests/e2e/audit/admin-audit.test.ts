// /admin/audit in a real browser against the production build: only admins see it; the
// chain status is shown (intact, then broken after tampering through SQL); filters by
// action and user narrow the list; an invalid date in the link gives a German note;
// "Ältere Einträge" pages back through the chain.
import { Client } from "pg";
import type { Browser, Page } from "playwright-core";
import { writeAudit } from "@/lib/audit/audit";
import { startTestApp, type TestApp } from "../../helpers/app-server";
import { launchBrowser, loggedInContext, severeAxeViolations } from "../../helpers/browser";
import { setupTestDatabase } from "../../helpers/test-db";

jest.setTimeout(600000);

const db = setupTestDatabase();
const PASSWORDS = { EDITOR: "audit-Redaktion-1", APPROVER: "audit-Freigabe-2", ADMIN: "audit-Admin-3" };

let app: TestApp;
let browser: Browser;
let admin: Page;
let editor: Page;

beforeAll(async () => {
  await db.seedDemo({ passwords: PASSWORDS });
  const rita = await db.prisma.user.findUniqueOrThrow({ where: { email: "redaktion@quellenlage.local" } });
  for (let i = 1; i <= 55; i++) {
    await db.prisma.$transaction((tx) =>
      writeAudit(tx, rita, { action: "test.browser", entityType: "Test", entityId: `t${i}`, before: null, after: { i } }),
    );
  }
  app = await startTestApp(db.url);
  browser = await launchBrowser();
  admin = await (await loggedInContext(browser, app.baseUrl, "admin@quellenlage.local", PASSWORDS.ADMIN)).newPage();
  editor = await (await loggedInContext(browser, app.baseUrl, "redaktion@quellenlage.local", PASSWORDS.EDITOR)).newPage();
}, 600000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const statusText = async (page: Page) => (await page.getByTestId("chain-status").textContent())?.trim();

test("an editor is sent to the no-permission page", async () => {
  await editor.goto(`${app.baseUrl}/admin/audit`);
  await editor.waitForURL(`${app.baseUrl}/keine-berechtigung`);
});

test("the admin sees the intact chain, filters and pages", async () => {
  const total = await db.prisma.auditEvent.count();
  await admin.goto(`${app.baseUrl}/admin/audit`);
  expect(await statusText(admin)).toBe(`Audit-Kette intakt: ${total} Ereignisse`);
  expect(await severeAxeViolations(admin)).toEqual([]);

  await admin.getByRole("textbox", { name: "Aktion", exact: true }).fill("test.browser");
  await admin.getByRole("button", { name: "Filtern" }).click();
  await admin.waitForURL(/action=test\.browser/);
  const rows = admin.locator("[data-testid=audit-table] tbody tr");
  expect(await rows.count()).toBe(50);
  expect(new Set(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-action"))))).toEqual(
    new Set(["test.browser"]),
  );
  await admin.getByRole("link", { name: "Ältere Einträge" }).click();
  await admin.waitForURL(/before=/);
  expect(await rows.count()).toBe(5);
  expect(await admin.getByRole("link", { name: "Ältere Einträge" }).count()).toBe(0);

  const anna = await db.prisma.user.findUniqueOrThrow({ where: { email: "admin@quellenlage.local" } });
  await admin.goto(`${app.baseUrl}/admin/audit?user=${anna.id}&action=test.browser`);
  await admin.getByTestId("audit-empty").waitFor();
});

test("an invalid date gives a German note and the other filters still apply", async () => {
  await admin.goto(`${app.baseUrl}/admin/audit?from=gestern&action=test.browser`);
  expect(await admin.getByTestId("filter-notes").textContent()).toContain("Das Datum „von“ muss die Form JJJJ-MM-TT haben.");
  expect(await admin.locator("[data-testid=audit-table] tbody tr").count()).toBe(50);
});

test("after tampering through SQL the page names the broken event", async () => {
  const target = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "test.browser", entityId: "t20" } });
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  try {
    await owner.query("BEGIN");
    await owner.query("SET LOCAL session_replication_role = replica");
    await owner.query(`UPDATE audit_events SET after = '{"i": 2000}' WHERE id = $1`, [target.id]);
    await owner.query("COMMIT");
  } finally {
    await owner.end();
  }
  await admin.goto(`${app.baseUrl}/admin/audit`);
  expect(await statusText(admin)).toBe(
    `Audit-Kette gebrochen bei Ereignis #${target.id} (Position ${target.seq}): der Inhalt passt nicht zu seinem Hash – das Ereignis wurde nachträglich verändert.`,
  );
});
