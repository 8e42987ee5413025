// What PostgreSQL is still running for a database: used by the export tests to show that a
// cancelled download left no claim query behind.
import { Client } from "pg";
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
 * The client with every `$queryRaw` call counted: the export tests show with it that a cancelled
 * download stops asking for further batches.
 */
export function countingRawQueries(prisma: PrismaClient): { client: PrismaClient; count: () => number } {
  let queries = 0;
  const client = new Proxy(prisma, {
    get(target, property) {
      const value = Reflect.get(target, property);
      if (property !== "$queryRaw" || typeof value !== "function") return value;
      return (...args: unknown[]) => {
        queries += 1;
        return value.apply(target, args);
      };
    },
  });
  return { client, count: () => queries };
}
