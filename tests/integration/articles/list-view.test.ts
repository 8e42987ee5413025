// /articles reads its page through the view cache (lib/articles/list-view.ts): a repeated list is
// the session statement alone; a new article, a changed title and a claim's verdict (the "open
// claims" filter) show in the next identical list; a dead session reads nothing beyond its check.
import { loadArticleListAs } from "@/lib/articles/list-view";
import { parseArticleFilters } from "@/lib/articles/list-filters";
import { createSession, revokeSession } from "@/lib/auth/sessions";
import { countingRawQueries } from "../../helpers/pg-activity";
import { setupTestDatabase } from "../../helpers/test-db";
import { servedFromCache } from "../../helpers/view-cache";
import { makeRoleUser, reviewedClaim } from "../approvals/fixtures";

const db = setupTestDatabase();
const ORIGIN = { address: "198.51.100.9", userAgent: "Testbrowser/1.0" };

let counting: ReturnType<typeof countingRawQueries>;
let session: { sessionId: string; userId: string };

async function list(params: Record<string, string> = {}) {
  const before = counting.count();
  const loaded = await loadArticleListAs(counting.client, session, undefined, parseArticleFilters(params).filters);
  return { page: loaded.page!, statements: counting.count() - before };
}

/** Repeats the list until a repeat comes from the cache, and returns that page. */
const kept = async (params: Record<string, string> = {}) => (await servedFromCache(() => list(params))).page;

beforeAll(async () => {
  counting = countingRawQueries(db.prisma);
  const editor = await makeRoleUser(db.prisma, "Erika Redaktion", "EDITOR");
  session = { sessionId: await createSession(db.prisma, editor.id, ORIGIN), userId: editor.id };
  await reviewedClaim(db.prisma, editor);
});

test("a new article and a changed title show in the next identical list", async () => {
  const before = await kept();
  const created = await db.prisma.article.create({
    data: { title: "Neuer Artikel", outlet: "Testmedium", text: "Text", textSha256: "f".repeat(64) },
  });
  const after = await list();
  expect(after.statements).toBeGreaterThan(1);
  expect(after.page.total).toBe(before.total + 1);
  expect(after.page.items[0].title).toBe("Neuer Artikel");
  await kept();
  await db.prisma.article.update({ where: { id: created.id }, data: { title: "Geänderter Titel" } });
  expect((await list()).page.items[0].title).toBe("Geänderter Titel");
});

test("the open-claims filter follows a claim's verdict at once", async () => {
  const open = await kept({ open: "1" });
  const claims = await db.prisma.claim.findMany({ where: { contentVerdict: null }, select: { id: true, articleId: true } });
  expect(open.items.length).toBeGreaterThan(0);
  const articleIds = new Set(claims.map((c) => c.articleId));
  await db.prisma.claim.updateMany({ where: { articleId: { in: [...articleIds] } }, data: { contentVerdict: "VERIFIED" } });
  expect((await list({ open: "1" })).page.items).toEqual([]);
});

test("a revoked session gets nothing and reads nothing beyond its check", async () => {
  const sessionId = await createSession(db.prisma, session.userId, ORIGIN);
  await revokeSession(db.prisma, sessionId, "LOGOUT");
  const before = counting.count();
  const loaded = await loadArticleListAs(counting.client, { ...session, sessionId }, undefined, {});
  expect(loaded).toEqual({ user: null, page: null });
  expect(counting.count() - before).toBe(1);
});
