// Review queue against a real PostgreSQL: every filter, both sort orders, the
// per-status counts, keyset pagination (with ties) and the absence of OFFSET.
import { listQueue, countQueue } from "@/lib/claims/queue";
import { DEFAULT_PAGE_SIZE, parseQueueFilters, type QueueFilters, type RawParams } from "@/lib/claims/queue-filters";
import { createPrismaClient, pgPoolOf } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();

const filters = (params: RawParams = {}): QueueFilters => {
  const parsed = parseQueueFilters(params);
  expect(parsed.notes).toEqual([]);
  return parsed.filters;
};

/** All ids of the queue for these params, following the cursor to the end. */
async function allPages(params: Record<string, string>, limit = 7): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: QueueFilters["cursor"];
  for (let guard = 0; guard < 1000; guard++) {
    const f = { ...filters({ ...params, limit: String(limit) }), cursor };
    const page = await listQueue(db.prisma, f);
    pages.push(page.items.map((i) => i.id));
    if (!page.nextCursor) return pages;
    cursor = page.nextCursor;
  }
  throw new Error("pagination does not end");
}

const ids = async (params: Record<string, string>) =>
  (await listQueue(db.prisma, filters({ ...params, limit: "100" }))).items.map((i) => i.id);

let A: { id: string }, B: { id: string }, C: { id: string };
// Named claims for the filter tests.
const T = (n: number) => new Date(Date.UTC(2024, 10, 10, 12, 0, n));
const claimIds: Record<string, string> = {};

beforeAll(async () => {
  const article = (title: string, outlet: string, publishedAt: Date | null, n: number) =>
    db.prisma.article.create({
      data: { title, outlet, publishedAt, text: `Text ${title}`, textSha256: String(n).repeat(64).slice(0, 64) },
    });
  // Berlin calendar days: A on 04.11. (23:36 local), B on 06.11. (00:30 local, still 05.11. in UTC), C without date.
  A = await article("Artikel A", "tagesschau.de", new Date("2024-11-04T23:36:00+01:00"), 1);
  B = await article("Artikel B", "Deutsche Tageszeitung", new Date("2024-11-05T23:30:00Z"), 2);
  C = await article("Artikel C", "Tageszeitung", null, 3);

  const base = { sentence: "", value: 1, qualifier: "", what: "", actorName: "", updatedAt: new Date() };
  const named: (Omit<Prisma.ClaimCreateManyInput, "value" | "sentence"> & { key: string; sentence?: string })[] = [
    {
      key: "ruOpenCaveat",
      articleId: A.id,
      start: 10,
      end: 16,
      valueText: "11.000",
      what: "nordkoreanische Soldaten",
      sentence: "Laut Pentagon sind 11.000 nordkoreanische Soldaten in Kursk.",
      actorName: "Russisches Verteidigungsministerium",
      party: "RU",
      caveat: true,
      createdAt: T(1),
    },
    {
      key: "uaVerified",
      articleId: A.id,
      start: 20,
      end: 23,
      valueText: "500",
      what: "Drohnen",
      actorName: "Selenskyj",
      party: "UA",
      caveat: true,
      contentVerdict: "VERIFIED",
      attributionVerdict: "CONFIRMED",
      createdAt: T(2),
    },
    {
      key: "usDisputed",
      articleId: B.id,
      start: 5,
      end: 8,
      valueText: "mehr als 10.000",
      qualifier: "mehr als",
      what: "Soldaten",
      actorName: "Pentagon",
      party: "US",
      contentVerdict: "DISPUTED",
      attributionVerdict: "MISATTRIBUTED",
      createdAt: T(3),
    },
    {
      key: "noneUnverifiable",
      articleId: B.id,
      start: 50,
      end: 52,
      valueText: "42",
      what: "Prozent_Rabatt",
      actorName: "",
      party: "NONE",
      contentVerdict: "UNVERIFIABLE",
      attributionVerdict: "NOT_FOUND",
      createdAt: T(4),
    },
    {
      key: "kpOpen",
      articleId: C.id,
      start: 0,
      end: 3,
      valueText: "300",
      what: "Raketen",
      actorName: "KCNA 100% staatlich",
      party: "KP",
      caveat: true,
      createdAt: T(5),
    },
    {
      key: "notAClaim",
      articleId: C.id,
      start: 40,
      end: 44,
      valueText: "2024",
      what: "Jahr",
      actorName: "",
      party: "NONE",
      notAClaim: true,
      createdAt: T(6),
    },
  ];
  for (const { key, ...data } of named) {
    const created = await db.prisma.claim.create({ data: { ...base, ...data } });
    claimIds[key] = created.id;
  }
});

