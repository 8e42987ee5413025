// A PostgreSQL session-level advisory lock around a piece of start-up work, on a connection of its
// own, so that several instances starting at once against one database take turns (the lock ends
// with the connection, also when the process dies).
import { Client } from "pg";

/** Keys of start-up steps (any fixed numbers; migrate.ts uses Prisma Migrate's own key). */
export const LOCK_KEYS = { appGrants: 72707301, demoSeed: 72707302 } as const;

export async function withAdvisoryLock<T>(databaseUrl: string, key: number, work: () => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [key]);
    return await work();
  } finally {
    await client.end();
  }
}
