// A search's page and counts are served again from memory while nothing they read has changed
// (lib/db/view-cache.ts, migration 20261201100000_search_changes). Each kind of write a search
// page shows is made after the search was kept, and the next identical search must show it; a
// writer older than the newest change keeps the cache out of use until it has ended.
import { Client } from "pg";
import { submitClaim } from "@/lib/approvals/workflow";
import { writeAudit } from "@/lib/audit/audit";
import { listQueue } from "@/lib/claims/queue";
import { pruneSearchChanges } from "@/lib/db/view-cache";
import { parseQueueFilters, type RawParams } from "@/lib/claims/queue-filters";
import { countingRawQueries } from "../../helpers/pg-activity";
import { setupTestDatabase } from "../../helpers/test-db";
import { servedFromCache } from "../../helpers/view-cache";
import { makeRoleUser, reviewedClaim } from "../approvals/fixtures";

const db = setupTestDatabase();

let counting: ReturnType<typeof countingRawQueries>;
let editor: Awaited<ReturnType<typeof makeRoleUser>>;
let claimIds: { ua: string; articleId: string };

const search = (q: string, params: RawParams = {}) => {
  const { filters, notes } = parseQueueFilters({ limit: "100", q, ...params });
  expect(notes).toEqual([]);
  return listQueue(counting.client, filters);
};
/** The search's result and how many statements it sent. */
async function measured(q: string, params: RawParams = {}) {
  const before = counting.count();
  const page = await search(q, params);
  return { page, statements: counting.count() - before };
}
/** Repeats the search until a repeat comes from the cache, and returns that page. */
const kept = async (q: string, params: RawParams = {}) => (await servedFromCache(() => measured(q, params))).page;

beforeAll(async () => {
  counting = countingRawQueries(db.prisma);
  editor = await makeRoleUser(db.prisma, "Erika Redaktion", "EDITOR");
  // Claims "11.000 nordkoreanische Soldaten" (content verdict VERIFIED), "500 Raketen", "42 Drohnen".
  const claim = await reviewedClaim(db.prisma, editor);
  claimIds = { ua: claim.id, articleId: claim.articleId };
});

test("a repeated search sends only its freshness statement: no page, no count; each caller gets a copy", async () => {
  const first = await measured("Raketen");
  expect(first.page.items.map((i) => i.what)).toEqual(["Raketen"]);
  expect(first.statements).toBeGreaterThan(1);
  const again = await servedFromCache(() => measured("Raketen"));
  expect(again.page).toEqual(first.page);
  again.page.items[0].what = "verändert";
  again.page.counts.open = -1;
  const third = await search("Raketen");
  expect(third.items[0].what).toBe("Raketen");
  expect(third.counts.open).toBe(1);
});

test("a claim's new text, a new claim and a changed verdict show in the next identical search", async () => {
  expect((await kept("Soldaten")).items).toHaveLength(1);
  await db.prisma.claim.update({ where: { id: claimIds.ua }, data: { what: "nordkoreanische Truppen" } });
  expect((await search("Soldaten")).items).toHaveLength(0);

  expect((await kept("Drohnen")).counts).toMatchObject({ all: 1, open: 1 });
  const { articleId } = await db.prisma.claim.findFirstOrThrow({ where: { what: "Drohnen" } });
  await db.prisma.claim.create({
    data: {
      articleId,
      start: 0,
      end: 2,
      sentence: "Weitere 17 Drohnen.",
      valueText: "17",
      value: 17,
      what: "Drohnen",
      createdAt: new Date(Date.now() + 1000),
    },
  });
  const more = await search("Drohnen");
  expect(more.items.map((i) => i.valueText)).toEqual(["17", "42"]);

  await kept("Drohnen");
  await db.prisma.claim.updateMany({ where: { what: "Drohnen", valueText: "42" }, data: { contentVerdict: "DISPUTED" } });
  expect((await search("Drohnen")).counts).toMatchObject({ all: 2, open: 1, disputed: 1 });
});

test("an article's new \"Stand\" and a claim's further source show in the next identical search", async () => {
  // A new title also rewrites the claims' search vectors; the "Stand" line changes only the article.
  expect((await kept("Raketen")).items[0].articleStand).toBeNull();
  await db.prisma.article.update({ where: { id: claimIds.articleId }, data: { stand: "Stand: 10. Mai" } });
  expect((await search("Raketen")).items[0].articleStand).toBe("Stand: 10. Mai");

  // The party filter matches any source of a claim, also a further one (claim_sources).
  expect((await kept("Raketen", { party: "KP" })).items).toHaveLength(0);
  const raketen = await db.prisma.claim.findFirstOrThrow({ where: { what: "Raketen" } });
  await db.prisma.claimSource.create({ data: { claimId: raketen.id, position: 1, actorName: "KCNA", party: "KP" } });
  expect((await search("Raketen", { party: "KP" })).items).toHaveLength(1);
});

