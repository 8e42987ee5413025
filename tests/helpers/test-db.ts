// Each test file gets its own database, copied from the migrated template that
// the global setup prepared: files never see each other's data.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { DEFAULT_MIGRATIONS_DIR, migrate } from "@/lib/db/migrate";
import { createPrismaClient } from "@/lib/db/prisma";
import type { PrismaClient } from "@/lib/generated/prisma/client";

function adminUrl(): string {
  const url = process.env.QL_TEST_ADMIN_URL;
  if (!url) throw new Error("QL_TEST_ADMIN_URL fehlt: Tests bitte mit `npm test` starten.");
  return url;
}

async function admin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The application role's URL (no UPDATE/DELETE on audit rows, no DELETE on users, owns nothing). */
function appUrl(): string {
  const url = process.env.QL_TEST_APP_URL;
  if (!url) throw new Error("QL_TEST_APP_URL fehlt: Tests bitte mit `npm test` starten.");
  return url;
}

function withDatabase(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** url: as the application role; ownerUrl: as the owner (migrations, schema changes, tampering). */
export async function createTestDatabase(): Promise<{ name: string; url: string; ownerUrl: string }> {
  const name = `ql_test_${crypto.randomBytes(6).toString("hex")}`;
  const template = process.env.QL_TEST_TEMPLATE_DB!;
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return { name, url: withDatabase(appUrl(), name), ownerUrl: withDatabase(adminUrl(), name) };
}

export async function dropTestDatabase(name: string): Promise<void> {
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

export interface TestDatabase {
  /** As the application role, like the app in production. */
  readonly url: string;
  /** The database owner's URL (migrations, tampering in audit tests). */
  readonly ownerUrl: string;
  readonly prisma: PrismaClient;
}

/** Registers beforeAll/afterAll hooks; use the returned handle inside tests. */
export function setupTestDatabase(): TestDatabase {
  let name = "";
  let url = "";
  let ownerUrl = "";
  let prisma: PrismaClient | undefined;
  beforeAll(async () => {
    ({ name, url, ownerUrl } = await createTestDatabase());
    prisma = createPrismaClient(url);
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    if (name) await dropTestDatabase(name);
  });
  return {
    get url() {
      return url;
    },
    get ownerUrl() {
      return ownerUrl;
    },
    get prisma() {
      if (!prisma) throw new Error("Testdatenbank noch nicht bereit (nur innerhalb von Tests verwenden).");
      return prisma;
    },
  };
}

/**
 * A fresh database (owner URL) migrated only up to, not including, `migration`: the state of a
 * database from before that change, for tests of what the migration does to existing rows.
 * Returns the database's name (for dropTestDatabase) and the owner's URL.
 */
export async function createDatabaseBefore(migration: string): Promise<{ name: string; url: string }> {
  const name = `ql_before_${crypto.randomBytes(5).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = withDatabase(adminUrl(), name);
  const earlier = fs.mkdtempSync(path.join(os.tmpdir(), "ql-migrations-"));
  try {
    for (const entry of fs.readdirSync(DEFAULT_MIGRATIONS_DIR)) {
      if (entry >= migration || !fs.statSync(path.join(DEFAULT_MIGRATIONS_DIR, entry)).isDirectory()) continue;
      fs.cpSync(path.join(DEFAULT_MIGRATIONS_DIR, entry), path.join(earlier, entry), { recursive: true });
    }
    await migrate(url, { dir: earlier });
  } finally {
    fs.rmSync(earlier, { recursive: true, force: true });
  }
  return { name, url };
}
