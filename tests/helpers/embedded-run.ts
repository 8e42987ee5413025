// Child-process driver for tests/integration/db/embedded.test.ts (the server is
// started from a tsx child, like in `npm start`). Usage:
//   tsx tests/helpers/embedded-run.ts [--server-folder=DIR] [--program-cache=DIR] <dataDir> [SQL]
// Starts the embedded server on <dataDir>, runs SQL, prints {"rows":[…]} and stops;
// on a StartupError prints {"startupError":"…"} and exits 3. Notices for the
// operator go to stderr, one per line. The flags run the server from another copy
// of its programs and copy them elsewhere when needed.
import { Client } from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { StartupError } from "@/lib/db/startup-error";

async function main() {
  const flags = new Map(
    process.argv
      .slice(2)
      .filter((arg) => arg.startsWith("--"))
      .map((arg) => arg.slice(2).split("=", 2) as [string, string]),
  );
  const [dataDir, sql] = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
  try {
    const pg = await startEmbeddedPostgres({
      dataDir,
      persistent: true,
      fast: true,
      log: (line) => process.stderr.write(`${line}\n`),
      serverFolder: flags.get("server-folder"),
      programCacheDir: flags.get("program-cache"),
    });
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
