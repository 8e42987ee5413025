// Counts of a search for one number (issue #12): claim_number_counts is kept exact by triggers
// through every kind of claim write, and the queue's counts read the number's value hits from it
// (the hits that only mention the number in their text are counted live) when no filter other than
// "keine Behauptung" applies; with another filter the claims are counted themselves.
import { countQueue, SEARCH_COUNT_LIMIT } from "@/lib/claims/queue";
import { parseQueueFilters, type QueueFilters } from "@/lib/claims/queue-filters";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();

const filters = (params: Record<string, string>): QueueFilters => {
  const parsed = parseQueueFilters(params);
  expect(parsed.notes).toEqual([]);
  return parsed.filters;
};

/** [kept by the triggers (zero rows left out), counted from claims] per token/flag/verdict. */
async function keptAndCounted(): Promise<[string[], string[]]> {
  const kept = await db.prisma.$queryRaw<{ k: string }[]>`
    SELECT token || '|' || not_a_claim || '|' || coalesce(content_verdict::text, '-') || '|' || n AS k
      FROM claim_number_counts WHERE n <> 0 ORDER BY 1`;
  const counted = await db.prisma.$queryRaw<{ k: string }[]>`
    SELECT search_number_token(value) || '|' || not_a_claim || '|' || coalesce(content_verdict::text, '-') || '|' || count(*) AS k
      FROM claims GROUP BY search_number_token(value), not_a_claim, content_verdict ORDER BY 1`;
  return [kept.map((r) => r.k), counted.map((r) => r.k)];
}

beforeAll(async () => {
  const article = await db.prisma.article.create({
    data: { title: "Lage", outlet: "tagesschau.de", text: "Text", textSha256: "e".repeat(64) },
  });
  // n1–n6 have the value 11 000 (n2 verified, n3 disputed, n4 "keine Behauptung", n6 of party RU);
  // m1 only mentions it in its text; o1 has another value.
  await db.prisma.$executeRaw`
    INSERT INTO claims (id, article_id, start, "end", sentence, value_text, value, what, updated_at, content_verdict, not_a_claim, party)
    VALUES ('n1', ${article.id}, 1, 2, 'Es sind 11.000 Soldaten.', '11.000', 11000, 'Soldaten', now(), NULL, false, 'OTHER'),
           ('n2', ${article.id}, 2, 3, 'Es sind 11.000 Soldaten.', '11.000', 11000, 'Soldaten', now(), 'VERIFIED', false, 'OTHER'),
           ('n3', ${article.id}, 3, 4, 'Elftausend Soldaten.', 'Elftausend', 11000, 'Soldaten', now(), 'DISPUTED', false, 'OTHER'),
           ('n4', ${article.id}, 4, 5, 'Es sind 11000 Soldaten.', '11000', 11000, 'Soldaten', now(), NULL, true, 'OTHER'),
           ('n5', ${article.id}, 5, 6, 'Es sind 11.000 Soldaten.', '11.000', 11000, 'Soldaten', now(), NULL, false, 'OTHER'),
           ('n6', ${article.id}, 6, 7, 'Es sind 11.000 Soldaten.', '11.000', 11000, 'Soldaten', now(), NULL, false, 'RU'),
           ('m1', ${article.id}, 7, 8, 'Von 11.000 Soldaten sind 300 verletzt.', '300', 300, 'Soldaten', now(), NULL, false, 'OTHER'),
           ('o1', ${article.id}, 8, 9, 'Es sind 500 Drohnen.', '500', 500, 'Drohnen', now(), NULL, false, 'OTHER')`;
});

