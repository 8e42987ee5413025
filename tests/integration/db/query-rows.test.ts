// queryRows (lib/db/prisma.ts) runs hot read queries on the pool, some as named prepared
// statements. Next.js loads that module once per bundle layer (pages, route handlers) while
// they share the one global client and its pool: two copies must never give one name to two texts.
import { createPrismaClient, pgPoolOf, queryRows } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();

test("two copies of the module prepare different statements on one shared connection", async () => {
  let otherCopy: typeof queryRows | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    otherCopy = (require("@/lib/db/prisma") as { queryRows: typeof queryRows }).queryRows;
  });
  expect(otherCopy).not.toBe(queryRows);
  const prisma = createPrismaClient(db.url, 1); // one connection: every statement lands on it
  try {
    const first = await queryRows<{ n: number }>(prisma, Prisma.sql`SELECT ${1}::int AS n`, { prepared: true });
    const second = await otherCopy!<{ s: string }>(prisma, Prisma.sql`SELECT ${"zwei"}::text AS s`, { prepared: true });
    const again = await otherCopy!<{ n: number }>(prisma, Prisma.sql`SELECT ${3}::int AS n`, { prepared: true });
    expect([first, second, again]).toEqual([[{ n: 1 }], [{ s: "zwei" }], [{ n: 3 }]]);
  } finally {
    await pgPoolOf(prisma).end();
  }
});