test("who submitted a claim, and that person's new name, show in the next identical search", async () => {
  const claim = await db.prisma.claim.findUniqueOrThrow({ where: { id: claimIds.ua } });
  await submitClaim(db.prisma, editor, { claimId: claim.id, version: claim.version });
  expect((await kept("Truppen")).items[0].submittedBy).toBe("Erika Redaktion");

  await db.prisma.user.update({ where: { id: editor.id }, data: { name: "Erika Neu" } });
  expect((await search("Truppen")).items[0].submittedBy).toBe("Erika Neu");

  // A later submission event alone (the page names the latest submitter).
  await kept("Truppen");
  const other = await makeRoleUser(db.prisma, "Otto Andere", "EDITOR");
  await db.prisma.$transaction((tx) =>
    writeAudit(tx, other, { action: "claim.submit", entityType: "Claim", entityId: claim.id, before: null, after: null }),
  );
  expect((await search("Truppen")).items[0].submittedBy).toBe("Otto Andere");
});

test("while a writer older than the newest change is still running nothing is kept; its change shows once committed", async () => {
  const older = new Client({ connectionString: db.url });
  await older.connect();
  try {
    await older.query("BEGIN");
    // Takes its transaction id now, before the change below.
    await older.query("SELECT pg_current_xact_id()");
    await db.prisma.claim.updateMany({ where: { what: "Raketen" }, data: { qualifier: "etwa" } });

    await search("Raketen");
    expect((await measured("Raketen")).statements).toBeGreaterThan(1);

    // The older writer's change carries a smaller transaction id than the newest change above.
    await older.query(`UPDATE claims SET content_verdict = 'UNVERIFIABLE' WHERE what = 'Raketen'`);
    await older.query("COMMIT");
    expect((await search("Raketen")).counts).toMatchObject({ all: 1, unverifiable: 1 });
  } finally {
    await older.end();
  }
});

test("a new key drops the notes of ended transactions and keeps the newest one, so the table does not grow", async () => {
  for (const qualifier of ["rund", "mehr als", "fast"]) {
    await db.prisma.claim.updateMany({ where: { what: "Raketen" }, data: { qualifier } });
  }
  const before = await db.prisma.$queryRaw<{ xid: bigint }[]>`SELECT xid FROM search_changes ORDER BY xid`;
  expect(before.length).toBeGreaterThan(2);
  await pruneSearchChanges(db.prisma, before[before.length - 1].xid);
  const after = await db.prisma.$queryRaw<{ xid: bigint }[]>`SELECT xid FROM search_changes`;
  expect(after).toEqual([before[before.length - 1]]);

  // The search path prunes by itself when it meets a new key (in the background: wait for it).
  await db.prisma.claim.updateMany({ where: { what: "Raketen" }, data: { qualifier: "etwa" } });
  await db.prisma.claim.updateMany({ where: { what: "Raketen" }, data: { qualifier: "rund" } });
  await search("Raketen");
  const newest = await db.prisma.$queryRaw<{ xid: bigint }[]>`SELECT max(xid) AS xid FROM search_changes`;
  for (let tries = 0; tries < 200; tries++) {
    const rows = await db.prisma.$queryRaw<{ xid: bigint }[]>`SELECT xid FROM search_changes`;
    if (rows.length === 1) break;
    await new Promise((resolve) => setImmediate(resolve));
  }
  expect(await db.prisma.$queryRaw`SELECT xid FROM search_changes`).toEqual(newest);
});

test("a running transaction in another database of the cluster does not keep the cache out of use", async () => {
  // Transaction ids are cluster-wide: only one of this database can still commit a change here.
  const elsewhere = new URL(db.ownerUrl);
  elsewhere.pathname = "/postgres";
  const other = new Client({ connectionString: elsewhere.toString() });
  await other.connect();
  try {
    await other.query("BEGIN");
    await other.query("SELECT pg_current_xact_id()");
    await db.prisma.claim.updateMany({ where: { what: "Raketen" }, data: { qualifier: "knapp" } });
    expect((await kept("Raketen")).items[0].valueText).toBe("500");
  } finally {
    await other.query("ROLLBACK");
    await other.end();
  }
});