test("hides claims marked as not-a-claim by default, shows them on request", async () => {
  expect(await ids({})).not.toContain(claimIds.notAClaim);
  expect(await ids({ notaclaim: "include" })).toContain(claimIds.notAClaim);
  expect(await ids({ notaclaim: "only" })).toEqual([claimIds.notAClaim]);
});

test("filters by content status, attribution verdict, party and caveat", async () => {
  expect(await ids({ status: "open" })).toEqual([claimIds.kpOpen, claimIds.ruOpenCaveat]);
  expect(await ids({ status: "verified" })).toEqual([claimIds.uaVerified]);
  expect(await ids({ status: "disputed" })).toEqual([claimIds.usDisputed]);
  expect(await ids({ status: "unverifiable" })).toEqual([claimIds.noneUnverifiable]);

  expect(await ids({ attribution: "open" })).toEqual([claimIds.kpOpen, claimIds.ruOpenCaveat]);
  expect(await ids({ attribution: "confirmed" })).toEqual([claimIds.uaVerified]);
  expect(await ids({ attribution: "not_found" })).toEqual([claimIds.noneUnverifiable]);
  expect(await ids({ attribution: "misattributed" })).toEqual([claimIds.usDisputed]);

  expect(await ids({ party: "RU" })).toEqual([claimIds.ruOpenCaveat]);
  expect(await ids({ party: "kp" })).toEqual([claimIds.kpOpen]);
  expect(await ids({ caveat: "yes" })).toEqual([claimIds.kpOpen, claimIds.uaVerified, claimIds.ruOpenCaveat]);
  expect(await ids({ caveat: "no" })).toEqual([claimIds.noneUnverifiable, claimIds.usDisputed]);
  expect(await ids({ party: "RU", caveat: "yes", status: "open" })).toEqual([claimIds.ruOpenCaveat]);
  expect(await ids({ party: "RU", caveat: "no" })).toEqual([]);
});

test("filters by actor (contains, case-insensitive, wildcards literal), outlet and article", async () => {
  expect(await ids({ actor: "verteidigungsMINISTERIUM" })).toEqual([claimIds.ruOpenCaveat]);
  expect(await ids({ actor: "100%" })).toEqual([claimIds.kpOpen]);
  expect(await ids({ actor: "%" })).toEqual([claimIds.kpOpen]);
  expect(await ids({ actor: "_" })).toEqual([]);
  expect(await ids({ outlet: "Tageszeitung" })).toEqual([claimIds.kpOpen]);
  expect(await ids({ outlet: "Deutsche Tageszeitung" })).toEqual([claimIds.noneUnverifiable, claimIds.usDisputed]);
  expect(await ids({ article: A.id })).toEqual([claimIds.uaVerified, claimIds.ruOpenCaveat]);
  expect(await ids({ article: "cunknownarticle0000" })).toEqual([]);
});

test("filters by the article's publication day in Europe/Berlin, both ends inclusive", async () => {
  expect(await ids({ from: "2024-11-04", to: "2024-11-04" })).toEqual([claimIds.uaVerified, claimIds.ruOpenCaveat]);
  // B was published at 23:30 UTC on the 5th = 00:30 on the 6th in Berlin.
  expect(await ids({ from: "2024-11-05", to: "2024-11-05" })).toEqual([]);
  expect(await ids({ from: "2024-11-06" })).toEqual([claimIds.noneUnverifiable, claimIds.usDisputed]);
  expect(await ids({ to: "2024-11-05" })).toEqual([claimIds.uaVerified, claimIds.ruOpenCaveat]);
  // Articles without a date drop out of any date range.
  expect(await ids({ from: "2000-01-01" })).not.toContain(claimIds.kpOpen);
});

