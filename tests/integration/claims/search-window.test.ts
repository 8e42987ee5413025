// Search at scale (issue #12): relevance is ranked among the newest SEARCH_RANK_WINDOW hits, older
// hits follow newest first; keyset pages across that seam neither repeat nor skip, in both
// directions; the counts under a search are exact up to the bound and come from one query.
import { countQueue, listQueue, pageQuery, SEARCH_COUNT_LIMIT, SEARCH_RANK_WINDOW, type QueuePage } from "@/lib/claims/queue";
import { Prisma } from "@/lib/generated/prisma/client";
import { encodeCursor, parseQueueFilters, type QueueFilters } from "@/lib/claims/queue-filters";
import { countingRawQueries } from "../../helpers/pg-activity";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();

const OLDER = 150; // hits older than the window
const HITS = SEARCH_RANK_WINDOW + OLDER;
// Claim n (1 = oldest) says "Fensterwort" once, or three times when it is relevant.
// Both inside the window (claims OLDER + 1 … HITS), whatever its size.
const RELEVANT_IN_WINDOW = [HITS - 10, OLDER + SEARCH_RANK_WINDOW / 4];
const RELEVANT_OLDER = [1, 2, OLDER];
const isRelevant = (n: number) => RELEVANT_IN_WINDOW.includes(n) || RELEVANT_OLDER.includes(n);

const filters = (params: Record<string, string>): QueueFilters => {
  const parsed = parseQueueFilters({ limit: "100", ...params });
  expect(parsed.notes).toEqual([]);
  return parsed.filters;
};
const numbers = (page: QueuePage) => page.items.map((i) => Number(i.id.replace("win", "")));

beforeAll(async () => {
  const article = await db.prisma.article.create({
    data: { title: "Lage", outlet: "tagesschau.de", text: "Text", textSha256: "f".repeat(64) },
  });
  await db.prisma.$executeRaw`
    INSERT INTO claims (id, article_id, start, "end", sentence, value_text, value, what, updated_at, created_at, content_verdict)
    SELECT 'win' || n, ${article.id}, n, n + 1,
           CASE WHEN n = ANY(${[...RELEVANT_IN_WINDOW, ...RELEVANT_OLDER]}::int[])
                THEN 'Fensterwort Fensterwort Fensterwort Nummer ' || n ELSE 'Ein Fensterwort Nummer ' || n END,
           '1', 1, 'Zählung', now(), timestamp '2025-01-01' + n * interval '1 minute',
           CASE WHEN n % 10 = 0 THEN 'VERIFIED'::"ContentVerdict" END
      FROM generate_series(1, ${HITS}) n`;
});

// The expected order: window hits (the newest SEARCH_RANK_WINDOW) relevant first, each group newest
// first; then the older hits newest first, however relevant.
const windowHits = Array.from({ length: SEARCH_RANK_WINDOW }, (_, i) => HITS - i);
const expectedOrder = [
  ...windowHits.filter(isRelevant),
  ...windowHits.filter((n) => !isRelevant(n)),
  ...Array.from({ length: OLDER }, (_, i) => OLDER - i),
];

test("a word with more hits than the window ranks the newest hits: their relevant ones first, older ones after", async () => {
  const page = await listQueue(db.prisma, filters({ q: "Fensterwort", limit: "5" }));
  expect(numbers(page)).toEqual(expectedOrder.slice(0, 5));
  expect(numbers(page).slice(0, 2)).toEqual(RELEVANT_IN_WINDOW);
  // The very relevant but old claims 1, 2 and OLDER are not ranked ahead of recent ones.
  expect(numbers(page)).not.toContain(1);
  expect(page.items[0].rank).toBeGreaterThan(page.items[2].rank!);
});

test("paging forwards through the whole search neither repeats nor skips, across the window's edge", async () => {
  const seen: number[] = [];
  const pages: QueuePage[] = [];
  let f = filters({ q: "Fensterwort", limit: "70" });
  for (;;) {
    const page = await listQueue(db.prisma, f);
    pages.push(page);
    seen.push(...numbers(page));
    if (!page.nextCursor) break;
    // Through the URL, as the page and the API hand it on (beyond the window the rank is -1).
    f = filters({ q: "Fensterwort", limit: "70", cursor: encodeCursor(page.nextCursor) });
  }
  expect(seen).toEqual(expectedOrder);
  expect(new Set(seen).size).toBe(HITS);

  // Backwards from every page gives the page before it, including across the edge.
  for (let i = 1; i < pages.length; i++) {
    const back = await listQueue(
      db.prisma,
      filters({ q: "Fensterwort", limit: "70", cursor: encodeCursor(pages[i].prevCursor!) }),
    );
    expect(numbers(back)).toEqual(numbers(pages[i - 1]));
  }
});

