// The queue page serves its page, counts and heads (returned claims, rechecks) from the view cache
// (lib/db/view-cache.ts) while nothing they read has changed: a repeated view is its gate
// statement alone. Each write the heads show is made after a view was kept, and the next identical
// view must show it; heads are the viewer's own.
import { approveClaim, returnClaim, submitClaim } from "@/lib/approvals/workflow";
import { createSession } from "@/lib/auth/sessions";
import { DEFAULT_PAGE_SIZE, parseQueueFilters, type QueueFilters } from "@/lib/claims/queue-filters";
import { RETURNED_PREVIEW } from "@/lib/claims/returned";
import { loadQueueViewAs } from "@/lib/claims/queue-view";
import { HANDLING_ACTIONS } from "@/lib/clusters/recheck";
import { countingRawQueries } from "../../helpers/pg-activity";
import { setupTestDatabase } from "../../helpers/test-db";
import { servedFromCache } from "../../helpers/view-cache";
import { makeRoleUser, reviewedClaim } from "../approvals/fixtures";

const db = setupTestDatabase();
const ORIGIN = { address: "198.51.100.8", userAgent: "Testbrowser/1.0" };

let counting: ReturnType<typeof countingRawQueries>;
let anna: Awaited<ReturnType<typeof makeRoleUser>>;
let ben: Awaited<ReturnType<typeof makeRoleUser>>;
let frieda: Awaited<ReturnType<typeof makeRoleUser>>;
const sessions: Record<string, string> = {};

const firstPage = (): QueueFilters => parseQueueFilters({ limit: String(DEFAULT_PAGE_SIZE) }).filters;

/** The user's first queue page and how many statements it sent. */
async function view(user: { id: string }, f: QueueFilters = firstPage()) {
  const before = counting.count();
  const loaded = await loadQueueViewAs(counting.client, f, { sessionId: sessions[user.id], userId: user.id }, RETURNED_PREVIEW);
  return { view: loaded.view!, statements: counting.count() - before };
}

/** Repeats the view until a repeat comes from the cache, and returns it. */
const kept = async (user: { id: string }, f?: QueueFilters) => (await servedFromCache(() => view(user, f))).view;

/** A claim of Anna's, submitted by her and returned by Frieda. */
async function returnedClaimOfAnna(comment: string) {
  const claim = await reviewedClaim(db.prisma, anna);
  const submitted = await submitClaim(db.prisma, anna, { claimId: claim.id, version: claim.version });
  await returnClaim(db.prisma, frieda, { claimId: claim.id, version: submitted.version, comment });
  return claim;
}

beforeAll(async () => {
  counting = countingRawQueries(db.prisma);
  anna = await makeRoleUser(db.prisma, "Anna Redaktion", "EDITOR");
  ben = await makeRoleUser(db.prisma, "Ben Redaktion", "EDITOR");
  frieda = await makeRoleUser(db.prisma, "Frieda Freigabe", "APPROVER");
  for (const user of [anna, ben]) sessions[user.id] = await createSession(db.prisma, user.id, ORIGIN);
  await returnedClaimOfAnna("Bitte Beleg ergänzen.");
});

test("a returned claim shows at once in its editor's next view, not in another editor's", async () => {
  expect((await kept(anna)).heads!.returned.total).toBe(1);
  expect((await kept(ben)).heads!.returned.total).toBe(0);
  await returnedClaimOfAnna("Quelle fehlt.");
  const annas = await view(anna);
  expect(annas.statements).toBeGreaterThan(1);
  expect(annas.view.heads!.returned.total).toBe(2);
  expect(annas.view.heads!.returned.claims[0].comment).toBe("Quelle fehlt.");
  expect((await view(ben)).view.heads!.returned.total).toBe(0);
});

test("a recheck flag on an approved claim the editor handled shows in the next view", async () => {
  const claim = await reviewedClaim(db.prisma, anna);
  const submitted = await submitClaim(db.prisma, anna, { claimId: claim.id, version: claim.version });
  await approveClaim(db.prisma, frieda, { claimId: claim.id, version: submitted.version });
  expect((await kept(anna)).heads!.rechecks).toEqual([]);
  await db.prisma.claimRecheck.create({
    data: { claimId: claim.id, articleId: claim.articleId, reason: "Neue Meldung nennt 9.000." },
  });
  const next = await view(anna);
  expect(next.view.heads!.rechecks.map((r) => r.claimId)).toEqual([claim.id]);
  await db.prisma.claimRecheck.delete({ where: { claimId: claim.id } });
  expect((await view(anna)).view.heads!.rechecks).toEqual([]);
});

test("a filtered page is kept as well and shows a verdict change at once", async () => {
  const open = parseQueueFilters({ status: "open" }).filters;
  const before = await kept(anna, open);
  const claim = before.page.items[0];
  await db.prisma.claim.update({ where: { id: claim.id }, data: { contentVerdict: "DISPUTED", version: { increment: 1 } } });
  const after = await view(anna, open);
  expect(after.statements).toBeGreaterThan(1);
  expect(after.view.page.items.map((i) => i.id)).not.toContain(claim.id);
  expect(after.view.page.counts.open).toBe(before.page.counts.open! - 1);
});

test("the audit trigger notes exactly the actions the heads read (returns and the rechecks' handling actions)", async () => {
  const [row] = await db.prisma.$queryRaw<{ def: string }[]>`
    SELECT pg_get_triggerdef(t.oid) AS def FROM pg_trigger t WHERE t.tgname = 'audit_events_search_changes'`;
  for (const action of ["claim.return", ...HANDLING_ACTIONS]) expect(row.def).toContain(`'${action}'`);
  const [recheckTrigger] = await db.prisma.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM pg_trigger t WHERE t.tgname = 'claim_rechecks_search_changes'`;
  expect(recheckTrigger.n).toBe(BigInt(1));
});