// Stemming, numbers, phrases and ranking: tests/integration/claims/search.test.ts.
test("free text searches sentence, value text, what and actor as words, case-insensitively", async () => {
  expect(await ids({ q: "kursk" })).toEqual([claimIds.ruOpenCaveat]); // sentence
  expect(await ids({ q: "mehr als 10.000" })).toEqual([claimIds.usDisputed]); // value text
  expect(await ids({ q: "DROHNEN" })).toEqual([claimIds.uaVerified]); // what
  expect(await ids({ q: "selensk" })).toEqual([claimIds.uaVerified]); // actor
  expect(await ids({ q: "pentagon" })).toEqual([claimIds.usDisputed, claimIds.ruOpenCaveat]); // actor and sentence
  expect(await ids({ q: "pent_gon" })).toEqual([]); // "_" is no wildcard
  expect(await ids({ q: "prozent_rabatt" })).toEqual([claimIds.noneUnverifiable]);
});

test("sorts by newest (created_at, id descending) or by article (article id, start, id)", async () => {
  const newest = (await listQueue(db.prisma, filters())).items;
  expect(newest.map((i) => i.id)).toEqual([
    claimIds.kpOpen,
    claimIds.noneUnverifiable,
    claimIds.usDisputed,
    claimIds.uaVerified,
    claimIds.ruOpenCaveat,
  ]);
  expect(newest[0]).toMatchObject({
    articleTitle: "Artikel C",
    articleOutlet: "Tageszeitung",
    party: "KP",
    caveat: true,
    contentVerdict: null,
  });
  expect(newest[2]).toMatchObject({
    valueText: "mehr als 10.000",
    qualifier: "mehr als",
    what: "Soldaten",
    actorName: "Pentagon",
    contentVerdict: "DISPUTED",
    attributionVerdict: "MISATTRIBUTED",
  });

  const byArticle = (await listQueue(db.prisma, filters({ sort: "article" }))).items;
  const expected = [...newest].sort((x, y) =>
    x.articleId < y.articleId ? -1 : x.articleId > y.articleId ? 1 : x.start - y.start,
  );
  expect(byArticle.map((i) => i.id)).toEqual(expected.map((i) => i.id));
});

test("counts per status follow every filter except the status filter", async () => {
  const all = { open: 2, verified: 1, disputed: 1, unverifiable: 1 };
  expect((await listQueue(db.prisma, filters())).counts).toEqual(all);
  expect((await listQueue(db.prisma, filters({ status: "verified" }))).counts).toEqual(all);
  expect(await countQueue(db.prisma, filters({ caveat: "yes" }))).toEqual({ open: 2, verified: 1, disputed: 0, unverifiable: 0 });
  expect(await countQueue(db.prisma, filters({ outlet: "Deutsche Tageszeitung", status: "open" }))).toEqual({
    open: 0,
    verified: 0,
    disputed: 1,
    unverifiable: 1,
  });
  expect(await countQueue(db.prisma, filters({ notaclaim: "include" }))).toEqual({ ...all, open: 3 });
});

test("invalid parameters are ignored with a German note, the valid ones still apply", async () => {
  const parsed = parseQueueFilters({
    party: "XX",
    status: "erledigt",
    caveat: "vielleicht",
    from: "2024-13-01",
    cursor: "kaputt!",
    sort: "zufall",
    limit: "100000",
    article: "a b",
    q: "Drohnen",
  });
  expect(parsed.notes).toHaveLength(8);
  for (const note of parsed.notes) expect(note).toMatch(/ignoriert|ungültig/);
  expect(parsed.filters).toMatchObject({
    party: undefined,
    status: undefined,
    caveat: undefined,
    from: undefined,
    cursor: undefined,
    sort: "newest",
    limit: DEFAULT_PAGE_SIZE,
    q: "Drohnen",
  });
  const page = await listQueue(db.prisma, parsed.filters);
  expect(page.items.map((i) => i.id)).toEqual([claimIds.uaVerified]);
});

