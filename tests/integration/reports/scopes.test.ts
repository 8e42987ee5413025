// Reports over the other scopes (issue #9): a publication-date range (days in Berlin), an
// outlet, a status, a party, a registry actor, the queue's free-text search, claims picked in the
// queue, and combinations.
// Each scope's claims are compared with a Prisma query of the same condition; a final report
// holds the approved ones only, a draft every one with the unapproved marked; the keyset pages
// across articles without gaps; unknown actors or picked claims are a German 404; a final
// report of a scope is stored as a snapshot with its scope.
import { buildReport, NO_APPROVED_IN_SCOPE_MESSAGE } from "@/lib/reports/build";
import { renderFormat } from "@/lib/reports/formats";
import { seal } from "@/lib/reports/integrity";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { iterateReportClaims } from "@/lib/reports/load";
import { previewReport } from "@/lib/reports/preview";
import { toReportScope, type FilterScope, type ScopeCriteria } from "@/lib/reports/scope";
import { ACTOR_NOT_FOUND_MESSAGE, missingClaimsMessage } from "@/lib/reports/scope-label";
import { scopeOptions } from "@/lib/reports/scope-options";
import { createSnapshot } from "@/lib/reports/snapshots";
import { reportSchemaValidator } from "../../helpers/report-schema";
import { setupTestDatabase } from "../../helpers/test-db";
import { OTHER_OUTLET, OUTLET, scopedArticles, storeSettings } from "./fixtures";

jest.setTimeout(120000);

const db = setupTestDatabase();
const AT = new Date("2026-11-29T20:00:00.000Z");
let fixture: Awaited<ReturnType<typeof scopedArticles>>;

beforeAll(async () => {
  await storeSettings(db.prisma);
  fixture = await scopedArticles(db.prisma);
  // Noise the scopes must leave out: an archived finding ("keine Behauptung").
  await db.prisma.claim.update({ where: { id: fixture.other.ru.id }, data: { notAClaim: true } });
  // A second source: the US claim of the late article also names Selenskyj (UA, registry actor),
  // so the party and actor scopes must find it although its first source is someone else.
  await db.prisma.claimSource.create({
    data: {
      claimId: fixture.late.us.id,
      position: 1,
      actorId: fixture.actor.id,
      actorName: "Wolodymyr Selenskyj",
      party: "UA",
      official: true,
    },
  });
});

/** The party on any of a claim's sources: its own columns (the first source) or claim_sources. */
const anySourceParty = (party: "UA"): Prisma.ClaimWhereInput => ({ OR: [{ party }, { sources: { some: { party } } }] });

/** The claims the database holds for a condition, in report order (article, position, id). */
async function expectedClaims(where: Prisma.ClaimWhereInput) {
  return db.prisma.claim.findMany({
    where: { notAClaim: false, ...where },
    orderBy: [{ articleId: "asc" }, { start: "asc" }, { id: "asc" }],
    select: { id: true, status: true },
  });
}

/** The draft and the final report of a scope; final is the refusal when the scope has no approved claim. */
async function draftAndFinal(criteria: ScopeCriteria) {
  const scope = toReportScope(criteria);
  const draft = await buildReport(db.prisma, scope, { kind: "draft", generatedAt: AT, generatedBy: "Erika Müller" });
  const final = await buildReport(db.prisma, scope, { kind: "final", generatedAt: AT, generatedBy: "Jürgen Weiß" }).catch(
    (error: unknown) => {
      if (error instanceof DomainError && error.code === "CONFLICT") return error;
      throw error;
    },
  );
  return { draft, final };
}

function finalIds(final: Awaited<ReturnType<typeof draftAndFinal>>["final"]): string[] | string {
  return final instanceof DomainError ? final.message : final.claims.map((claim) => claim.id);
}

/** Berlin calendar days: 01.11. 00:00 (UTC+1) up to the end of 20.11. */
const NOVEMBER_1_TO_20 = { gte: new Date("2026-10-31T23:00:00.000Z"), lt: new Date("2026-11-20T23:00:00.000Z") };

const SCOPES: [string, () => ScopeCriteria, () => Prisma.ClaimWhereInput][] = [
  [
    "a publication-date range (Berlin days; the article of 21.11. 00:30 is out)",
    () => ({ publishedFrom: "2026-11-01", publishedTo: "2026-11-20" }),
    () => ({ article: { publishedAt: NOVEMBER_1_TO_20 } }),
  ],
  ["an outlet", () => ({ outlet: OUTLET }), () => ({ article: { outlet: OUTLET } })],
  ["a status", () => ({ status: "IN_REVIEW" }), () => ({ status: "IN_REVIEW" })],
  ["a party (any source)", () => ({ party: "UA" }), () => anySourceParty("UA")],
  [
    "a registry actor (any source)",
    () => ({ actorId: fixture.actor.id }),
    () => ({ OR: [{ actorId: fixture.actor.id }, { sources: { some: { actorId: fixture.actor.id } } }] }),
  ],
  [
    "claims picked in the queue",
    () => ({ claimIds: [fixture.late.us.id, fixture.early.ua.id, fixture.other.ua.id] }),
    () => ({ id: { in: [fixture.late.us.id, fixture.early.ua.id, fixture.other.ua.id] } }),
  ],
  ["the queue's free-text search (German stem: Drohne finds Drohnen)", () => ({ search: "Drohne" }), () => ({ what: "Drohnen" })],
  ["the queue's number search (elftausend finds 11.000)", () => ({ search: "elftausend" }), () => ({ valueText: "11.000" })],
  [
    "outlet + date range + party combined",
    () => ({ outlet: OUTLET, publishedFrom: "2026-11-01", publishedTo: "2026-11-20", party: "UA" }),
    () => ({ article: { outlet: OUTLET, publishedAt: NOVEMBER_1_TO_20 }, ...anySourceParty("UA") }),
  ],
];

