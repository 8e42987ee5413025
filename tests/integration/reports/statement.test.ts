// The Textbaustein end to end against PostgreSQL: templates saved at /admin/settings's server
// function (validated, version-guarded, audited with before and after), then used by the claim
// panel's data and the Markdown/JSON report; a bad placeholder is refused and nothing is written.
import type { Role } from "@/lib/auth/permissions";
import { getClaimPanel } from "@/lib/claims/claim-panel";
import { DomainError } from "@/lib/errors";
import { buildReport } from "@/lib/reports/build";
import { renderFormat } from "@/lib/reports/formats";
import { seal } from "@/lib/reports/integrity";
import { mdText } from "@/lib/reports/markdown";
import { DEFAULT_STATEMENT_TEMPLATES } from "@/lib/reports/statement";
import { loadNewsroomSettings } from "@/lib/settings/newsroom";
import { updateNewsroomSettings } from "@/lib/settings/update";
import { pdfText } from "../../setup/pdftotext";
import { makeRoleUser } from "../approvals/fixtures";
import { reportSchemaValidator } from "../../helpers/report-schema";
import { setupTestDatabase } from "../../helpers/test-db";
import { CAVEAT, reviewedArticle, storeSettings } from "./fixtures";

jest.setTimeout(120000);

const db = setupTestDatabase();
let admin: { id: string; role: Role };
let fixture: Awaited<ReturnType<typeof reviewedArticle>>;

const SENTENCE = "Nach Angaben Selenskyjs sind 11.000 nordkoreanische Soldaten in Kursk eingetroffen.";
const CUSTOM = "{laut} {aussage} ({name}). {hinweis}";
const EXPECTED_CUSTOM =
  `Laut dem ukrainischen Präsidenten Wolodymyr Selenskyj sind 11.000 nordkoreanische Soldaten in Kursk eingetroffen ` +
  `(Wolodymyr Selenskyj). ${CAVEAT}`;
const EXPECTED_DEFAULT = `Nach Angaben des ukrainischen Präsidenten Wolodymyr Selenskyj sind 11.000 nordkoreanische Soldaten in Kursk eingetroffen. ${CAVEAT}`;

async function settingsForm(overrides: Record<string, unknown> = {}) {
  const current = await loadNewsroomSettings(db.prisma);
  return {
    newsroomName: current.newsroomName,
    conflictParties: current.conflictParties,
    caveatText: current.caveatText,
    version: current.version,
    ...overrides,
  };
}

beforeAll(async () => {
  await storeSettings(db.prisma);
  // As after a first save at /admin/settings (the fixture writes the row directly, version 0).
  await db.prisma.newsroomSettings.update({ where: { id: true }, data: { version: 1 } });
  const user = await makeRoleUser(db.prisma, "Anna Admin", "ADMIN");
  admin = { id: user.id, role: "ADMIN" };
  fixture = await reviewedArticle(db.prisma);
  // The registry knows Selenskyj's role; the claim is linked to the registry entry.
  const actor = await db.prisma.actor.create({
    data: {
      canonicalName: "Wolodymyr Selenskyj",
      kind: "PERSON",
      party: "UA",
      official: true,
      aliases: ["Selenskyj", "Präsident der Ukraine", "ukrainischer Präsident"],
    },
  });
  await db.prisma.claim.update({
    where: { id: fixture.ua.id },
    data: { actorId: actor.id, sentence: SENTENCE, sourceText: "Nach Angaben Selenskyjs" },
  });
});

const panelStatement = async () =>
  (await getClaimPanel(db.prisma, fixture.article.id, fixture.ua.id))?.statement?.text ?? "(kein Textbaustein)";

async function markdownOfDraft(): Promise<string> {
  const report = await buildReport(
    db.prisma,
    { type: "article", articleId: fixture.article.id },
    { kind: "draft", generatedAt: new Date("2026-11-29T21:00:00.000Z"), generatedBy: "Anna Admin" },
  );
  return (await renderFormat(seal(report, null), "md", { baseUrl: "https://quellenlage.example" })).toString("utf8");
}

test("without stored templates the built-in defaults apply in the panel and the Markdown", async () => {
  expect((await loadNewsroomSettings(db.prisma)).statementTemplates).toEqual({});
  expect(await panelStatement()).toBe(EXPECTED_DEFAULT);
  expect(await markdownOfDraft()).toContain(`- Textbaustein: ${mdText(EXPECTED_DEFAULT)}`);
});

