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

test("the demo registry's official bodies carry their web domains, normalised; admin edits survive a new seed", async () => {
  const mod = await db.prisma.actor.findUniqueOrThrow({ where: { canonicalName: "Russisches Verteidigungsministerium" } });
  expect(mod).toMatchObject({ party: "RU", official: true, domains: ["mil.ru", "t.me/mod_russia"] });
  const ua = await db.prisma.actor.findUniqueOrThrow({ where: { canonicalName: "Ukrainisches Verteidigungsministerium" } });
  expect(ua.domains).toEqual(["mod.gov.ua", "mil.gov.ua"]);
  // Every name in the domain list is a registry entry (a typo would silently seed nothing).
  const { DEMO_ACTOR_DOMAINS } = await import("@/lib/seed/actor-domains");
  const named = await db.prisma.actor.count({
    where: { canonicalName: { in: Object.keys(DEMO_ACTOR_DOMAINS) }, domains: { isEmpty: false } },
  });
  expect(named).toBe(Object.keys(DEMO_ACTOR_DOMAINS).length);

  await db.prisma.actor.update({ where: { id: mod.id }, data: { domains: ["mil.ru"] } });
  await seedDemo(db.prisma);
  await expect(db.prisma.actor.findUniqueOrThrow({ where: { id: mod.id } })).resolves.toMatchObject({ domains: ["mil.ru"] });
});
