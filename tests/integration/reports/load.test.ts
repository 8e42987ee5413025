// The report's data read back against the database: a final report has only approved claims,
// each with its article, verdicts, rationale, evidence (domain, independence checked against
// the registry), editor, approver and times; a draft has every claim, unapproved ones marked.
import { buildReport, NO_APPROVED_CLAIMS_MESSAGE } from "@/lib/reports/build";
import { iterateReportClaims } from "@/lib/reports/load";
import { DomainError } from "@/lib/errors";
import { setupTestDatabase } from "../../helpers/test-db";
import { makeArticle } from "../reviews/fixtures";
import { CAVEAT, NEWSROOM, RATIONALE, registerRussianMinistry, reviewedArticle, storeSettings } from "./fixtures";

const db = setupTestDatabase();
const AT = new Date("2026-11-29T20:00:00.000Z");

test("a final report holds the approved claims only, with who decided what and when", async () => {
  await storeSettings(db.prisma);
  const { article, ua, editor, approver } = await reviewedArticle(db.prisma);
  await registerRussianMinistry(db.prisma);
  const report = await buildReport(
    db.prisma,
    { type: "article", articleId: article.id },
    { kind: "final", generatedAt: AT, generatedBy: "Jürgen Weiß" },
  );
  expect(report).toMatchObject({
    kind: "final",
    newsroom: NEWSROOM,
    title: "Prüfbericht: Kämpfe in Kursk: Über 11.000 Soldaten",
  });
  expect(report.claims.map((claim) => claim.id)).toEqual([ua.id]);
  const [claim] = report.claims;
  const events = await db.prisma.auditEvent.findMany({
    where: { entityId: ua.id, action: { in: ["claim.submit", "claim.approve"] } },
    orderBy: { seq: "asc" },
  });
  expect(claim).toMatchObject({
    approved: true,
    status: "APPROVED",
    valueText: "11.000",
    what: "nordkoreanische Soldaten",
    article: { title: "Kämpfe in Kursk: Über 11.000 Soldaten", outlet: "Süddeutsche Test", url: "https://zeitung.example/kursk" },
    source: { actorName: "Wolodymyr Selenskyj", party: "UA", official: true },
    caveat: true,
    caveatText: CAVEAT,
    attribution: {
      verdict: "CONFIRMED",
      note: "Videoansprache vom Abend.",
      originalUrl: "https://www.president.gov.ua/news/1",
      reviewed: { by: editor.name },
    },
    content: { verdict: "VERIFIED", rationale: RATIONALE, reviewed: { by: editor.name } },
    submitted: { by: editor.name, at: events[0].createdAt.toISOString() },
    approval: { by: approver.name, at: events[1].createdAt.toISOString() },
  });
  expect(claim.content.evidence).toEqual([
    {
      url: "https://www.example.org/bericht",
      domain: "example.org",
      note: "Unabhängige Analyse",
      declaredIndependent: true,
      registryOwner: null,
      independent: true,
    },
    {
      url: "https://t.me/mod_russia/123",
      domain: "t.me/mod_russia",
      note: "Kanal",
      declaredIndependent: true,
      registryOwner: { name: "Russisches Verteidigungsministerium", party: "RU" },
      independent: false,
    },
  ]);
  expect(report.summary).toEqual({
    total: 1,
    approved: 1,
    notApproved: 0,
    withCaveat: 1,
    byContentVerdict: { VERIFIED: 1, DISPUTED: 0, UNVERIFIABLE: 0, OPEN: 0 },
    byParty: { UA: 1 },
  });
  const head = await db.prisma.auditChainHead.findUniqueOrThrow({ where: { id: true } });
  expect(report.auditChainHead).toEqual({ seq: String(head.seq), hash: head.hash });
});

test("a draft holds every claim in text order and marks the unapproved ones", async () => {
  const { article, ua, us, ru } = await reviewedArticle(db.prisma);
  await db.prisma.claim.update({ where: { id: ru.id }, data: { notAClaim: true } });
  const report = await buildReport(
    db.prisma,
    { type: "article", articleId: article.id },
    { kind: "draft", generatedAt: AT, generatedBy: "Erika Müller" },
  );
  expect(report.kind).toBe("draft");
  expect(report.claims.map((claim) => [claim.id, claim.approved])).toEqual([
    [ua.id, true],
    [us.id, false],
  ]);
  expect(report.claims[1]).toMatchObject({ content: { verdict: "DISPUTED" }, submitted: null, approval: null });
  expect(report.summary).toMatchObject({ total: 2, approved: 1, notApproved: 1, byParty: { UA: 1, US: 1 } });
});

test("a final report of an article without approved claims is refused in German", async () => {
  const { article } = await makeArticle(db.prisma);
  const error = await buildReport(
    db.prisma,
    { type: "article", articleId: article.id },
    { kind: "final", generatedAt: AT, generatedBy: "x" },
  ).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  expect(error).toMatchObject({ code: "CONFLICT", message: NO_APPROVED_CLAIMS_MESSAGE });
});

test("batches page through the claims by keyset without skipping or repeating one", async () => {
  const { article } = await reviewedArticle(db.prisma);
  const batches: string[][] = [];
  for await (const batch of iterateReportClaims(
    db.prisma,
    { type: "article", articleId: article.id },
    { approvedOnly: false, batchSize: 1, context: { caveatText: "", conflictParties: [], owners: [] } },
  )) {
    batches.push(batch.map((claim) => claim.valueText));
  }
  expect(batches).toEqual([["11.000"], ["500"], ["42"]]);
});
