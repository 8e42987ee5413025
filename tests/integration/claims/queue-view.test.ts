// The queue page reads its claims and counts in one statement (lib/claims/queue-view.ts) instead of
// listQueue's two: the same page, cursors and counts. The session check with the view cache's
// freshness key is a statement of its own before it; nothing else runs for a dead session. The
// prepared statements keep their generic plan (planning each run cost ~0.5 ms of database CPU per
// view at a million claims).
import { returnClaim, submitClaim } from "@/lib/approvals/workflow";
import { listQueue } from "@/lib/claims/queue";
import { DEFAULT_PAGE_SIZE, parseQueueFilters, type QueueFilters, type RawParams } from "@/lib/claims/queue-filters";
import { listQueueHeads } from "@/lib/claims/queue-heads";
import { createSession, revokeSession } from "@/lib/auth/sessions";
import { loadQueuePage, loadQueueViewAs, queueViewStatement, viewStatementQuery } from "@/lib/claims/queue-view";
import { Client } from "pg";
import { countingRawQueries } from "../../helpers/pg-activity";
import { asDatabaseOwner, setupTestDatabase } from "../../helpers/test-db";
import { makeRoleUser, reviewedClaim } from "../approvals/fixtures";

const db = setupTestDatabase();
let anna: Awaited<ReturnType<typeof makeRoleUser>>;

beforeAll(async () => {
  anna = await makeRoleUser(db.prisma, "Anna Redaktion", "EDITOR");
  const frieda = await makeRoleUser(db.prisma, "Frieda Freigabe", "APPROVER");
  // Six articles with their claims; three of Anna's claims returned, one waiting for approval.
  for (let i = 0; i < 6; i++) {
    const claim = await reviewedClaim(db.prisma, anna);
    if (i >= 4) continue;
    const submitted = await submitClaim(db.prisma, anna, { claimId: claim.id, version: claim.version });
    if (i === 3) continue;
    await returnClaim(db.prisma, frieda, { claimId: claim.id, version: submitted.version, comment: `Kommentar <${i}>` });
  }
});

const filtersOf = (params: RawParams): QueueFilters => {
  const parsed = parseQueueFilters(params);
  expect(parsed.notes).toEqual([]);
  return parsed.filters;
};

/** What the page read before: listQueue, and how many statements it ran. */
async function separately(f: QueueFilters) {
  const { client, count } = countingRawQueries(db.prisma);
  const page = await listQueue(client, f);
  return { page, statements: count() };
}

async function together(f: QueueFilters) {
  const { client, count } = countingRawQueries(db.prisma);
  const page = await loadQueuePage(client, f);
  return { page, statements: count() };
}

test.each([
  ["unfiltered first page", { limit: String(DEFAULT_PAGE_SIZE) }],
  ["unfiltered first page of another size (page planned per run)", {}],
  ["filtered by status (trigger-kept counts, page planned per run)", { status: "open" }],
  ["filtered by source (counts over claims)", { actor: "Selenskyj" }],
  ["in article order", { sort: "article", limit: String(DEFAULT_PAGE_SIZE) }],
])("%s %j: the same page and counts as listQueue, in one statement instead of two", async (_name, params) => {
  const f = filtersOf({ limit: "4", ...params });
  const before = await separately(f);
  const after = await together(f);
  expect(after.page).toEqual(before.page);
  expect(after.page.items.length).toBeGreaterThan(0);
  expect(after.statements).toBe(1);
  expect(before.statements).toBe(2);
});

test("further pages both ways: the same items and cursors, one statement instead of two", async () => {
  for (const sort of ["newest", "article"]) {
    const first = await together(filtersOf({ limit: "2", sort }));
    const forward = { ...filtersOf({ limit: "2", sort }), cursor: first.page.nextCursor! };
    const next = await together(forward);
    const reference = await separately(forward);
    expect(next.page).toEqual(reference.page);
    expect(next.statements).toBe(1);
    expect(reference.statements).toBe(2);
    const backward = { ...filtersOf({ limit: "2", sort }), cursor: next.page.prevCursor! };
    const back = await together(backward);
    expect(back.page).toEqual((await separately(backward)).page);
    expect(back.page.items.map((i) => i.id)).toEqual(first.page.items.map((i) => i.id));
  }
});

test("under a search the page keeps its own queries (bounded counts), with the same result", async () => {
  const f = filtersOf({ q: "Kommentar OR 11000" });
  const after = await together(f);
  expect(after.page).toEqual((await separately(f)).page);
  expect(after.page.countLimit).not.toBeNull();
});

const ORIGIN = { address: "198.51.100.7", userAgent: "Testbrowser/1.0" };

/** The filters of a case: "further page" (a `cursor` key) gets the second page's cursor. */
async function caseFilters(params: RawParams): Promise<QueueFilters> {
  if (!("cursor" in params)) return filtersOf(params);
  const { cursor: _cursor, ...first } = params;
  const cursor = (await loadQueuePage(db.prisma, filtersOf(first))).nextCursor!;
  expect(cursor).toBeDefined();
  return { ...filtersOf(first), cursor };
}

