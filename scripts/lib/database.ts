// Resolves the database for `npm start`: the server in DATABASE_URL when set
// (nothing is started), otherwise an embedded PostgreSQL.
import { Client } from "pg";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { ensureLoginRole, grantAppRights, roleOf } from "@/lib/db/roles";
import { StartupError } from "@/lib/db/startup-error";

export async function checkReachable(url: string, variable = "DATABASE_URL"): Promise<void> {
  let target = variable;
  try {
    const parsed = new URL(url);
    target = `${parsed.hostname}:${parsed.port || "5432"}`;
  } catch {
    throw new StartupError(
      `${variable} ist keine gültige PostgreSQL-Adresse (erwartet: postgresql://benutzer:passwort@host:5432/datenbank).`,
    );
  }
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(
      `Die Datenbank aus ${variable} (${target}) ist nicht erreichbar (${reason}); bitte Server und Zugangsdaten prüfen oder DATABASE_URL entfernen, um die eingebettete Datenbank zu nutzen.`,
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
  /** The app's connection: the application role (lib/db/roles.ts). */
  url: string;
  /** The owner's connection, for migrations and grants. */
  migrationUrl: string;
  embedded: RunningPostgres | null;
}

export interface EmbeddedHooks {
  /** Receives the embedded server as soon as it runs (before its database is created). */
  onStarted?: (embedded: RunningPostgres) => void;
  /** Gives up a start in progress (see startEmbeddedPostgres). */
  abort?: AbortSignal;
}

export interface ExternalUrls {
  /** DATABASE_URL: the app's role. */
  app?: string;
  /** QUELLENLAGE_MIGRATION_DATABASE_URL: the owner's; DATABASE_URL when unset. */
  migration?: string;
}

export async function resolveDatabase(
  dataDir: string,
  external: ExternalUrls,
  log: (line: string) => void,
  hooks: EmbeddedHooks = {},
): Promise<ResolvedDatabase> {
  if (external.app) {
    await checkReachable(external.app);
    if (external.migration) await checkReachable(external.migration, "QUELLENLAGE_MIGRATION_DATABASE_URL");
    log("Datenbank: DATABASE_URL (es wird kein eigener Server gestartet).");
    return { url: external.app, migrationUrl: external.migration ?? external.app, embedded: null };
  }
  const embedded = await startEmbeddedPostgres({ dataDir, persistent: true, log, abort: hooks.abort });
  hooks.onStarted?.(embedded);
  await ensureDatabase(embedded.adminUrl, "quellenlage");
  await ensureLoginRole(embedded.adminUrl, embedded.appRole.name, embedded.appRole.password);
  log(`Datenbank: eingebettetes PostgreSQL auf Port ${embedded.port}, Daten in ${dataDir}.`);
  return { url: embedded.appUrlFor("quellenlage"), migrationUrl: embedded.urlFor("quellenlage"), embedded };
}

/**
 * Migrations as the owner, then the app role's rights (re-applied every time, so new tables are
 * covered). One URL for both leaves the app with the owner's rights: said once at start.
 */
export async function prepareSchema(db: ResolvedDatabase, log: (line: string) => void): Promise<void> {
  await migrate(db.migrationUrl, { log });
  const role = roleOf(db.url);
  if (!role || db.url === db.migrationUrl) {
    log(
      "Hinweis: Die App verbindet sich als Eigentümer der Datenbank und könnte damit das Audit ändern; bitte für DATABASE_URL eine eigene Rolle und für Migrationen QUELLENLAGE_MIGRATION_DATABASE_URL einrichten (README, „Datenbankrollen“).",
    );
    return;
  }
  try {
    await grantAppRights(db.migrationUrl, role);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(
      `Die Rechte der Rolle ${role} ließen sich nicht setzen (${reason}); bitte QUELLENLAGE_MIGRATION_DATABASE_URL auf den Eigentümer der Tabellen setzen.`,
    );
  }
}
