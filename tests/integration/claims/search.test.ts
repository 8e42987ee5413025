// Full-text search of the review queue (issue #12) against a real PostgreSQL, connected as the
// app role: stemming, umlaut/ß spellings, prefix, phrase, numbers in three spellings, ranking with
// the date as tie-breaker, ranked keyset pages, vectors following article edits, bounded counts.
import { listQueue, countQueue, countsQuery, pageQuery, SEARCH_COUNT_LIMIT } from "@/lib/claims/queue";
import { encodeCursor, parseQueueFilters, type QueueCursor, type QueueFilters } from "@/lib/claims/queue-filters";
import { Prisma } from "@/lib/generated/prisma/client";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();

const filters = (params: Record<string, string>): QueueFilters => {
  const parsed = parseQueueFilters({ limit: "100", ...params });
  expect(parsed.notes).toEqual([]);
  return parsed.filters;
};
const search = async (q: string) => (await listQueue(db.prisma, filters({ q }))).items.map((i) => key[i.id]);

const key: Record<string, string> = {};
const id: Record<string, string> = {};
const T = (n: number) => new Date(Date.UTC(2024, 10, 10, 12, 0, n));
let kiew: { id: string }, bericht: { id: string };

beforeAll(async () => {
  const article = (title: string, outlet: string, n: number) =>
    db.prisma.article.create({ data: { title, outlet, text: `Text ${n}`, textSha256: String(n).repeat(64).slice(0, 64) } });
  kiew = await article("Lage in Kiew", "tagesschau.de", 1);
  bericht = await article("Sonderbericht Raketen", "Frankfurter Rundschau", 2);
  const base = { qualifier: "", actorName: "", sourceText: "", start: 0, end: 1, updatedAt: new Date() };
  const claims: (Omit<Prisma.ClaimCreateManyInput, "start" | "end"> & { key: string })[] = [
    {
      key: "drohnen",
      articleId: kiew.id,
      valueText: "500",
      value: 500,
      what: "Drohnen",
      sentence: "Russland schickte 500 Drohnen.",
      createdAt: T(1),
    },
    {
      key: "aerzte",
      articleId: kiew.id,
      valueText: "20",
      value: 20,
      what: "Ärzte",
      sentence: "20 Ärzte in der Straße des Sieges.",
      createdAt: T(2),
    },
    {
      key: "soldatenZiffern",
      articleId: kiew.id,
      valueText: "11.000",
      value: 11000,
      what: "nordkoreanische Soldaten",
      sentence: "Laut Pentagon sind 11.000 nordkoreanische Soldaten in Kursk.",
      actorName: "Pentagon",
      sourceText: "laut Pentagon",
      createdAt: T(3),
    },
    {
      key: "soldatenWort",
      articleId: kiew.id,
      valueText: "elftausend",
      value: 11000,
      what: "Soldaten",
      sentence: "Elftausend Soldaten aus Nordkorea, nordkoreanische Quellen schweigen.",
      createdAt: T(4),
    },
    {
      key: "elf",
      articleId: kiew.id,
      valueText: "11",
      value: 11,
      what: "Panzer",
      sentence: "11 Panzer wurden zerstört.",
      createdAt: T(5),
    },
    {
      key: "millionen",
      articleId: kiew.id,
      valueText: "1,5 Millionen",
      value: 1_500_000,
      what: "Menschen",
      sentence: "1,5 Millionen Menschen sind geflohen.",
      createdAt: T(6),
    },
    // Ranking: "Raketen" as what is counted (weight A) beats the article title (weight C) of a newer claim.
    {
      key: "raketenWas",
      articleId: kiew.id,
      valueText: "300",
      value: 300,
      what: "Raketen",
      sentence: "300 Raketen seit Montag.",
      createdAt: T(7),
    },
    {
      key: "raketenTitel",
      articleId: bericht.id,
      valueText: "40",
      value: 40,
      what: "Verletzte",
      sentence: "40 Verletzte.",
      createdAt: T(8),
    },
    // Equal relevance: the newer claim comes first.
    { key: "gleichAlt", articleId: bericht.id, valueText: "7", value: 7, what: "Tanker", sentence: "7 Tanker.", createdAt: T(9) },
    {
      key: "gleichNeu",
      articleId: bericht.id,
      valueText: "7",
      value: 7,
      what: "Tanker",
      sentence: "7 Tanker.",
      createdAt: T(10),
    },
  ];
  for (const { key: k, ...data } of claims) {
    const created = await db.prisma.claim.create({ data: { ...base, ...data } });
    key[created.id] = k;
    id[k] = created.id;
  }
});