describe("keyset pagination over many claims with ties", () => {
  const many: string[] = [];
  let D: { id: string };
  beforeAll(async () => {
    D = await db.prisma.article.create({
      data: { title: "Artikel D", outlet: "Viele", text: "viel", textSha256: "d".repeat(64) },
    });
    const E = await db.prisma.article.create({
      data: { title: "Artikel E", outlet: "Viele", text: "noch mehr", textSha256: "e".repeat(64) },
    });
    // 150 claims on only five timestamps (as one ingest stores all claims of an article at once)
    // and repeated start offsets, so both sort keys tie and the id must break the ties.
    const data: Prisma.ClaimCreateManyInput[] = [];
    for (let i = 0; i < 150; i++) {
      data.push({
        articleId: i % 2 ? D.id : E.id,
        start: i % 11,
        end: 20,
        sentence: `Satz ${i}`,
        valueText: String(i),
        value: i,
        what: "Stapel",
        actorName: "Stapelquelle",
        party: "OTHER",
        createdAt: new Date(Date.UTC(2025, 0, 1, 0, 0, i % 5)),
        updatedAt: new Date(),
      });
    }
    await db.prisma.claim.createMany({ data });
    many.push(...(await db.prisma.claim.findMany({ where: { what: "Stapel" }, select: { id: true } })).map((c) => c.id));
  });

  test.each(["newest", "article"])("sort=%s: every claim appears exactly once, in sort order", async (sort) => {
    const pages = await allPages({ sort, actor: "Stapelquelle" }, 7);
    const seen = pages.flat();
    expect(pages.length).toBe(Math.ceil(150 / 7));
    expect(pages.slice(0, -1).every((p) => p.length === 7)).toBe(true);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...many].sort());
    const single = (await listQueue(db.prisma, filters({ sort, actor: "Stapelquelle", limit: "100" }))).items.map((i) => i.id);
    expect(seen.slice(0, 100)).toEqual(single);
  });

  test("the cursor survives the URL round trip and pages through the whole queue", async () => {
    const seen: string[] = [];
    let params: Record<string, string> = { limit: "13" };
    for (;;) {
      const { filters: f, notes } = parseQueueFilters(params);
      expect(notes).toEqual([]);
      const page = await listQueue(db.prisma, f);
      seen.push(...page.items.map((i) => i.id));
      if (!page.nextCursor) break;
      const { queueQuery } = await import("@/lib/claims/queue-filters");
      params = Object.fromEntries(new URLSearchParams(queueQuery(f, { cursor: page.nextCursor })));
    }
    expect(seen).toHaveLength(155);
    expect(new Set(seen).size).toBe(155);
  });

  test("a new claim inserted mid-way does not shift the pages already being read", async () => {
    const first = await listQueue(db.prisma, filters({ actor: "Stapelquelle", limit: "10" }));
    const inserted = await db.prisma.claim.create({
      data: {
        articleId: D.id,
        start: 99,
        end: 100,
        sentence: "neu",
        valueText: "1",
        value: 1,
        what: "neu",
        actorName: "Stapelquelle",
        updatedAt: new Date(),
      },
    });
    const second = await listQueue(db.prisma, { ...filters({ actor: "Stapelquelle", limit: "10" }), cursor: first.nextCursor! });
    const overlap = second.items.filter((i) => first.items.some((j) => j.id === i.id));
    expect(overlap).toEqual([]);
    expect(second.items.map((i) => i.id)).not.toContain(inserted.id);
    expect(second.items).toHaveLength(10);
    await db.prisma.claim.delete({ where: { id: inserted.id } });
  });
});

