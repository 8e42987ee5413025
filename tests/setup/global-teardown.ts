import { Client } from "pg";
import { stopBackgroundBuild } from "./app-build";
import { logSharedCpu } from "./process-cpu";
import { stopSharedBrowser } from "./shared-browser";

/** The demo templates of tests/helpers/test-db.ts (an external TEST_DATABASE_URL server keeps them otherwise). */
async function dropDemoTemplates(): Promise<void> {
  const adminUrl = process.env.QL_TEST_ADMIN_URL;
  const template = process.env.QL_TEST_TEMPLATE_DB;
  if (!adminUrl || !template) return;
  const client = new Client({ connectionString: adminUrl });
  client.on("error", () => {});
  try {
    await client.connect();
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [
      `${template}_demo_`,
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } catch {
    // the server is going away with them anyway (embedded), or unreachable: nothing to clean up
  } finally {
    await client.end().catch(() => {});
  }
}

export default async function globalTeardown(): Promise<void> {
  logSharedCpu("chromium", globalThis.__QL_SHARED_BROWSER__?.process().pid);
  await stopSharedBrowser();
  await stopBackgroundBuild();
  const child = globalThis.__QL_DB_SERVER__;
  if (!child || child.exitCode !== null) return;
  logSharedCpu("postgresql", child.pid);
  await dropDemoTemplates();
  const exited = new Promise((resolve) => child.once("exit", resolve));
  // Closing stdin asks the server to drop its databases and stop; SIGTERM (same cleanup) only
  // as a fallback for a server that does not react.
  child.stdin?.end();
  const fallback = setTimeout(() => child.kill("SIGTERM"), 15000);
  await exited;
  clearTimeout(fallback);
}