test("stems German words: Drohne finds Drohnen", async () => {
  expect(await search("Drohne ")).toEqual(["drohnen"]);
  expect(await search("drohnen russland ")).toEqual(["drohnen"]);
});

test("umlauts and ß match their spelt-out forms, both ways", async () => {
  for (const q of ["Ärzte ", "Aerzte ", "ÄRZTE ", "Straße ", "Strasse ", "Aerzte Strasse "])
    expect([q, await search(q)]).toEqual([q, ["aerzte"]]);
});

test("the last word completes as a prefix while typing; in quotes it is whole", async () => {
  expect(await search("Drohn")).toEqual(["drohnen"]);
  expect((await search("nordkor")).sort()).toEqual(["soldatenWort", "soldatenZiffern"]);
  expect((await search("Sold")).sort()).toEqual(["soldatenWort", "soldatenZiffern"]);
  expect(await search('"Sold"')).toEqual([]);
  expect(await search("Sold Kursk")).toEqual([]);
});

test("quoted words are an exact phrase", async () => {
  expect(await search('"nordkoreanische Soldaten"')).toEqual(["soldatenZiffern"]);
  // Both words occur in soldatenWort, but not next to each other.
  expect((await search("nordkoreanische Soldaten ")).sort()).toEqual(["soldatenWort", "soldatenZiffern"]);
  expect(await search('"Soldaten nordkoreanische"')).toEqual([]);
});

test("a number finds its claims as 11.000, 11000 and elftausend alike; scale words count", async () => {
  for (const q of ["11.000", "11000", "elftausend", "11.000 ", "Elftausend "]) {
    expect([q, (await search(q)).sort()]).toEqual([q, ["soldatenWort", "soldatenZiffern"]]);
  }
  expect(await search("11 ")).toEqual(["elf"]);
  expect(await search("1,5 Millionen")).toEqual(["millionen"]);
  expect(await search("1.500.000 ")).toEqual(["millionen"]);
});

test("a number alone lists its hits newest first, whether it is their value or only in their text; pages both ways", async () => {
  // 4711 is the value of two claims and only mentioned in the text of one between them. Ranked, the
  // value hits (weight A) came before the mention (B); a number search is newest first instead.
  const make = (k: string, value: number, sentence: string, n: number) =>
    db.prisma.claim.create({
      data: { articleId: kiew.id, start: 0, end: 1, valueText: String(value), value, what: "Helme", sentence, createdAt: T(n) },
    });
  const made = [
    await make("helmeAlt", 4711, "4.711 Helme im Lager.", 20),
    await make("helmeErwaehnt", 12, "Von 4711 Helmen fehlen 12.", 21),
    await make("helmeNeu", 4711, "4.711 Helme ausgeliefert.", 22),
  ];
  made.forEach((m, i) => (key[m.id] = ["helmeAlt", "helmeErwaehnt", "helmeNeu"][i]));
  expect(await search("4711")).toEqual(["helmeNeu", "helmeErwaehnt", "helmeAlt"]);
  expect(await search("4.711 ")).toEqual(["helmeNeu", "helmeAlt"]);
  const first = await listQueue(db.prisma, filters({ q: "4711" }));
  // Not ranked: like hits beyond the rank window of a word search.
  expect(first.items.map((i) => i.rank)).toEqual([-1, -1, -1]);
  expect(first.counts).toEqual({ all: 3, open: 3, verified: 0, disputed: 0, unverifiable: 0 });

  // One claim per page, the cursor through the URL as the page and the API hand it on.
  const nextPage = (cursor: QueueCursor) =>
    listQueue(db.prisma, filters({ q: "4711", limit: "1", cursor: encodeCursor(cursor) }));
  let page = await listQueue(db.prisma, filters({ q: "4711", limit: "1" }));
  const forwards = [key[page.items[0].id]];
  while (page.nextCursor) {
    page = await nextPage(page.nextCursor);
    forwards.push(key[page.items[0].id]);
  }
  expect(forwards).toEqual(["helmeNeu", "helmeErwaehnt", "helmeAlt"]);
  const back = await nextPage(page.prevCursor!);
  expect(back.items.map((i) => key[i.id])).toEqual(["helmeErwaehnt"]);
  // With another word it is an ordinary ranked search again.
  expect((await listQueue(db.prisma, filters({ q: "4711 Helme " }))).items.every((i) => i.rank !== null)).toBe(true);
});

