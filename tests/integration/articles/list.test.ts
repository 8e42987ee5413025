import { ARTICLES_PAGE_SIZE, decodeArticleCursor, listArticles } from "@/lib/articles/queries";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();

beforeAll(async () => {
  // Two batches share one created_at each, so paging must break ties by id.
  const at = [new Date("2024-11-04T10:00:00Z"), new Date("2024-11-05T10:00:00Z")];
  await db.prisma.article.createMany({
    data: Array.from({ length: ARTICLES_PAGE_SIZE * 2 + 7 }, (_, i) => ({
      title: `Artikel ${i}`,
      outlet: "Testmedium",
      text: `Text ${i}`,
      textSha256: i.toString(16).padStart(64, "0"),
      createdAt: at[i % 2],
    })),
  });
});

test("keyset pages visit every article exactly once, newest first, ties broken by id", async () => {
  const seen: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await listArticles(db.prisma, cursor);
    expect(page.total).toBe(ARTICLES_PAGE_SIZE * 2 + 7);
    expect(page.items.length).toBeLessThanOrEqual(ARTICLES_PAGE_SIZE);
    seen.push(...page.items.map((a) => a.id));
    cursor = page.nextCursor ?? undefined;
    pages += 1;
  } while (cursor);
  expect(pages).toBe(3);
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen.length).toBe(ARTICLES_PAGE_SIZE * 2 + 7);
  const all = await db.prisma.article.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
  expect(seen).toEqual(all.map((a) => a.id));
});

test("a forged cursor starts at the top instead of failing", async () => {
  expect(decodeArticleCursor("kein-cursor")).toBeNull();
  const page = await listArticles(db.prisma, "%%%");
  expect(page.items).toHaveLength(ARTICLES_PAGE_SIZE);
});
