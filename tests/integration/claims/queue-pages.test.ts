// "Vorherige Seite" in the review queue: the reverse keyset query pages back exactly through the
// pages paged forward (no duplicates, no gaps, page boundaries the same both ways), keeps the
// filters, ends at a first page without a previous link, and never uses OFFSET.
import { listQueue, pageQuery } from "@/lib/claims/queue";
import { parseQueueFilters, queueQuery, type QueueCursor } from "@/lib/claims/queue-filters";
import type { Prisma } from "@/lib/generated/prisma/client";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();
const TOTAL = 47;

beforeAll(async () => {
  const articles = await Promise.all(
    ["f", "0"].map((c, i) =>
      db.prisma.article.create({
        data: { title: `Artikel ${i}`, outlet: "Seiten", text: "Text", textSha256: c.repeat(64) },
      }),
    ),
  );
  // Few timestamps and repeated start offsets: both sort keys tie and the id breaks the ties.
  const data: Prisma.ClaimCreateManyInput[] = [];
  for (let i = 0; i < TOTAL; i++) {
    data.push({
      articleId: articles[i % 2].id,
      start: i % 7,
      end: 20,
      sentence: `Satz ${i}`,
      valueText: String(i),
      value: i,
      what: "Seite",
      actorName: "Seitenquelle",
      party: i % 3 === 0 ? "RU" : "UA",
      createdAt: new Date(Date.UTC(2025, 0, 1, 0, 0, i % 4)),
      updatedAt: new Date(),
    });
  }
  await db.prisma.claim.createMany({ data });
});

interface Visited {
  query: string;
  ids: string[];
  next: QueueCursor | null;
  prev: QueueCursor | null;
}

/** One page as the browser gets it: from the URL query the page links carry. */
async function visit(query: string): Promise<Visited> {
  const { filters, notes } = parseQueueFilters(new URLSearchParams(query));
  expect(notes).toEqual([]);
  const page = await listQueue(db.prisma, filters);
  return {
    query,
    ids: page.items.map((item) => item.id),
    next: page.nextCursor,
    prev: page.prevCursor,
  };
}

function linkTo(query: string, cursor: QueueCursor): string {
  const { filters } = parseQueueFilters(new URLSearchParams(query));
  return queueQuery(filters, { cursor });
}

describe.each([
  ["newest", "limit=6"],
  ["article", "sort=article&limit=6"],
  ["newest, filtered by party", "party=UA&limit=5"],
])("sort %s", (_name, start) => {
  test("paging back from the last page returns exactly the pages paged forward, and keeps the filters", async () => {
    const forward: Visited[] = [await visit(start)];
    expect(forward[0].prev).toBeNull();
    while (forward[forward.length - 1].next) {
      const current = forward[forward.length - 1];
      forward.push(await visit(linkTo(current.query, current.next!)));
    }
    const all = forward.flatMap((page) => page.ids);
    expect(new Set(all).size).toBe(all.length);
    const { filters } = parseQueueFilters(new URLSearchParams(start));
    const whole = await listQueue(db.prisma, { ...filters, limit: 100 });
    expect(all).toEqual(whole.items.map((item) => item.id));
    expect(forward.length).toBeGreaterThan(2);
    expect(forward.slice(1).every((page) => page.prev !== null)).toBe(true);

    // Back from the last page to the first, following "Vorherige Seite".
    let page = forward[forward.length - 1];
    for (let index = forward.length - 2; index >= 0; index--) {
      const query = linkTo(page.query, page.prev!);
      // The filters stay; only the cursor changes.
      expect({ ...parseQueueFilters(new URLSearchParams(query)).filters, cursor: undefined }).toEqual({
        ...filters,
        cursor: undefined,
      });
      page = await visit(query);
      expect(page.ids).toEqual(forward[index].ids);
      // Forward again from a page reached backwards lands on the same next page.
      expect((await visit(linkTo(page.query, page.next!))).ids).toEqual(forward[index + 1].ids);
    }
    // The first page, reached backwards, has no previous page either.
    expect(page.prev).toBeNull();
  });
});

test.each([
  ["limit=4", /\(c\.created_at, c\.id\) >/, /ORDER BY c\.created_at ASC, c\.id ASC/],
  ["sort=article&limit=4", /\(c\.article_id, c\.start, c\.id\) </, /ORDER BY c\.article_id DESC, c\.start DESC, c\.id DESC/],
])("%s: the previous page is read with the reverse keyset condition, never with OFFSET", async (start, keyset, order) => {
  const first = await visit(start);
  const second = await visit(linkTo(start, first.next!));
  const { filters } = parseQueueFilters(new URLSearchParams(linkTo(second.query, second.prev!)));
  expect(filters.cursor?.before).toBe(true);
  const sql = pageQuery(filters).sql;
  expect(sql).toMatch(keyset);
  expect(sql).toMatch(order);
  expect(sql).not.toMatch(/\bOFFSET\b/i);
  expect(sql).toMatch(/\bLIMIT\b/);
});

test("a previous-page cursor of the other sort order is refused with a note", () => {
  const newest = { sort: "newest", createdAt: new Date(), id: "abc", before: true } as const;
  const parsed = parseQueueFilters(
    new URLSearchParams(`sort=article&${queueQuery(parseQueueFilters({}).filters, { cursor: newest })}`),
  );
  expect(parsed.filters.cursor).toBeUndefined();
  expect(parsed.notes).toEqual(["Die Seitenangabe ist ungültig – es wird die erste Seite gezeigt."]);
});
