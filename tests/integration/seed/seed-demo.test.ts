import { authenticate } from "@/lib/auth/authenticate";
import { seedDemo } from "@/lib/seed/seed-demo";
import { DEFAULT_ACTORS } from "@/lib/extraction";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();

test("first seed creates one user per role, the actors and the five demo articles with claims", async () => {
  const result = await seedDemo(db.prisma);
  expect(result.createdUsers.map((u) => u.role).sort()).toEqual(["ADMIN", "APPROVER", "EDITOR"]);
  expect(result.createdArticles).toBe(5);

  for (const u of result.createdUsers) {
    expect(u.password.length).toBeGreaterThanOrEqual(16);
    await expect(authenticate(db.prisma, { email: u.email, password: u.password })).resolves.toMatchObject({ role: u.role });
  }
  expect(await db.prisma.actor.count()).toBe(new Set(DEFAULT_ACTORS.map((a) => a.canonicalName)).size);

  const articles = await db.prisma.article.findMany({ include: { claims: true } });
  expect(articles).toHaveLength(5);
  const totalClaims = articles.reduce((n, a) => n + a.claims.length, 0);
  expect(totalClaims).toBeGreaterThan(10);
  for (const article of articles) {
    for (const claim of article.claims) {
      expect(article.text.slice(claim.start, claim.end)).toBe(claim.valueText);
    }
  }
});

test("seeding again changes nothing and keeps the passwords", async () => {
  const before = await db.prisma.user.findMany({ orderBy: { email: "asc" } });
  const result = await seedDemo(db.prisma);
  expect(result).toEqual({ createdUsers: [], createdArticles: 0 });
  const after = await db.prisma.user.findMany({ orderBy: { email: "asc" } });
  expect(after.map((u) => u.passwordHash)).toEqual(before.map((u) => u.passwordHash));
  expect(await db.prisma.article.count()).toBe(5);
});
