// The article list at scale (issue #12): article_outlet_counts is kept exact by triggers through
// every kind of write on articles, and the list reads its unfiltered and per-outlet totals from it
// instead of counting the articles on every view; a page by outlet reads the outlet's own index.
import { ARTICLES_COUNT_LIMIT, articlePageQuery, listArticles } from "@/lib/articles/queries";
import { Prisma } from "@/lib/generated/prisma/client";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();
let next = 0;

function article(outlet: string) {
  next += 1;
  return { title: `Artikel ${next}`, outlet, text: `Text ${next}`, textSha256: next.toString(16).padStart(64, "0") };
}

/** Outlet → articles, as kept by the triggers (empty outlets left out) and as counted. */
async function keptAndCounted(): Promise<[Record<string, number>, Record<string, number>]> {
  const kept = await db.prisma.$queryRaw<{ outlet: string; n: number }[]>`
    SELECT outlet, n::int AS n FROM article_outlet_counts WHERE n <> 0`;
  const counted = await db.prisma.$queryRaw<{ outlet: string; n: number }[]>`
    SELECT outlet, count(*)::int AS n FROM articles GROUP BY outlet`;
  const asRecord = (rows: { outlet: string; n: number }[]) => Object.fromEntries(rows.map((r) => [r.outlet, r.n]));
  return [asRecord(kept), asRecord(counted)];
}

test("the per-outlet counts follow inserts, outlet changes and deletes, one row or many per statement", async () => {
  await db.prisma.article.createMany({ data: [article("A"), article("A"), article("B")] });
  const single = await db.prisma.article.create({ data: article("C") });
  let [kept, counted] = await keptAndCounted();
  expect(kept).toEqual({ A: 2, B: 1, C: 1 });
  expect(kept).toEqual(counted);

  await db.prisma.article.update({ where: { id: single.id }, data: { outlet: "B" } });
  await db.prisma.article.updateMany({ where: { outlet: "A" }, data: { title: "Nur der Titel" } });
  await db.prisma.article.updateMany({ where: { outlet: "B" }, data: { outlet: "D" } });
  [kept, counted] = await keptAndCounted();
  expect(kept).toEqual({ A: 2, D: 2 });
  expect(kept).toEqual(counted);

  await db.prisma.article.deleteMany({ where: { outlet: "A" } });
  await db.prisma.article.delete({ where: { id: single.id } });
  [kept, counted] = await keptAndCounted();
  expect(kept).toEqual({ D: 1 });
  expect(kept).toEqual(counted);
});

test("a write that fails leaves the counts as they were", async () => {
  const before = await keptAndCounted();
  const duplicate = article("E");
  await db.prisma.article.create({ data: duplicate });
  // Same text hash: the second insert of the statement violates the unique key, the statement rolls back.
  await expect(db.prisma.article.createMany({ data: [article("E"), { ...duplicate, title: "Doppelt" }] })).rejects.toThrow();
  const [kept, counted] = await keptAndCounted();
  expect(kept).toEqual({ ...before[0], E: 1 });
  expect(kept).toEqual(counted);
});

test("the list reads its unfiltered and per-outlet totals from the counts (exact), other filters count bounded", async () => {
  const [, counted] = await keptAndCounted();
  const all = Object.values(counted).reduce((sum, n) => sum + n, 0);
  let page = await listArticles(db.prisma);
  expect(page.total).toBe(all);
  expect(page.totalLimit).toBeNull();
  page = await listArticles(db.prisma, undefined, { outlet: "E" });
  expect(page.total).toBe(1);
  expect(page.totalLimit).toBeNull();

  // Proof that the totals come from the kept counts and not from counting articles: a count
  // changed by hand shows up (restored afterwards).
  await db.prisma.$executeRaw`UPDATE article_outlet_counts SET n = n + 1000 WHERE outlet = 'E'`;
  try {
    expect((await listArticles(db.prisma)).total).toBe(all + 1000);
    expect((await listArticles(db.prisma, undefined, { outlet: "E" })).total).toBe(1001);
    // A search counts its hits itself (bounded).
    page = await listArticles(db.prisma, undefined, { outlet: "E", q: "Artikel" });
    expect(page.total).toBe(1);
    expect(page.totalLimit).toBe(ARTICLES_COUNT_LIMIT);
  } finally {
    await db.prisma.$executeRaw`UPDATE article_outlet_counts SET n = n - 1000 WHERE outlet = 'E'`;
  }
});

test("a page by outlet reads the outlet's index in page order, not every article by date", async () => {
  const plan = await db.prisma.$transaction(async (tx) => {
    // The test table is tiny: without this the planner would rightly read it whole.
    await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
    const rows = await tx.$queryRaw<{ "QUERY PLAN": unknown }[]>(
      Prisma.sql`EXPLAIN (FORMAT JSON) ${articlePageQuery({ outlet: "E" })}`,
    );
    return JSON.stringify(rows[0]["QUERY PLAN"]);
  });
  expect(plan).toContain("articles_outlet_created_at_id_idx");
  expect(plan).not.toMatch(/"Node Type":\s*"Sort"/);
});