test.each(SCOPES)(
  "%s: the draft holds every claim of the scope, unapproved ones marked; the final the approved",
  async (_, criteria, where) => {
    const expected = await expectedClaims(where());
    expect(expected.length).toBeGreaterThan(0);
    const { draft, final } = await draftAndFinal(criteria());
    expect(draft.scope).toMatchObject({ type: "filter", ...criteria() });
    expect(draft.claims.map((claim) => [claim.id, claim.status, claim.approved])).toEqual(
      expected.map((claim) => [claim.id, claim.status, claim.status === "APPROVED"]),
    );
    expect(draft.summary).toMatchObject({
      total: expected.length,
      approved: expected.filter((claim) => claim.status === "APPROVED").length,
    });
    const approved = expected.filter((claim) => claim.status === "APPROVED").map((claim) => claim.id);
    expect(finalIds(final)).toEqual(approved.length > 0 ? approved : NO_APPROVED_IN_SCOPE_MESSAGE);
    if (!(final instanceof DomainError))
      expect(final.claims.every((claim) => claim.approved && claim.approval !== null)).toBe(true);
  },
);

test("scopes are checked against the data independently: the date range drops the late article, the outlet the other one", async () => {
  const { draft } = await draftAndFinal({ publishedFrom: "2026-11-01", publishedTo: "2026-11-20" });
  const articles = new Set(draft.claims.map((claim) => claim.article.id));
  expect(articles).toEqual(new Set([fixture.early.article.id, fixture.other.article.id]));
  const byOutlet = await draftAndFinal({ outlet: OTHER_OUTLET });
  expect(new Set(byOutlet.draft.claims.map((claim) => claim.id))).toEqual(new Set([fixture.other.ua.id, fixture.other.us.id]));
  expect(byOutlet.draft.scope.label).toBe(`Medium ${OTHER_OUTLET}`);
  const combined = await draftAndFinal({
    outlet: OUTLET,
    publishedFrom: "2026-11-01",
    publishedTo: "2026-11-20",
    status: "APPROVED",
  });
  expect(combined.draft.title).toBe(`Prüfbericht: erschienen 01.11.2026 bis 20.11.2026 · Medium ${OUTLET} · Status freigegeben`);
  expect(finalIds(combined.final)).toEqual([fixture.early.ua.id]);
});

test("a search also finds the article's title, combines with the other filters and names itself; a text without a word finds nothing", async () => {
  const byTitle = await draftAndFinal({ search: "späte" });
  expect(new Set(byTitle.draft.claims.map((claim) => claim.article.id))).toEqual(new Set([fixture.late.article.id]));
  expect(byTitle.draft.claims).toHaveLength(3);
  const combined = await draftAndFinal({ search: "Drohnen", outlet: OUTLET });
  expect(combined.draft.claims.map((claim) => claim.id).sort()).toEqual([fixture.early.ru.id, fixture.late.ru.id].sort());
  expect(combined.draft.title).toBe(`Prüfbericht: Medium ${OUTLET} · Suche „Drohnen“`);
  const wordless = await draftAndFinal({ search: "„!?“" });
  expect(wordless.draft.claims).toEqual([]);
  expect(wordless.final).toBeInstanceOf(DomainError);
  const preview = await previewReport(db.prisma, toReportScope({ search: "Drohne" }));
  expect(preview.total).toBe((await expectedClaims({ what: "Drohnen" })).length);
});

test("a final report of a scope without approved claims is refused in German; the draft may be empty", async () => {
  const scope = toReportScope({ outlet: OUTLET, status: "OPEN" });
  const error = await buildReport(db.prisma, scope, { kind: "final", generatedAt: AT, generatedBy: "x" }).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect(error).toMatchObject({ code: "CONFLICT", message: NO_APPROVED_IN_SCOPE_MESSAGE });
  const empty = await previewReport(db.prisma, toReportScope({ outlet: "Gibt es nicht" }));
  expect(empty).toMatchObject({ total: 0, approved: 0, claims: [] });
});

