// Several instances started at once on a fresh database each seed the demo data (npm start).
// Without taking turns, every instance finds no demo user and inserts one; all but the first
// then stop on the unique e-mail ("Unerwarteter Fehler beim Start").
import { seedDemoExclusively } from "@/lib/seed/seed-demo";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();

test("three instances seeding one fresh database at once: all succeed, the demo data exists once", async () => {
  const outcomes = await Promise.allSettled([1, 2, 3].map(() => seedDemoExclusively(db.url, db.prisma)));
  expect(outcomes.flatMap((o) => (o.status === "rejected" ? [String(o.reason)] : []))).toEqual([]);
  const created = outcomes.flatMap((o) => (o.status === "fulfilled" ? o.value.createdUsers : []));
  expect(created.map((u) => u.role).sort()).toEqual(["ADMIN", "APPROVER", "EDITOR"]);
  expect(await db.prisma.user.count()).toBe(3);
  expect(await db.prisma.article.count()).toBe(5);
});