test("ranked by relevance, newest first among equals; ranked pages in both directions", async () => {
  // raketenWas is the oldest, but "Raketen" is what it counts; the others only have it in the title.
  expect(await search("Raketen ")).toEqual(["raketenWas", "gleichNeu", "gleichAlt", "raketenTitel"]);
  expect(await search("Tanker ")).toEqual(["gleichNeu", "gleichAlt"]);

  // One claim per page through a ranked result, forwards then back, without gaps or repeats.
  const all = await search("Soldaten ");
  expect(all.length).toBeGreaterThanOrEqual(2);
  let page = await listQueue(db.prisma, filters({ q: "Soldaten ", limit: "1" }));
  const forwards = [key[page.items[0].id]];
  while (page.nextCursor) {
    page = await listQueue(db.prisma, { ...filters({ q: "Soldaten ", limit: "1" }), cursor: page.nextCursor });
    forwards.push(key[page.items[0].id]);
  }
  expect(forwards).toEqual(all);
  const back = await listQueue(db.prisma, { ...filters({ q: "Soldaten ", limit: "1" }), cursor: page.prevCursor! });
  expect(back.items.map((i) => key[i.id])).toEqual([all[all.length - 2]]);
});

test("a changed article title or outlet changes the search hits of its claims", async () => {
  expect(await search("Wasserstoff")).toEqual([]);
  await db.prisma.article.update({ where: { id: bericht.id }, data: { title: "Wasserstoff für alle" } });
  expect((await search("Wasserstoff")).sort()).toEqual(["gleichAlt", "gleichNeu", "raketenTitel"]);
  expect(await search("Sonderbericht")).toEqual([]);

  expect(await search("Rundschau")).not.toEqual([]);
  await db.prisma.article.update({ where: { id: bericht.id }, data: { outlet: "Märkische Allgemeine" } });
  expect(await search("Rundschau")).toEqual([]);
  expect((await search("Maerkische")).sort()).toEqual(["gleichAlt", "gleichNeu", "raketenTitel"]);

  // A claim's own edit, too.
  await db.prisma.claim.update({ where: { id: id.elf }, data: { what: "Kampfpanzer" } });
  expect(await search("Kampfpanzer")).toEqual(["elf"]);
});

test("odd input never fails: operators, quotes, backslashes, stop words only", async () => {
  for (const q of [
    "'",
    '"',
    '"""',
    "&|!",
    "a:*b",
    "(()",
    "<->",
    "\\",
    "'; DROP TABLE claims; --",
    "die der das",
    "🚀 Drohnen",
    "x".repeat(200),
  ]) {
    await expect(listQueue(db.prisma, filters({ q }))).resolves.toBeDefined();
  }
  expect(await search("&&& Drohnen |||")).toEqual(["drohnen"]);
});

