// Jest global setup of the integration and e2e projects: one PostgreSQL for the whole
// run (embedded, or TEST_DATABASE_URL). The unit project has no global setup and starts
// no database. The app is built in the background meanwhile if a selected suite needs it
// (tests/setup/app-build.ts); the extraction worker's bundle first (tests/setup/extraction-bundle.ts).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import { startBackgroundBuild } from "./app-build";
import { buildExtractionBundle } from "./extraction-bundle";

declare global {
  var __QL_DB_SERVER__: ChildProcess | undefined;
}

function startDatabase(): Promise<{ adminUrl: string; template: string; appUrl: string; inMemory: boolean }> {
  const root = path.resolve(__dirname, "..", "..");
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/test-db-server.ts"], {
    cwd: root,
    stdio: ["pipe", "pipe", "inherit"],
  });
  globalThis.__QL_DB_SERVER__ = child;
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.once("line", (line) => {
      try {
        resolve(JSON.parse(line));
      } catch {
        reject(new Error(`Unerwartete Ausgabe des Test-Datenbankservers: ${line}`));
      }
    });
    child.once("exit", (code) => reject(new Error(`Test-Datenbankserver beendet (Code ${code}).`)));
  });
}

/** Starts the test database once per run, however many projects ask for it. */
export async function provideTestDatabase(): Promise<void> {
  if (process.env.QL_TEST_ADMIN_URL) return;
  const { adminUrl, template, appUrl, inMemory } = await startDatabase();
  process.env.QL_TEST_ADMIN_URL = adminUrl;
  process.env.QL_TEST_APP_URL = appUrl;
  process.env.QL_TEST_TEMPLATE_DB = template;
  // How tests/helpers/test-db.ts copies the template (FILE_COPY only for a cluster in memory).
  if (inMemory) process.env.QL_TEST_DB_IN_MEMORY = "1";
  else delete process.env.QL_TEST_DB_IN_MEMORY;
}

export default async function globalSetup(): Promise<void> {
  startBackgroundBuild();
  buildExtractionBundle();
  await provideTestDatabase();
}