test("the export walks every hit in the same order", async () => {
  const { iterateQueue } = await import("@/lib/claims/queue");
  const all: number[] = [];
  for await (const item of iterateQueue(db.prisma, filters({ q: "Fensterwort" }), 300)) all.push(Number(item.id.slice(3)));
  expect(all).toEqual(expectedOrder);
});

test("counts under a search are exact below the bound (one query) and bounded above it", async () => {
  const verified = Math.floor(HITS / 10);
  expect(await countQueue(db.prisma, filters({ q: "Fensterwort" }))).toEqual({
    all: HITS,
    open: HITS - verified,
    verified,
    disputed: 0,
    unverifiable: 0,
  });
  await db.prisma.$executeRaw`
    INSERT INTO claims (id, article_id, start, "end", sentence, value_text, value, what, updated_at)
    SELECT 'big' || n, article_id, n, n + 1, 'Großzählung ' || n, '1', 1, 'Zählung', now()
      FROM generate_series(1, ${SEARCH_COUNT_LIMIT + 3}) n, (SELECT article_id FROM claims WHERE id = 'win1') a`;
  const beyond = await listQueue(db.prisma, filters({ q: "Großzählung", limit: "5" }));
  expect(beyond.countLimit).toBe(SEARCH_COUNT_LIMIT);
  expect(beyond.counts.all).toBe(SEARCH_COUNT_LIMIT + 1);
  expect(beyond.counts.open).toBeNull();
  expect(beyond.items).toHaveLength(5);

  // A count beyond the bound is remembered (it stays true while claims are added): the next view
  // of that search runs no count; counts within the bound always run and see every change.
  const counting = countingRawQueries(db.prisma);
  expect(await countQueue(counting.client, filters({ q: "Großzählung" }))).toEqual(beyond.counts);
  expect(counting.count()).toBe(0);
  await db.prisma.$executeRaw`UPDATE claims SET content_verdict = 'DISPUTED' WHERE id = 'win3'`;
  expect(await countQueue(counting.client, filters({ q: "Fensterwort" }))).toMatchObject({ all: HITS, disputed: 1 });
  expect(counting.count()).toBe(1);
});

test("identical search counts asked at the same time read the hits once; a later one counts again", async () => {
  const counting = countingRawQueries(db.prisma);
  const f = filters({ q: "Fensterwort" });
  const burst = await Promise.all(Array.from({ length: 5 }, () => countQueue(counting.client, f)));
  expect(counting.count()).toBe(1);
  expect(new Set(burst.map((counts) => JSON.stringify(counts))).size).toBe(1);
  // Each caller owns its copy.
  burst[0].open = -1;
  expect(burst[1].open).toBe(burst[0].all! - burst[1].verified! - burst[1].disputed!);
  // Within the bound nothing is kept once the count has finished: the next one sees a change.
  await db.prisma.$executeRaw`UPDATE claims SET content_verdict = 'DISPUTED' WHERE id = 'win4'`;
  expect(await countQueue(counting.client, f)).toMatchObject({ disputed: burst[1].disputed! + 1 });
  expect(counting.count()).toBe(2);
});

test("the first page of a search reads the claims once: no scan for older hits, no second look-up by id", async () => {
  const plan = (
    await db.prisma.$queryRaw<{ "QUERY PLAN": string }[]>(
      Prisma.sql`EXPLAIN ${pageQuery(filters({ q: "Fensterwort", limit: "100" }))}`,
    )
  )
    .map((row) => row["QUERY PLAN"])
    .join("\n");
  expect(plan.match(/ on claims\b/g)).toHaveLength(1);
  // Its rows and order are the ranked search's (the tests above page through the same search).
  const page = await listQueue(db.prisma, filters({ q: "Fensterwort", limit: "100" }));
  expect(numbers(page)).toEqual(expectedOrder.slice(0, 100));
});