describe("counts under a search", () => {
  beforeAll(async () => {
    // SEARCH_COUNT_LIMIT + 5 open claims and 3 verified ones that all say "Massenzählung".
    await db.prisma.$executeRaw`
      INSERT INTO claims (id, article_id, start, "end", sentence, value_text, value, what, updated_at, content_verdict)
      SELECT 'mass' || n, ${kiew.id}, n, n + 1, 'Massenzählung ' || n, '1', 1, 'Zählung', now(),
             CASE WHEN n > ${SEARCH_COUNT_LIMIT + 5} THEN 'VERIFIED'::"ContentVerdict" END
        FROM generate_series(1, ${SEARCH_COUNT_LIMIT + 8}) n`;
  });

  test("are exact up to the bound, then stop one above it; without a search they stay exact", async () => {
    const page = await listQueue(db.prisma, filters({ q: "Massenzählung", limit: "5" }));
    expect(page.countLimit).toBe(SEARCH_COUNT_LIMIT);
    // Beyond the bound only the total is known ("mehr als 10 000"); the statuses are not counted.
    expect(page.counts).toEqual({ all: SEARCH_COUNT_LIMIT + 1, open: null, verified: null, disputed: null, unverifiable: null });
    expect(page.items).toHaveLength(5);

    const unsearched = await listQueue(db.prisma, filters({ limit: "5" }));
    expect(unsearched.countLimit).toBeNull();
    expect(unsearched.counts.open).toBeGreaterThan(SEARCH_COUNT_LIMIT + 5);
    expect(await countQueue(db.prisma, filters({ q: "Drohnen" }))).toEqual({
      all: 1,
      open: 1,
      verified: 0,
      disputed: 0,
      unverifiable: 0,
    });
  });

  // At this test's size a sequential scan is legitimately cheaper, so the planner is told to avoid
  // one: the check is that the search condition can use the GIN index at all (it could not if the
  // vector were computed in the query or wrapped in a function). notaclaim=include leaves no other
  // condition whose index could serve instead.
  const explain = (query: Prisma.Sql) =>
    db.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      const rows = await tx.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${query}`);
      return rows.map((r) => r["QUERY PLAN"]).join("\n");
    });

  test("a number alone reads its value hits from claims_number_token_idx, its count from claim_number_counts", async () => {
    const f = filters({ q: "11000" });
    const page = await explain(pageQuery(f));
    expect(page).toContain("claims_number_token_idx");
    // Its branches carry the page's rows: none is looked up again by id.
    expect(page).not.toContain("claims_pkey");
    // The value hits' count is summed from the trigger-kept counts (number-counts.test.ts) ...
    let counts = await explain(countsQuery(f));
    expect(counts).toContain("claim_number_counts_key");
    expect(counts).not.toContain("claims_number_token_idx");
    expect(counts.match(/Aggregate/g)).toHaveLength(1);
    // ... unless a further filter narrows them: then they are counted from the index.
    counts = await explain(countsQuery(filters({ q: "11000", party: "RU" })));
    expect(counts).toContain("claims_number_token_idx");
    expect(counts.match(/Aggregate/g)).toHaveLength(1);
  });

  test("the search condition can use the GIN index; the bounded count is one query that stops at its LIMIT", async () => {
    const f = filters({ q: "Drohnen", notaclaim: "include" });
    expect(await explain(pageQuery(f))).toContain("Bitmap Index Scan on claims_search_vector_idx");
    const counts = await explain(countsQuery(f));
    // One aggregate over one Limit: no count reads past the bound, none runs once per status.
    expect(counts.match(/Aggregate[^\n]*\n\s*->\s+Limit/g)).toHaveLength(1);
    expect(counts.match(/Aggregate/g)).toHaveLength(1);
    expect(countsQuery(f).values).toContain(SEARCH_COUNT_LIMIT + 1);
  });
});