test("an unknown placeholder is refused with a German field message; nothing is written or audited", async () => {
  const auditsBefore = await db.prisma.auditEvent.count({ where: { action: "settings.update" } });
  const versionBefore = (await loadNewsroomSettings(db.prisma)).version;
  const input = await settingsForm({ statementTemplates: { conflictOfficial: "{quelle} {behauptung}." } });
  const error = await updateNewsroomSettings(db.prisma, admin, input).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe("VALIDATION");
  expect((error as DomainError).fieldErrors?.["statementTemplates.conflictOfficial"]).toMatch(
    /^Unbekannter Platzhalter „\{behauptung\}“\. Erlaubt sind: \{quelle\}/,
  );
  expect((await loadNewsroomSettings(db.prisma)).version).toBe(versionBefore);
  expect(await db.prisma.auditEvent.count({ where: { action: "settings.update" } })).toBe(auditsBefore);
});

test("saved templates are stored, audited with before and after, and used by the panel, Markdown and JSON", async () => {
  const saved = await updateNewsroomSettings(
    db.prisma,
    admin,
    await settingsForm({ statementTemplates: { ...DEFAULT_STATEMENT_TEMPLATES, conflictOfficial: `  ${CUSTOM}  ` } }),
  );
  expect(saved.statementTemplates.conflictOfficial).toBe(CUSTOM);
  const row = await db.prisma.newsroomSettings.findFirst({ where: { id: true } });
  expect(row?.statementTemplates).toMatchObject({ conflictOfficial: CUSTOM, media: DEFAULT_STATEMENT_TEMPLATES.media });

  const event = await db.prisma.auditEvent.findFirst({ where: { action: "settings.update" }, orderBy: { seq: "desc" } });
  expect(event?.userId).toBe(admin.id);
  expect(event?.before).toMatchObject({ statementTemplates: {} });
  expect(event?.after).toMatchObject({ statementTemplates: { conflictOfficial: CUSTOM } });

  expect(await panelStatement()).toBe(EXPECTED_CUSTOM);
  expect(await markdownOfDraft()).toContain(`- Textbaustein: ${mdText(EXPECTED_CUSTOM)}`);

  const report = await buildReport(
    db.prisma,
    { type: "article", articleId: fixture.article.id },
    { kind: "final", generatedAt: new Date(), generatedBy: "Anna Admin" },
  );
  expect(report.claims.map((claim) => claim.statement)).toEqual([EXPECTED_CUSTOM]);
  // The JSON report with its new field is valid against the documented schema.
  const validate = reportSchemaValidator();
  const json = JSON.parse((await renderFormat(seal(report, "snap"), "json", { baseUrl: "https://q.example" })).toString("utf8"));
  expect(json.claims[0].statement).toBe(EXPECTED_CUSTOM);
  expect(validate(json) ? [] : validate.errors).toEqual([]);
  // The PDF prints it too (read back through pdftotext; hyphenation joined, lines flattened).
  const pdf = pdfText(await renderFormat(seal(report, "snap"), "pdf", { baseUrl: "https://q.example" }));
  const flat = pdf.replace(/[-\u00ad]\n/g, "").replace(/\s+/g, " ");
  expect(flat).toContain("Textbaustein");
  expect(flat).toContain("Laut dem ukrainischen Präsidenten Wolodymyr Selenskyj sind 11.000 nordkoreanische Soldaten");
});

test("a save without templates keeps the stored ones", async () => {
  await updateNewsroomSettings(db.prisma, admin, await settingsForm({ caveatText: CAVEAT }));
  expect((await loadNewsroomSettings(db.prisma)).statementTemplates.conflictOfficial).toBe(CUSTOM);
});

test("a claim without caveat gets no caveat sentence; 'keine Behauptung' gets no Textbaustein", async () => {
  await db.prisma.claim.update({ where: { id: fixture.us.id }, data: { sentence: "Das Pentagon nannte 500 Raketen." } });
  const us = await getClaimPanel(db.prisma, fixture.article.id, fixture.us.id);
  expect(us?.statement).toEqual({
    situation: "official",
    text: "Nach Angaben des Pentagons handelt es sich um 500 Raketen.",
  });
  await db.prisma.claim.update({ where: { id: fixture.ru.id }, data: { notAClaim: true } });
  expect((await getClaimPanel(db.prisma, fixture.article.id, fixture.ru.id))?.statement).toBeNull();
});
