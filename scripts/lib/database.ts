// Resolves the database for `npm start`: the server in DATABASE_URL when set
// (nothing is started), otherwise an embedded PostgreSQL.
import { Client } from "pg";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/db/embedded";
import { StartupError } from "@/lib/db/startup-error";

export async function checkReachable(url: string): Promise<void> {
  let target = "DATABASE_URL";
  try {
    const parsed = new URL(url);
    target = `${parsed.hostname}:${parsed.port || "5432"}`;
  } catch {
    throw new StartupError(
      "DATABASE_URL ist keine gültige PostgreSQL-Adresse (erwartet: postgresql://benutzer:passwort@host:5432/datenbank).",
    );
  }
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(
      `Die Datenbank aus DATABASE_URL (${target}) ist nicht erreichbar (${reason}); bitte Server und Zugangsdaten prüfen oder DATABASE_URL entfernen, um die eingebettete Datenbank zu nutzen.`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export interface ResolvedDatabase {
  url: string;
  embedded: RunningPostgres | null;
}

export interface EmbeddedHooks {
  /** Receives the embedded server as soon as it runs (before its database is created). */
  onStarted?: (embedded: RunningPostgres) => void;
  /** Gives up a start in progress (see startEmbeddedPostgres). */
  abort?: AbortSignal;
}

export async function resolveDatabase(
  dataDir: string,
  externalUrl: string | undefined,
  log: (line: string) => void,
  hooks: EmbeddedHooks = {},
): Promise<ResolvedDatabase> {
  if (externalUrl) {
    await checkReachable(externalUrl);
    log("Datenbank: DATABASE_URL (es wird kein eigener Server gestartet).");
    return { url: externalUrl, embedded: null };
  }
  const embedded = await startEmbeddedPostgres({ dataDir, persistent: true, log, abort: hooks.abort });
  hooks.onStarted?.(embedded);
  await ensureDatabase(embedded.adminUrl, "quellenlage");
  log(`Datenbank: eingebettetes PostgreSQL auf Port ${embedded.port}, Daten in ${dataDir}.`);
  return { url: embedded.urlFor("quellenlage"), embedded };
}
