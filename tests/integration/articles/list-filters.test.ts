// The article list's search and filters (issue #12) against a real PostgreSQL: search over title
// and outlet (stemmed, umlauts), outlet, publication days in Europe/Berlin, open claims only,
// keyset pages under a filter, bounded total, invalid values as notes.
import { ARTICLES_COUNT_LIMIT, ARTICLES_PAGE_SIZE, listArticles } from "@/lib/articles/queries";
import { parseArticleFilters, type ArticleFilters } from "@/lib/articles/list-filters";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();
const id: Record<string, string> = {};
const name: Record<string, string> = {};

async function titles(filters: ArticleFilters): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await listArticles(db.prisma, cursor, filters);
    seen.push(...page.items.map((a) => name[a.id]));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return seen;
}

beforeAll(async () => {
  const rows = [
    {
      key: "drohnen",
      title: "Drohnenangriff auf Odessa",
      outlet: "tagesschau.de",
      publishedAt: new Date("2024-11-04T23:36:00+01:00"),
    },
    {
      key: "aerzte",
      title: "Ärzte warnen vor Engpässen",
      outlet: "Süddeutsche Zeitung",
      publishedAt: new Date("2024-11-05T23:30:00Z"),
    },
    { key: "ohneDatum", title: "Lage an der Front", outlet: "tagesschau.de", publishedAt: null },
  ];
  for (const [i, r] of rows.entries()) {
    const a = await db.prisma.article.create({
      data: {
        title: r.title,
        outlet: r.outlet,
        publishedAt: r.publishedAt,
        text: r.title,
        textSha256: String(i + 1).repeat(64),
        createdAt: new Date(Date.UTC(2024, 10, 10, 0, 0, i)),
      },
    });
    id[r.key] = a.id;
    name[a.id] = r.key;
  }
  const claim = (articleId: string, contentVerdict: "VERIFIED" | null, notAClaim = false) =>
    db.prisma.claim.create({
      data: {
        articleId,
        start: 0,
        end: 1,
        sentence: "x",
        valueText: "1",
        value: 1,
        contentVerdict,
        notAClaim,
        updatedAt: new Date(),
      },
    });
  await claim(id.drohnen, null);
  await claim(id.aerzte, "VERIFIED");
  await claim(id.ohneDatum, null, true); // open, but marked "keine Behauptung"
});

test("searches title and outlet with stemming and umlaut spellings", async () => {
  expect(await titles({ q: "Drohne" })).toEqual(["drohnen"]);
  expect(await titles({ q: "Aerzte" })).toEqual(["aerzte"]);
  expect(await titles({ q: "Sueddeutsche" })).toEqual(["aerzte"]);
  expect(await titles({ q: "tagesschau" })).toEqual(["ohneDatum", "drohnen"]);
  expect(await titles({ q: "&|!:*" })).toEqual(["ohneDatum", "aerzte", "drohnen"]);
});

test("filters by outlet, publication day in Berlin and open claims; filters combine", async () => {
  expect(await titles({ outlet: "tagesschau.de" })).toEqual(["ohneDatum", "drohnen"]);
  expect(await titles({ from: "2024-11-04", to: "2024-11-04" })).toEqual(["drohnen"]);
  expect(await titles({ from: "2024-11-06" })).toEqual(["aerzte"]); // 00:30 on the 6th in Berlin
  expect(await titles({ open: true })).toEqual(["drohnen"]);
  expect(await titles({ open: true, outlet: "Süddeutsche Zeitung" })).toEqual([]);
});

test("keyset pages under a filter visit every match once; the total is bounded", async () => {
  await db.prisma.article.createMany({
    data: Array.from({ length: ARTICLES_PAGE_SIZE + 3 }, (_, i) => ({
      title: `Lagebericht ${i}`,
      outlet: "Massenmedium",
      text: `Lagebericht ${i}`,
      textSha256: (1000 + i).toString(16).padStart(64, "0"),
    })),
  });
  let page = await listArticles(db.prisma, undefined, { outlet: "Massenmedium" });
  expect(page.total).toBe(ARTICLES_PAGE_SIZE + 3);
  // By outlet alone the total is exact (article_outlet_counts); a search counts bounded.
  expect(page.totalLimit).toBeNull();
  expect((await listArticles(db.prisma, undefined, { q: "Lagebericht" })).totalLimit).toBe(ARTICLES_COUNT_LIMIT);
  const seen = page.items.map((a) => a.id);
  page = await listArticles(db.prisma, page.nextCursor!, { outlet: "Massenmedium" });
  seen.push(...page.items.map((a) => a.id));
  expect(page.nextCursor).toBeNull();
  expect(new Set(seen).size).toBe(ARTICLES_PAGE_SIZE + 3);
  expect((await listArticles(db.prisma)).totalLimit).toBeNull();
});

test("invalid values are dropped with a German note", () => {
  const { filters, notes } = parseArticleFilters({ from: "2024-13-01", open: "ja", q: "Drohnen\u0000", outlet: "tagesschau.de" });
  expect(filters).toEqual({ outlet: "tagesschau.de" });
  expect(notes).toHaveLength(3);
  for (const n of notes) expect(n).toMatch(/ignoriert/);
  expect(parseArticleFilters({ from: "2024-11-06", to: "2024-11-01" }).notes[0]).toMatch(/Zeitraum ist leer/);
});
