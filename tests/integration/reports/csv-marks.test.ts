// Per-article marks of stored report lines (lib/reports/csv-marks.ts, migration
// 20261201090000): an export marks the articles whose lines are all stored for its context, and
// the next export builds only their empty lines instead of walking every claim. Every way a line
// of a marked article could stop being "empty or of this context" without an empty line to show
// it must remove the mark or move the line: storing under another context (dropOtherMarks), a
// claim moved to another article (its line follows it). Each case compares the export with the
// CSV built from scratch; with the mark's upkeep switched off, the case fails. Application role.
import { dropSharedBodies } from "@/lib/reports/csv-share";
import type { ArticleScope, ReportScope } from "@/lib/reports/scope";
import { draftCsvStream } from "@/lib/reports/stream";
import { asDatabaseOwner, setupTestDatabase } from "../../helpers/test-db";
import { makeArticle } from "../reviews/fixtures";
import { registerRussianMinistry, reviewedArticle, storeSettings, csvFromScratch, currentLineContextKey } from "./fixtures";
import { waitFor } from "../../helpers/processes";

jest.setTimeout(120000);

const db = setupTestDatabase();
let fixture: Awaited<ReturnType<typeof reviewedArticle>>;
let first: ArticleScope;
let second: ArticleScope;
let secondArticleId: string;

beforeAll(async () => {
  await storeSettings(db.prisma);
  fixture = await reviewedArticle(db.prisma);
  await registerRussianMinistry(db.prisma);
  first = { type: "article", articleId: fixture.article.id };
  secondArticleId = (await makeArticle(db.prisma)).article.id;
  second = { type: "article", articleId: secondArticleId };
});

afterAll(() => dropSharedBodies());

/** The export's text, or its error's message (a line built without its link words can fail). */
async function exported(scope: ReportScope): Promise<string> {
  try {
    return Buffer.from(await new Response(await draftCsvStream(db.prisma, scope)).arrayBuffer()).toString("utf8");
  } catch (error) {
    return `Fehler: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** The article's mark for the current context (the export sets it after its last byte and the storing). */
async function marked(articleId: string): Promise<boolean> {
  const key = await currentLineContextKey(db.prisma);
  return waitFor(async () => (await db.prisma.reportArticleLineMark.count({ where: { articleId, contextKey: key } })) === 1);
}

/** Every line of the scope's article stored for the current context. */
async function allStored(articleId: string): Promise<boolean> {
  const key = await currentLineContextKey(db.prisma);
  return waitFor(async () => {
    const [row] = await db.prisma.$queryRaw<{ empty: number }[]>`
      SELECT count(*)::int AS empty FROM claims c LEFT JOIN claim_report_lines l ON l.claim_id = c.id
       WHERE c.article_id = ${articleId} AND NOT c.not_a_claim AND (l.head IS NULL OR l.context_key IS DISTINCT FROM ${key})`;
    return row.empty === 0;
  });
}

/** A new COPY (no finished body) equals the CSV from scratch; afterwards the article is stored and marked. */
async function expectCurrent(scope: ArticleScope): Promise<void> {
  dropSharedBodies();
  expect(await exported(scope)).toBe(await csvFromScratch(db.prisma, scope));
  expect(await allStored(scope.articleId)).toBe(true);
  expect(await marked(scope.articleId)).toBe(true);
}

/** The registry actor's channels: part of the lines' context (their evidence wording). */
const setChannels = (domains: string[]) =>
  db.prisma.actor.updateMany({ where: { canonicalName: "Russisches Verteidigungsministerium" }, data: { domains } });

test("an export marks its article; after one changed line the next export is current and the mark stays", async () => {
  await expectCurrent(first);
  await db.prisma.claim.update({ where: { id: fixture.ru.id }, data: { qualifier: "etwa" } });
  const after = await exported(first);
  expect(after).toContain('"etwa"');
  expect(after).toBe(await csvFromScratch(db.prisma, first));
  expect(await allStored(first.articleId)).toBe(true);
  expect(await marked(first.articleId)).toBe(true);
});

test("storing a line under another context drops the article's mark, so that context's line is seen when the context returns", async () => {
  await expectCurrent(first);
  // Another context (the registry changed), and an export of one claim only: it stores that
  // line under the new context; the article's other lines keep the old one, so it gets no new mark.
  await setChannels(["mil.ru"]);
  const otherKey = await currentLineContextKey(db.prisma);
  const picked: ReportScope = { type: "filter", claimIds: [fixture.ua.id] };
  expect(await exported(picked)).toBe(await csvFromScratch(db.prisma, picked));
  // The export stores its line after its last byte: wait for it, or the storing could land after
  // the switch back below and leave the line of the other context for the next export to find.
  const storedUnder = async () => (await db.prisma.claimReportLine.findUnique({ where: { claimId: fixture.ua.id } }))?.contextKey;
  expect(await waitFor(async () => (await storedUnder()) === otherKey)).toBe(true);
  // The old context back: the mark of that context must be gone, or the export would trust it
  // and miss the line stored under the other context (built without its link words).
  await setChannels(["t.me/mod_russia", "mil.ru"]);
  await expectCurrent(first);
});

test("a claim moved to a marked article brings its empty line along; without that the moved line is missed", async () => {
  await expectCurrent(first);
  await expectCurrent(second);
  await db.prisma.claim.update({ where: { id: fixture.us.id }, data: { articleId: secondArticleId } });
  await expectCurrent(second);
  await expectCurrent(first);

  await asDatabaseOwner(db.ownerUrl, (owner) =>
    owner.query("ALTER TABLE claims DISABLE TRIGGER claim_report_lines_article_of_claim"),
  );
  try {
    await db.prisma.claim.update({ where: { id: fixture.ua.id }, data: { articleId: secondArticleId } });
    expect(await exported(second)).not.toBe(await csvFromScratch(db.prisma, second));
  } finally {
    await asDatabaseOwner(db.ownerUrl, (owner) =>
      owner.query("ALTER TABLE claims ENABLE TRIGGER claim_report_lines_article_of_claim"),
    );
  }
});
