// The report CSV's share key (csv-copy.ts's bodyKey: the versions of the articles a scope's
// claims can come from, migration 20261130150000, plus the claims' own conditions) for every
// scope kind. An export is shared with a later one whose key is equal (csv-share.ts keeps the
// finished file), so a change the key missed would serve the file from before: each case exports,
// changes what a scope holds or its order – claims entering or leaving by status, party, actor,
// date, outlet, article, deletion, "keine Behauptung", a new article – and the export after it
// must differ and equal the CSV rendered from scratch. With the version triggers disabled the
// stale file shows. Runs as the application role.
import { dropSharedBodies, sharedBodyStats } from "@/lib/reports/csv-share";
import type { ReportScope } from "@/lib/reports/scope";
import { draftCsvStream } from "@/lib/reports/stream";
import { makeArticle } from "../reviews/fixtures";
import { asDatabaseOwner, setupTestDatabase } from "../../helpers/test-db";
import { OTHER_OUTLET, OUTLET, scopedArticles, storeSettings, csvFromScratch } from "./fixtures";

jest.setTimeout(120000);

const db = setupTestDatabase();
let f: Awaited<ReturnType<typeof scopedArticles>>;

beforeAll(async () => {
  await storeSettings(db.prisma);
  f = await scopedArticles(db.prisma);
});

afterAll(() => dropSharedBodies());

async function exported(scope: ReportScope): Promise<string> {
  return Buffer.from(await new Response(await draftCsvStream(db.prisma, scope)).arrayBuffer()).toString("utf8");
}

const produced = () => sharedBodyStats().produced;

/**
 * Exports `scope` before and after `change`: unchanged, a second export reads the first one's
 * file; after the change the export differs from before and equals the CSV from scratch.
 */
async function expectSeen(what: string, scope: ReportScope, change: () => Promise<unknown>): Promise<void> {
  const before = await exported(scope);
  expect({ what, text: before }).toEqual({ what, text: await csvFromScratch(db.prisma, scope) });
  const count = produced();
  expect(await exported(scope)).toBe(before);
  expect({ what, produced: produced() }).toEqual({ what, produced: count });
  await change();
  const after = await exported(scope);
  expect({ what, changed: after !== before }).toEqual({ what, changed: true });
  expect({ what, text: after }).toEqual({ what, text: await csvFromScratch(db.prisma, scope) });
}

const filter = (criteria: Omit<Extract<ReportScope, { type: "filter" }>, "type">): ReportScope => ({
  type: "filter",
  ...criteria,
});
const NOVEMBER_START = filter({ publishedFrom: "2026-11-01", publishedTo: "2026-11-10" });

async function newClaim(articleId: string, start: number, sentence: string) {
  return db.prisma.claim.create({
    data: { articleId, start, end: start + 1, sentence, valueText: "7", value: 7, what: "Drohnen" },
  });
}

test("every scope kind sees claims entering, leaving and moving", async () => {
  const cases: [string, ReportScope, () => Promise<unknown>][] = [
    [
      "status: a claim approved enters",
      filter({ status: "APPROVED" }),
      () => db.prisma.claim.update({ where: { id: f.early.us.id }, data: { status: "APPROVED" } }),
    ],
    [
      "party: a further source of that party brings a claim in",
      filter({ party: "RU" }),
      () => db.prisma.claimSource.create({ data: { claimId: f.other.us.id, position: 1, actorName: "Peskow", party: "RU" } }),
    ],
    [
      "party: a claim's own party changed takes it out",
      filter({ party: "RU" }),
      () => db.prisma.claim.update({ where: { id: f.late.ru.id }, data: { party: "NONE" } }),
    ],
    [
      "actor: a claim linked to the registry actor enters (no shown column changes)",
      filter({ actorId: f.actor.id }),
      () => db.prisma.claim.update({ where: { id: f.late.ru.id }, data: { actorId: f.actor.id } }),
    ],
    [
      "date range: an article's date moved into it brings its claims",
      NOVEMBER_START,
      () =>
        db.prisma.article.update({ where: { id: f.late.article.id }, data: { publishedAt: new Date("2026-11-04T10:00:00Z") } }),
    ],
    [
      "date range: an article's date moved out of it takes its claims",
      NOVEMBER_START,
      () =>
        db.prisma.article.update({ where: { id: f.late.article.id }, data: { publishedAt: new Date("2026-11-25T10:00:00Z") } }),
    ],
    [
      "date range: a claim moved from an article outside into one inside",
      NOVEMBER_START,
      () => db.prisma.claim.update({ where: { id: f.late.us.id }, data: { articleId: f.early.article.id } }),
    ],
    [
      "outlet: an article of another outlet renamed into it",
      filter({ outlet: OUTLET }),
      () => db.prisma.article.update({ where: { id: f.other.article.id }, data: { outlet: OUTLET } }),
    ],
    ["outlet: a new claim", filter({ outlet: OUTLET }), () => newClaim(f.early.article.id, 9000, "Neu im Medium")],
    ["date range: a claim deleted", NOVEMBER_START, () => db.prisma.claim.delete({ where: { id: f.early.ru.id } })],
    [
      "date range: a claim moved before the others in its article (only the order changes)",
      NOVEMBER_START,
      () => db.prisma.claim.updateMany({ where: { sentence: "Neu im Medium" }, data: { start: 0 } }),
    ],
    [
      "date range: a new article with a claim",
      NOVEMBER_START,
      async () => {
        const { article } = await makeArticle(db.prisma);
        await db.prisma.article.update({
          where: { id: article.id },
          data: { outlet: OTHER_OUTLET, publishedAt: new Date("2026-11-06T10:00:00Z") },
        });
      },
    ],
    [
      "search: a claim whose counted thing is changed to the searched word enters",
      filter({ search: "Drohne" }),
      () => db.prisma.claim.update({ where: { id: f.other.us.id }, data: { what: "Drohnen" } }),
    ],
    [
      "search: an article renamed to the searched word brings its claims",
      filter({ search: "Hafenlage" }),
      () => db.prisma.article.update({ where: { id: f.other.article.id }, data: { title: "Hafenlage am Abend" } }),
    ],
    [
      "picked claims: one marked as no claim leaves",
      filter({ claimIds: [f.early.ua.id, f.other.ua.id, f.late.ru.id] }),
      () => db.prisma.claim.update({ where: { id: f.other.ua.id }, data: { notAClaim: true } }),
    ],
    [
      "picked claims: one moved to another article moves in the file",
      filter({ claimIds: [f.early.ua.id, f.late.ru.id] }),
      () => db.prisma.claim.update({ where: { id: f.early.ua.id }, data: { articleId: f.other.article.id } }),
    ],
  ];
  for (const [what, scope, change] of cases) await expectSeen(what, scope, change);
});