test("unknown actors and picked claims that do not exist are a German 404", async () => {
  const actor = await buildReport(db.prisma, toReportScope({ actorId: "unbekannt000000000000000" }), {
    kind: "draft",
    generatedAt: AT,
    generatedBy: "x",
  }).catch((e: unknown) => e);
  expect(actor).toMatchObject({ code: "NOT_FOUND", message: ACTOR_NOT_FOUND_MESSAGE });
  const claims = await previewReport(
    db.prisma,
    toReportScope({ claimIds: [fixture.early.ua.id, "weg00000000000000000000", "fort0000000000000000000"] }),
  ).catch((e: unknown) => e);
  expect(claims).toMatchObject({ code: "NOT_FOUND", message: missingClaimsMessage(2) });
});

test("batches page across articles by keyset without skipping or repeating a claim; the preview counts the whole scope", async () => {
  const scope: FilterScope = { type: "filter", party: "UA" };
  const all = await expectedClaims(anySourceParty("UA"));
  const seen: string[] = [];
  for await (const batch of iterateReportClaims(db.prisma, scope, {
    approvedOnly: false,
    batchSize: 1,
    context: { caveatText: "", conflictParties: [], owners: [] },
  })) {
    seen.push(...batch.map((claim) => claim.id));
  }
  expect(seen).toEqual(all.map((claim) => claim.id));
  const everyone = await expectedClaims({});
  const preview = await previewReport(db.prisma, toReportScope({ publishedFrom: "2000-01-01" }), { limit: 2 });
  expect(preview).toMatchObject({
    total: everyone.length,
    approved: everyone.filter((claim) => claim.status === "APPROVED").length,
  });
  expect(preview.claims.map((claim) => claim.id)).toEqual(everyone.slice(0, 2).map((claim) => claim.id));
});

test("an article alone stays the article scope; a final report of a filter scope is a snapshot with its scope", async () => {
  expect(toReportScope({ articleId: "a1" })).toEqual({ type: "article", articleId: "a1" });
  expect(toReportScope({ articleId: "a1", status: "APPROVED" })).toEqual({ type: "filter", articleId: "a1", status: "APPROVED" });
  const scope = toReportScope({ outlet: OUTLET, publishedFrom: "2026-11-01", publishedTo: "2026-11-30" });
  const snapshot = await createSnapshot(db.prisma, fixture.early.approver, scope, { baseUrl: "https://quellenlage.example" });
  expect(snapshot).toMatchObject({ articleId: null, claimCount: 2, title: expect.stringContaining(`Medium ${OUTLET}`) });
  const stored = await db.prisma.reportSnapshot.findUniqueOrThrow({ where: { id: snapshot.id } });
  expect(stored.scope).toEqual(scope);
  const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "report.create", entityId: snapshot.id } });
  expect(audit.after).toMatchObject({ scope, claimIds: [fixture.early.ua.id, fixture.late.ua.id].sort() });
});

test("the JSON of a combined scope is valid against docs/report.schema.json and names its scope", async () => {
  const validate = reportSchemaValidator();
  const criteria: ScopeCriteria = {
    outlet: OUTLET,
    publishedFrom: "2026-11-01",
    publishedTo: "2026-11-30",
    status: "APPROVED",
    party: "UA",
    actorId: fixture.actor.id,
    search: "Soldaten",
    claimIds: [fixture.early.ua.id, fixture.late.ua.id],
  };
  const { draft } = await draftAndFinal(criteria);
  const json = JSON.parse((await renderFormat(seal(draft, null), "json", { baseUrl: "https://q.example" })).toString("utf8"));
  expect(validate(json) ? [] : validate.errors).toEqual([]);
  expect(json.scope).toEqual({
    type: "filter",
    ...criteria,
    label:
      `erschienen 01.11.2026 bis 30.11.2026 · Medium ${OUTLET} · Status freigegeben · Partei Ukraine · ` +
      "Akteur Wolodymyr Selenskyj · Suche „Soldaten“ · 2 ausgewählte Behauptungen",
  });
  expect(json.claims.map((claim: { id: string }) => claim.id)).toEqual([fixture.early.ua.id]);
});

test("the form's choices: outlets and actors fresh from the database; an older chosen article stays choosable", async () => {
  const before = await scopeOptions(db.prisma);
  expect(before.outlets).toEqual(expect.arrayContaining([OUTLET, OTHER_OUTLET]));
  expect(before.actors).toContainEqual({ id: fixture.actor.id, name: "Wolodymyr Selenskyj" });
  await db.prisma.article.createMany({
    data: Array.from({ length: 60 }, (_, index) => ({
      title: `Neuer Artikel ${index}`,
      outlet: "Neues Medium",
      text: "x",
      textSha256: String(index).padStart(64, "f"),
      createdAt: new Date(Date.now() + 60_000 + index),
    })),
  });
  const recent = await scopeOptions(db.prisma);
  expect(recent.outlets).toContain("Neues Medium");
  expect(recent.articles.some((article) => article.id === fixture.early.article.id)).toBe(false);
  const chosen = await scopeOptions(db.prisma, fixture.early.article.id);
  expect(chosen.articles[0]).toEqual({ id: fixture.early.article.id, title: "Frühe Lage", outlet: OUTLET });
});
