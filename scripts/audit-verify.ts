// `npm run audit:verify`: checks the whole audit chain (lib/audit/verify.ts) and prints one
// German line. Exit 0: intact; 1: the first broken link; 2: the database is unreachable.
// Connects to DATABASE_URL (the app role may read the audit; nothing is written).
import { Client } from "pg";
import { chainStatusLine, verifyAuditChain } from "@/lib/audit/verify";
import { ConfigError, loadConfig } from "@/lib/config/env";

const CONNECT_TIMEOUT_MS = 5000;

async function main(): Promise<number> {
  const url = loadConfig().DATABASE_URL;
  if (!url) {
    process.stderr.write(
      "DATABASE_URL ist nicht gesetzt; bitte die Adresse der Datenbank angeben (bei der eingebetteten Datenbank nennt npm start sie beim Start nicht – dann die Prüfung unter /admin/audit ansehen).\n",
    );
    return 2;
  }
  const client = new Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  client.on("error", () => {}); // a dropped connection surfaces as the failing query's error
  try {
    await client.connect();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Die Datenbank ist nicht erreichbar (${reason}); die Audit-Kette wurde nicht geprüft.\n`);
    return 2;
  }
  try {
    const status = await verifyAuditChain(async (sql, values) => (await client.query(sql, values)).rows);
    process.stdout.write(`${chainStatusLine(status)}\n`);
    return status.intact ? 0 : 1;
  } finally {
    await client.end().catch(() => {});
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`Die Audit-Kette ließ sich nicht prüfen: ${message}\n`);
    process.exit(2);
  },
);