test("the counts per value token follow inserts, verdicts, value and flag changes and deletes", async () => {
  let [kept, counted] = await keptAndCounted();
  expect(kept).toEqual(counted);
  expect(kept).toContain("num11000|false|-|3");

  await db.prisma.$executeRaw`UPDATE claims SET content_verdict = 'UNVERIFIABLE' WHERE id IN ('n1', 'n5')`;
  await db.prisma.$executeRaw`UPDATE claims SET value = 12000 WHERE id = 'n6'`;
  await db.prisma.$executeRaw`UPDATE claims SET not_a_claim = true WHERE id = 'n3'`;
  await db.prisma.$executeRaw`UPDATE claims SET what = 'Soldaten' WHERE id = 'n2'`; // nothing counted changes
  [kept, counted] = await keptAndCounted();
  expect(kept).toEqual(counted);
  expect(kept).toContain("num11000|false|UNVERIFIABLE|2");
  expect(kept).toContain("num12000|false|-|1");

  await db.prisma.$executeRaw`DELETE FROM claims WHERE id = 'n5'`;
  [kept, counted] = await keptAndCounted();
  expect(kept).toEqual(counted);
  // Back to the starting state for the next test.
  await db.prisma.$executeRaw`UPDATE claims SET content_verdict = NULL WHERE id = 'n1'`;
  await db.prisma.$executeRaw`UPDATE claims SET value = 11000 WHERE id = 'n6'`;
  await db.prisma.$executeRaw`UPDATE claims SET not_a_claim = false WHERE id = 'n3'`;
});

test("a number's counts read its value hits from the kept counts, text-only hits live; other filters count claims", async () => {
  // Value hits n1, n2, n3, n6 (n4 is "keine Behauptung", n5 deleted); m1 mentions "11.000" in its text.
  expect(await countQueue(db.prisma, filters({ q: "11.000" }))).toEqual({
    all: 5,
    open: 3,
    verified: 1,
    disputed: 1,
    unverifiable: 0,
  });
  const valueHits = { all: 4, open: 2, verified: 1, disputed: 1, unverifiable: 0 };
  expect(await countQueue(db.prisma, filters({ q: "elftausend", status: "open" }))).toEqual(valueHits);
  expect(await countQueue(db.prisma, filters({ q: "11000" }))).toEqual(valueHits);
  expect(await countQueue(db.prisma, filters({ q: "11000", notaclaim: "only" }))).toEqual({
    all: 1,
    open: 1,
    verified: 0,
    disputed: 0,
    unverifiable: 0,
  });

  // Proof that the value hits come from the kept counts: a count changed by hand shows up, except
  // under a further filter (party), which counts the claims themselves.
  await db.prisma.$executeRaw`UPDATE claim_number_counts SET n = n + 7
    WHERE token = 'num11000' AND NOT not_a_claim AND content_verdict = 'VERIFIED'`;
  try {
    expect(await countQueue(db.prisma, filters({ q: "11000" }))).toEqual({ ...valueHits, all: 11, verified: 8 });
    expect(await countQueue(db.prisma, filters({ q: "11000", party: "RU" }))).toEqual({
      all: 1,
      open: 1,
      verified: 0,
      disputed: 0,
      unverifiable: 0,
    });
    // Above the bound only the total is known, as under any search.
    await db.prisma.$executeRaw`UPDATE claim_number_counts SET n = n + ${SEARCH_COUNT_LIMIT}
      WHERE token = 'num11000' AND NOT not_a_claim AND content_verdict = 'VERIFIED'`;
    expect(await countQueue(db.prisma, filters({ q: "11000" }))).toEqual({
      all: SEARCH_COUNT_LIMIT + 1,
      open: null,
      verified: null,
      disputed: null,
      unverifiable: null,
    });
  } finally {
    await db.prisma.$executeRaw`UPDATE claim_number_counts SET n = 1
      WHERE token = 'num11000' AND NOT not_a_claim AND content_verdict = 'VERIFIED'`;
  }
});

test("the value counts' triggers fire after the queue counts' triggers (one lock order for all writers)", async () => {
  const rows = await db.prisma.$queryRaw<{ tgname: string }[]>`
    SELECT tgname FROM pg_trigger
     WHERE tgrelid = 'claims'::regclass AND tgname IN ('claims_queue_counts_insert', 'claims_value_counts_insert',
           'claims_queue_counts_update', 'claims_value_counts_update')
     ORDER BY tgname COLLATE "C"`;
  // PostgreSQL fires the triggers of one event in name order.
  expect(rows.map((r) => r.tgname)).toEqual([
    "claims_queue_counts_insert",
    "claims_queue_counts_update",
    "claims_value_counts_insert",
    "claims_value_counts_update",
  ]);
});
