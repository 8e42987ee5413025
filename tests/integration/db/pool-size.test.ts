// The app's connection pool is as large as QUELLENLAGE_DB_POOL_SIZE says: several instances on
// one managed server must stay within its max_connections together.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();
let prisma: PrismaClient | undefined;

afterAll(async () => {
  await prisma?.$disconnect();
});

test("getPrisma opens at most QUELLENLAGE_DB_POOL_SIZE connections, however many queries wait", async () => {
  process.env.DATABASE_URL = db.url;
  process.env.QUELLENLAGE_DB_POOL_SIZE = "3";
  const { getPrisma } = await import("@/lib/db/prisma");
  prisma = getPrisma();
  const pids = await Promise.all(
    Array.from({ length: 9 }, () => prisma!.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid, pg_sleep(0.1)::text`),
  );
  expect(new Set(pids.map(([row]) => row.pid)).size).toBe(3);
});