test("the queries use LIMIT and a keyset condition, never OFFSET", async () => {
  // The queue's queries run on the client's pg pool (queryRows): every statement text sent is recorded.
  const queries: string[] = [];
  const logged = createPrismaClient(db.url);
  const pool = pgPoolOf(logged);
  const send = pool.query.bind(pool) as (config: { text: string }) => Promise<unknown>;
  (pool as unknown as { query: typeof send }).query = (config) => {
    queries.push(config.text);
    return send(config);
  };
  try {
    for (const sort of ["newest", "article"]) {
      const first = await listQueue(logged, filters({ sort, limit: "2" }));
      expect(first.nextCursor).not.toBeNull();
      // (The ranked keyset under a search: tests/integration/claims/search.test.ts.)
      await listQueue(logged, { ...filters({ sort, limit: "2", party: "OTHER" }), cursor: first.nextCursor! });
    }
  } finally {
    // Prisma itself never connected (no Prisma query ran): its $disconnect would leave the pool open.
    await pool.end();
  }
  const pageQueries = queries.filter((q) => /ORDER BY/i.test(q));
  expect(pageQueries).toHaveLength(4);
  for (const q of queries) expect(q).not.toMatch(/\bOFFSET\b/i);
  for (const q of pageQueries) expect(q).toMatch(/\bLIMIT\b/i);
  expect(pageQueries.filter((q) => /\(c\.created_at, c\.id\) </.test(q))).toHaveLength(1);
  expect(pageQueries.filter((q) => /\(c\.article_id, c\.start, c\.id\) >/.test(q))).toHaveLength(1);
});

test("counts from the trigger-maintained summary equal a live count through inserts, verdict changes, deletes and rollbacks", async () => {
  const live = async (where: Prisma.ClaimWhereInput) => {
    const groups = await db.prisma.claim.groupBy({ by: ["contentVerdict"], where, _count: { _all: true } });
    const n = (v: string | null) => groups.find((g) => g.contentVerdict === v)?._count._all ?? 0;
    return { open: n(null), verified: n("VERIFIED"), disputed: n("DISPUTED"), unverifiable: n("UNVERIFIABLE") };
  };
  const cases: [RawParams, Prisma.ClaimWhereInput][] = [
    [{}, { notAClaim: false }],
    [{ notaclaim: "include" }, {}],
    [{ notaclaim: "only" }, { notAClaim: true }],
    [
      { party: "UA", caveat: "yes" },
      { notAClaim: false, party: "UA", caveat: true },
    ],
    [{ attribution: "open" }, { notAClaim: false, attributionVerdict: null }],
  ];
  const check = async () => {
    for (const [params, where] of cases) {
      expect(await countQueue(db.prisma, filters(params))).toEqual(await live(where));
    }
  };
  await check();

  const base = {
    articleId: C.id,
    end: 3,
    sentence: "Summentest",
    valueText: "7",
    value: 7,
    qualifier: "",
    what: "Summentest",
    actorName: "Summentest",
    updatedAt: new Date(),
  };
  await db.prisma.claim.createMany({
    data: [
      { ...base, start: 900, party: "UA", caveat: true },
      { ...base, start: 901, party: "UA", caveat: true, contentVerdict: "VERIFIED" },
      { ...base, start: 902, party: "RU", caveat: false, notAClaim: true },
    ],
  });
  await check();
  await db.prisma.claim.updateMany({
    where: { what: "Summentest", party: "UA" },
    data: { contentVerdict: "DISPUTED", attributionVerdict: "CONFIRMED" },
  });
  await check();
  await db.prisma.claim.updateMany({ where: { what: "Summentest" }, data: { sentence: "Summentest, nur der Satz" } });
  await check();
  await expect(
    db.prisma.$transaction(async (tx) => {
      await tx.claim.updateMany({ where: { what: "Summentest" }, data: { notAClaim: false, contentVerdict: "UNVERIFIABLE" } });
      throw new Error("zurückrollen");
    }),
  ).rejects.toThrow("zurückrollen");
  await check();
  await db.prisma.claim.deleteMany({ where: { what: "Summentest" } });
  await check();
});
