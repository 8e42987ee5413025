// The queue page reads its claims, counts and heads in fewer statements (lib/claims/queue-view.ts)
// than one each (listQueue's page and counts, listQueueHeads): the same page, cursors, counts,
// returned claims and rechecks as those, in fewer round trips (an unfiltered first page 1 instead
// of 3, a filtered one 2, a further page 1 instead of 2). The prepared statements keep their
// generic plan (planning each run cost ~0.5 ms of database CPU per view at a million claims).
import { returnClaim, submitClaim } from "@/lib/approvals/workflow";
import { listQueue } from "@/lib/claims/queue";
import { DEFAULT_PAGE_SIZE, parseQueueFilters, type QueueFilters, type RawParams } from "@/lib/claims/queue-filters";
import { listQueueHeads } from "@/lib/claims/queue-heads";
import { createSession, liveSessionQuery, revokeSession } from "@/lib/auth/sessions";
import {
  loadQueueView,
  loadQueueViewAs,
  queueViewStatements,
  viewStatementQuery,
  type HeadsRequest,
} from "@/lib/claims/queue-view";
import { Client } from "pg";
import { countingRawQueries } from "../../helpers/pg-activity";
import { asDatabaseOwner, setupTestDatabase } from "../../helpers/test-db";
import { makeRoleUser, reviewedClaim } from "../approvals/fixtures";

const db = setupTestDatabase();
let heads: HeadsRequest;
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
  ["unfiltered first page", { limit: String(DEFAULT_PAGE_SIZE) }, 1],
  ["unfiltered first page of another size (page planned per run)", {}, 2],
  ["filtered by status (trigger-kept counts, page planned per run)", { status: "open" }, 2],
  ["filtered by source (counts over claims)", { actor: "Selenskyj" }, 2],
  ["in article order", { sort: "article", limit: String(DEFAULT_PAGE_SIZE) }, 1],
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

const ORIGIN = { address: "198.51.100.7", userAgent: "Testbrowser/1.0" };

/** The filters of a case: "further page" (a `cursor` key) gets the second page's cursor. */
async function caseFilters(params: RawParams): Promise<QueueFilters> {
  if (!("cursor" in params)) return filtersOf(params);
  const { cursor: _cursor, ...first } = params;
  const cursor = (await loadQueueView(db.prisma, filtersOf(first), null)).page.nextCursor!;
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
  "a live session's %s: the same view as loadQueueView, the session checked in the view's own statements (%j)",
  async (_name, params, returnedLimit) => {
    const f = await caseFilters(params);
    const { client, count } = countingRawQueries(db.prisma);
    const reference = await loadQueueView(client, f, returnedLimit === null ? null : { userId: anna.id, returnedLimit });
    const referenceStatements = count();

    const sessionId = await createSession(db.prisma, anna.id, ORIGIN);
    const counted = countingRawQueries(db.prisma);
    const loaded = await loadQueueViewAs(counted.client, f, { sessionId, userId: anna.id }, returnedLimit);
    expect(loaded.user).toEqual({ id: anna.id, email: anna.email, name: anna.name, role: "EDITOR" });
    expect(loaded.view).toEqual(reference);
    // No statement of its own for the session check (a search: the gate replaces the heads' statement,
    // or without heads the session statement; the search cache's freshness query and page follow).
    expect(counted.count()).toBeLessThanOrEqual(referenceStatements + (returnedLimit === null && "q" in params ? 1 : 0));
    if (!("q" in params)) expect(counted.count()).toBe(referenceStatements);
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
    // A search stops after its gate: neither the search cache's freshness query nor the search runs.
    if ("q" in params) expect(count()).toBe(1);
  },
);

test("a gated statement computes none of its parts for a dead session", async () => {
  const f = filtersOf({ limit: String(DEFAULT_PAGE_SIZE) });
  const [statement] = queueViewStatements(f, heads);
  const sessionId = await createSession(db.prisma, anna.id, ORIGIN);
  await revokeSession(db.prisma, sessionId, "LOGOUT");
  const query = viewStatementQuery(statement, liveSessionQuery(sessionId, anna.id));
  const plan = await db.prisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
    `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ${query.text}`,
    ...(query.values as unknown[]),
  );
  const lines = plan.map((row) => row["QUERY PLAN"]);
  // The parts are InitPlans of the select list: PostgreSQL runs them only for a row it returns.
  const partPlans = lines.filter((line) => /InitPlan|SubPlan/.test(line));
  expect(partPlans.length).toBeGreaterThan(0);
  expect(
    lines
      .filter((line) => /Index Scan using claims_created_at|on claims /.test(line))
      .every((line) => /never executed/.test(line)),
  ).toBe(true);
  expect(lines.join("\n")).toMatch(/never executed/);
});

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
  const further = { ...first, cursor: (await together(first, false)).view.page.nextCursor! };
  expect(further.cursor).toBeDefined();
  for (const [f, withHeads] of [
    [first, false],
    [further, false],
    [first, true],
  ] as const) {
    const statements = queueViewStatements(f, withHeads ? heads : null);
    expect(statements).toHaveLength(1);
    expect(statements[0].prepared).toBe(true);
    // Also with the session checked in the statement (loadQueueViewAs).
    const gate = liveSessionQuery("s-unbekannt", anna.id);
    for (const query of [viewStatementQuery(statements[0]), viewStatementQuery(statements[0], gate)]) {
      // PostgreSQL tries five per-run plans before it compares them with the generic one.
      const plans = await plansAfter({ text: query.text, values: query.values as unknown[] }, 10);
      expect({ withHeads, gated: query.text.includes("live_user"), generic: plans.generic >= 5 }).toMatchObject({
        generic: true,
      });
    }
  }
});

test("other page sizes share one statement text (they cannot fill the bounded set of prepared statements)", () => {
  const texts = ["10", "11", "99"].map((limit) => viewStatementQuery(queueViewStatements(filtersOf({ limit }), heads)[0]).text);
  expect(new Set(texts).size).toBe(1);
  expect(viewStatementQuery(queueViewStatements(filtersOf({}), heads)[0]).text).not.toBe(texts[0]);
});