test("scopes holding the same claims share one file; other claim conditions do not", async () => {
  const articleScope: ReportScope = { type: "article", articleId: f.early.article.id };
  const text = await exported(articleScope);
  const count = produced();
  // The same article under a date filter it passes: same claims, same order, same bytes.
  const dated = filter({ articleId: f.early.article.id, publishedFrom: "2000-01-01" });
  expect(await exported(dated)).toBe(text);
  expect(text).toBe(await csvFromScratch(db.prisma, dated));
  expect(produced()).toBe(count);
  // A status condition on the claims is its own file.
  const open = filter({ articleId: f.early.article.id, status: "OPEN" });
  const openText = await exported(open);
  expect(produced()).toBe(count + 1);
  expect(openText).toBe(await csvFromScratch(db.prisma, open));
  expect(openText).not.toBe(text);
  // So are searches: each its own claims, never another search's file.
  const drones = filter({ articleId: f.early.article.id, search: "Drohnen" });
  const rockets = filter({ articleId: f.early.article.id, search: "Raketen" });
  const dronesText = await exported(drones);
  const rocketsText = await exported(rockets);
  expect(produced()).toBe(count + 3);
  expect(dronesText).toBe(await csvFromScratch(db.prisma, drones));
  expect(rocketsText).toBe(await csvFromScratch(db.prisma, rockets));
  expect(dronesText).not.toBe(rocketsText);
});

// Each version trigger with a change only it reports (no line of the article changes content).
const VERSION_TRIGGERS: [string, ReportScope | (() => ReportScope), () => Promise<unknown>][] = [
  [
    "report_article_versions_claim_insert",
    () => ({ type: "article", articleId: f.other.article.id }),
    () => newClaim(f.other.article.id, 9500, "Noch eine"),
  ],
  [
    "report_article_versions_claim_delete",
    () => ({ type: "article", articleId: f.other.article.id }),
    () => db.prisma.claim.deleteMany({ where: { sentence: "Noch eine" } }),
  ],
  [
    "report_article_versions_claim",
    () => filter({ actorId: f.actor.id }),
    async () => {
      const linked = await db.prisma.claim.findFirstOrThrow({ where: { actorId: f.actor.id }, orderBy: { id: "asc" } });
      await db.prisma.claim.update({ where: { id: linked.id }, data: { actorId: null } });
    },
  ],
];

test.each(VERSION_TRIGGERS)(
  "without %s the file from before is served; with it the export is current",
  async (trigger, scopeOf, change) => {
    const scope = typeof scopeOf === "function" ? scopeOf() : scopeOf;
    const before = await exported(scope);
    expect(before).toBe(await csvFromScratch(db.prisma, scope));
    await asDatabaseOwner(db.ownerUrl, (owner) => owner.query(`ALTER TABLE claims DISABLE TRIGGER ${trigger}`));
    try {
      await change();
      expect(await exported(scope)).toBe(before);
      expect(before).not.toBe(await csvFromScratch(db.prisma, scope));
    } finally {
      await asDatabaseOwner(db.ownerUrl, (owner) => owner.query(`ALTER TABLE claims ENABLE TRIGGER ${trigger}`));
    }
    // The change went by unseen; any later change of the article makes the file current again.
    await db.prisma.article.updateMany({
      where: { id: { in: [f.early.article.id, f.late.article.id, f.other.article.id] } },
      data: { stand: `neu nach ${trigger}` },
    });
    expect(await exported(scope)).toBe(await csvFromScratch(db.prisma, scope));
  },
);

test("one transaction changing many claims of an article gives it one new version", async () => {
  const articleId = f.early.article.id;
  const sequence = async () =>
    (await db.prisma.$queryRaw<{ last: bigint }[]>`SELECT last_value AS last FROM report_article_version_seq`)[0].last;
  const version = async () => (await db.prisma.reportArticleVersion.findUniqueOrThrow({ where: { articleId } })).version;
  const [sequenceBefore, versionBefore] = [await sequence(), await version()];
  const changed = await db.prisma
    .$executeRaw`UPDATE claims SET qualifier = 'rund', start = start + 1 WHERE article_id = ${articleId}`;
  expect(changed).toBeGreaterThan(1);
  expect(await version()).toBeGreaterThan(versionBefore);
  expect(await sequence()).toBe(sequenceBefore + 1n);
});
