// What PostgreSQL is still running for a database: used by the export tests to show that a
// cancelled download left no claim query behind.
import { Client } from "pg";

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