const SESSION_CASES: [string, RawParams, number | null][] = [
  ["unfiltered first page", { limit: String(DEFAULT_PAGE_SIZE) }, 2],
  ["filtered first page", { status: "open", limit: "4" }, 2],
  ["further page", { limit: "2", cursor: "" }, null],
  ["search, first page", { q: "Kommentar OR 11000" }, 2],
  ["search, without heads", { q: "Kommentar OR 11000" }, null],
];

test.each(SESSION_CASES)(
  "a live session's %s: the same view as loadQueuePage and listQueueHeads after the session check, a repeat from the cache (%j)",
  async (_name, params, returnedLimit) => {
    const f = await caseFilters(params);
    const { client, count } = countingRawQueries(db.prisma);
    const reference = {
      page: await loadQueuePage(client, f),
      heads: returnedLimit === null ? null : await listQueueHeads(client, anna.id, returnedLimit),
    };
    const referenceStatements = count();

    const sessionId = await createSession(db.prisma, anna.id, ORIGIN);
    const counted = countingRawQueries(db.prisma);
    const loaded = await loadQueueViewAs(counted.client, f, { sessionId, userId: anna.id }, returnedLimit);
    expect(loaded.user).toEqual({ id: anna.id, email: anna.email, name: anna.name, role: "EDITOR" });
    expect(loaded.view).toEqual(reference);
    // First view: the gate statement (session and the view cache's freshness key), then the page
    // with its counts and the heads, each read once (a search: also its count of the bound).
    const first = counted.count();
    expect(first).toBe(referenceStatements + 1);
    // The same view again: the gate statement alone, page, counts and heads come from the cache.
    const again = await loadQueueViewAs(counted.client, f, { sessionId, userId: anna.id }, returnedLimit);
    expect(again).toEqual(loaded);
    expect(counted.count() - first).toBe(1);
  },
);

test.each(SESSION_CASES)(
  "a revoked session's %s: no user, nothing read beyond the gated statement(s) (%j)",
  async (_name, params, returnedLimit) => {
    const f = await caseFilters(params);
    const sessionId = await createSession(db.prisma, anna.id, ORIGIN);
    await revokeSession(db.prisma, sessionId, "LOGOUT");
    const { client, count } = countingRawQueries(db.prisma);
    const loaded = await loadQueueViewAs(client, f, { sessionId, userId: anna.id }, returnedLimit);
    expect(loaded).toEqual({ user: null, view: null });
    // Nothing runs after the gate statement: no page, no counts, no heads.
    expect(count()).toBe(1);
  },
);

/** How PostgreSQL planned a prepared statement after `runs` runs on one connection. */
async function plansAfter(statement: { text: string; values: unknown[] }, runs: number) {
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    for (let i = 0; i < runs; i++) await client.query({ name: "plan_probe", ...statement });
    const { rows } = await client.query<{ generic_plans: string; custom_plans: string }>(
      "SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE name = 'plan_probe'",
    );
    return { generic: Number(rows[0].generic_plans), custom: Number(rows[0].custom_plans) };
  } finally {
    await client.end();
  }
}

test("the prepared statements of unfiltered pages keep a generic plan instead of being planned per run", async () => {
  // Enough claims that a page is a small part of them: with its LIMIT as a bound value the generic
  // plan (which assumes a tenth of the table) costs far more than a per-run plan, and PostgreSQL
  // plans every run. Last test of the file: the copies change what the queue lists.
  await asDatabaseOwner(db.ownerUrl, async (client) => {
    // Plain copies for the planner's statistics; the triggers (counts, report lines, versions) are not needed.
    await client.query("SET session_replication_role = replica");
    await client.query(`INSERT INTO claims
      SELECT r.* FROM claims c, generate_series(1, 300) g,
             LATERAL jsonb_populate_record(NULL::claims, to_jsonb(c) || jsonb_build_object('id', c.id || '-' || g)) r`);
    await client.query("ANALYZE claims");
  });
  const first = filtersOf({});
  const further = { ...first, cursor: (await together(first)).page.nextCursor! };
  expect(further.cursor).toBeDefined();
  for (const f of [first, further]) {
    const statement = queueViewStatement(f);
    expect(statement.prepared).toBe(true);
    const query = viewStatementQuery(statement);
    // PostgreSQL tries five per-run plans before it compares them with the generic one.
    const plans = await plansAfter({ text: query.text, values: query.values as unknown[] }, 10);
    expect({ cursor: f.cursor !== undefined, generic: plans.generic >= 5 }).toMatchObject({ generic: true });
  }
});

test("other page sizes share one statement text (they cannot fill the bounded set of prepared statements)", () => {
  const texts = ["10", "11", "99"].map((limit) => viewStatementQuery(queueViewStatement(filtersOf({ limit }))).text);
  expect(new Set(texts).size).toBe(1);
  expect(viewStatementQuery(queueViewStatement(filtersOf({}))).text).not.toBe(texts[0]);
});
