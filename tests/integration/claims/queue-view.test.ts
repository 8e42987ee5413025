// The queue page reads its claims, counts and heads in fewer statements (lib/claims/queue-view.ts)
// than one each (listQueue's page and counts, listQueueHeads): the same page, cursors, counts,
// returned claims and rechecks as those, in fewer round trips (a first page 2 instead of 3, a
// further page 1 instead of 2).
import { returnClaim, submitClaim } from "@/lib/approvals/workflow";
import { listQueue } from "@/lib/claims/queue";
import { parseQueueFilters, type QueueFilters, type RawParams } from "@/lib/claims/queue-filters";
import { listQueueHeads } from "@/lib/claims/queue-heads";
import { loadQueueView, type HeadsRequest } from "@/lib/claims/queue-view";
import { countingRawQueries } from "../../helpers/pg-activity";
import { setupTestDatabase } from "../../helpers/test-db";
import { makeRoleUser, reviewedClaim } from "../approvals/fixtures";

const db = setupTestDatabase();
let heads: HeadsRequest;

beforeAll(async () => {
  const anna = await makeRoleUser(db.prisma, "Anna Redaktion", "EDITOR");
  const frieda = await makeRoleUser(db.prisma, "Frieda Freigabe", "APPROVER");
  // Six articles with their claims; three of Anna's claims returned, one waiting for approval.
  for (let i = 0; i < 6; i++) {
    const claim = await reviewedClaim(db.prisma, anna);
    if (i >= 4) continue;
    const submitted = await submitClaim(db.prisma, anna, { claimId: claim.id, version: claim.version });
    if (i === 3) continue;
    await returnClaim(db.prisma, frieda, { claimId: claim.id, version: submitted.version, comment: `Kommentar <${i}>` });
  }
  heads = { userId: anna.id, returnedLimit: 2 };
});

const filtersOf = (params: RawParams): QueueFilters => {
  const parsed = parseQueueFilters(params);
  expect(parsed.notes).toEqual([]);
  return parsed.filters;
};

/** What the page read before: listQueue and listQueueHeads, and how many statements they ran. */
async function separately(f: QueueFilters, withHeads: boolean) {
  const { client, count } = countingRawQueries(db.prisma);
  const [page, listed] = await Promise.all([
    listQueue(client, f),
    withHeads ? listQueueHeads(client, heads.userId, heads.returnedLimit) : Promise.resolve(null),
  ]);
  return { view: { page, heads: listed }, statements: count() };
}

async function together(f: QueueFilters, withHeads: boolean) {
  const { client, count } = countingRawQueries(db.prisma);
  const view = await loadQueueView(client, f, withHeads ? heads : null);
  return { view, statements: count() };
}

test.each([
  ["unfiltered first page", {}, 2],
  ["filtered by status (trigger-kept counts, page planned per run)", { status: "open" }, 2],
  ["filtered by source (counts over claims)", { actor: "Selenskyj" }, 2],
  ["in article order", { sort: "article", limit: "3" }, 2],
])(
  "%s %j: the same page, counts and heads as listQueue and listQueueHeads, in %i statement(s) instead of 3",
  async (_name, params, statements) => {
    const f = filtersOf({ limit: "4", ...params });
    const before = await separately(f, true);
    const after = await together(f, true);
    expect(after.view).toEqual(before.view);
    expect(after.view.page.items.length).toBeGreaterThan(0);
    expect(after.view.heads!.returned.claims.length).toBe(2);
    expect(after.view.heads!.returned.total).toBe(3);
    expect(after.statements).toBe(statements);
    expect(before.statements).toBe(3);
  },
);

test("further pages both ways: the same items and cursors, one statement instead of two", async () => {
  for (const sort of ["newest", "article"]) {
    const first = await together(filtersOf({ limit: "2", sort }), true);
    const forward = { ...filtersOf({ limit: "2", sort }), cursor: first.view.page.nextCursor! };
    const next = await together(forward, false);
    const reference = await separately(forward, false);
    expect(next.view).toEqual(reference.view);
    expect(next.view.heads).toBeNull();
    expect(next.statements).toBe(1);
    expect(reference.statements).toBe(2);
    const backward = { ...filtersOf({ limit: "2", sort }), cursor: next.view.page.prevCursor! };
    const back = await together(backward, false);
    expect(back.view).toEqual((await separately(backward, false)).view);
    expect(back.view.page.items.map((i) => i.id)).toEqual(first.view.page.items.map((i) => i.id));
  }
});

test("under a search the page keeps its own queries (bounded counts), with the same result", async () => {
  const f = filtersOf({ q: "Kommentar OR 11000" });
  const after = await together(f, true);
  expect(after.view).toEqual((await separately(f, true)).view);
  expect(after.view.page.countLimit).not.toBeNull();
});
