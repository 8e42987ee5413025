// Least privilege: the application connects as a role that may read and write its tables but
// may not UPDATE, DELETE or TRUNCATE audit events, move the audit chain head, delete users
// (they are deactivated; the audit keeps who did what) or touch the migration table. It owns
// nothing, so it cannot ALTER TABLE (no DISABLE TRIGGER), and as a non-superuser it cannot set
// session_replication_role. Migrations run as the owner; the grants below are re-applied by
// the owner after every migration run, so new tables are covered too (and default privileges
// cover tables the owner creates in between).
import { Client } from "pg";
import { LOCK_KEYS } from "./advisory-lock";

/** The embedded database's application role (an external server names its own in DATABASE_URL). */
export const EMBEDDED_APP_ROLE = "quellenlage_app";

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
export const quoteLiteral = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** What the app may not do, on top of "read and write every table". */
const WITHHELD = [
  "REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM {role}",
  "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_chain_head FROM {role}",
  "REVOKE DELETE, TRUNCATE ON users FROM {role}",
  // Final report snapshots are immutable (issue #9): insert and read only.
  "REVOKE UPDATE, DELETE, TRUNCATE ON report_snapshots FROM {role}",
  "REVOKE UPDATE, DELETE, TRUNCATE ON report_snapshot_files FROM {role}",
  `REVOKE ALL ON "_prisma_migrations" FROM {role}`,
];

/** The user name in a PostgreSQL URL, or null when the URL names none. */
export function roleOf(url: string): string | null {
  const name = decodeURIComponent(new URL(url).username);
  return name === "" ? null : name;
}

export function passwordOf(url: string): string {
  return decodeURIComponent(new URL(url).password);
}

/** Runs `fn` on a connection of its own, closed afterwards. */
export async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates the login role (or resets its password); needs CREATEROLE (the embedded superuser has it). */
export async function ensureLoginRole(ownerUrl: string, role: string, password: string): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
    const verb = rowCount ? "ALTER" : "CREATE";
    await client.query(
      `${verb} ROLE ${quoteIdent(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION PASSWORD ${quoteLiteral(password)}`,
    );
  });
}

/** Grants the app role its rights in the owner's database; idempotent, run after every migration. */
export async function grantAppRights(ownerUrl: string, role: string): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    const { rows } = await client.query<{ owner: string; database: string }>(
      "SELECT current_user AS owner, current_database() AS database",
    );
    if (rows[0].owner === role) return; // one URL for everything: the owner keeps all rights
    const target = quoteIdent(role);
    const statements = [
      `GRANT CONNECT ON DATABASE ${quoteIdent(rows[0].database)} TO ${target}`,
      `GRANT USAGE ON SCHEMA public TO ${target}`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${target}`,
      `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${target}`,
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${target}`,
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${target}`,
      ...WITHHELD.map((statement) => statement.replace("{role}", target)),
    ];
    await client.query("BEGIN");
    try {
      // Instances starting together each re-apply the grants; concurrent GRANTs on one object
      // fail with "tuple concurrently updated", so they take turns (released at COMMIT).
      await client.query("SELECT pg_advisory_xact_lock($1)", [LOCK_KEYS.appGrants]);
      for (const statement of statements) await client.query(statement);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
}
