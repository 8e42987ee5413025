// What PostgreSQL is still running for a database: used by the export tests to show that a
// cancelled download left no claim query behind.
import { Client, Pool } from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Non-idle statements over the claims table in the database at `url`, other than our own. */
export async function runningClaimQueries(url: string): Promise<{ query: string }[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ query: string }>(
      `SELECT query FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle' AND query ILIKE '%FROM claims%'`,
    );
    return rows;
  } finally {
    await client.end();
  }
}

/**
 * The client with every `$queryRaw` call and every query on its own pg pool (queryRows) counted:
 * the export tests show with it that a cancelled download stops asking for further batches, the
 * search tests how many queries a count takes.
 */
export function countingRawQueries(prisma: PrismaClient): { client: PrismaClient; count: () => number } {
  let queries = 0;
  const countCalls = <F extends (...args: never[]) => unknown>(call: F, self: unknown): F =>
    ((...args: Parameters<F>) => {
      queries += 1;
      return call.apply(self, args);
    }) as F;
  // The proxy's target only inherits from the client: its pool sits in a read-only property,
  // which a proxy of the client itself would have to return unchanged.
  const client = new Proxy(Object.create(prisma) as PrismaClient, {
    get(_inheriting, property) {
      const value: unknown = Reflect.get(prisma, property);
      if (value instanceof Pool) {
        return new Proxy(value, {
          get: (pool, key) => (key === "query" ? countCalls(pool.query, pool) : Reflect.get(pool, key)),
        });
      }
      if (property !== "$queryRaw" || typeof value !== "function") return value;
      return countCalls(value as (...args: never[]) => unknown, prisma);
    },
  });
  return { client, count: () => queries };
}
