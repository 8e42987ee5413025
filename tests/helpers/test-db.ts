// Each test file gets its own database, copied from the migrated template that
// the global setup prepared: files never see each other's data.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { DEFAULT_MIGRATIONS_DIR, migrate } from "@/lib/db/migrate";
import type { Role } from "@/lib/auth/permissions";
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

/**
 * FILE_COPY when the cluster is in memory (scripts/test-db-server.ts): the template's files are
 * copied as files, instead of every page going through shared buffers into the WAL (WAL_LOG, the
 * default). Its two checkpoints write out every dirty buffer of the cluster, the other worker's
 * database too; in tmpfs that is a memory copy. A/B of 48 integration files, two runs side by side
 * on the in-memory cluster: 58.7 CPU-s of PostgreSQL with WAL_LOG, 49.4 with FILE_COPY. On disk
 * (ext4, or a TEST_DATABASE_URL server) WAL_LOG: there the checkpoints cost more than they save
 * (session 14's full run: 180 CPU-s of PostgreSQL with FILE_COPY against 147).
 */
function copyOf(template: string, name: string): string {
  const strategy = process.env.QL_TEST_DB_IN_MEMORY === "1" ? " STRATEGY FILE_COPY" : "";
  return `CREATE DATABASE ${name} TEMPLATE ${template}${strategy}`;
}

/** url: as the application role; ownerUrl: as the owner (migrations, schema changes, tampering). */
export async function createTestDatabase(
  template = process.env.QL_TEST_TEMPLATE_DB!,
): Promise<{ name: string; url: string; ownerUrl: string }> {
  const name = `ql_test_${crypto.randomBytes(6).toString("hex")}`;
  await admin((c) => c.query(copyOf(template, name)));
  return { name, url: withDatabase(appUrl(), name), ownerUrl: withDatabase(adminUrl(), name) };
}

export async function dropTestDatabase(name: string): Promise<void> {
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

export type DemoOptions = { passwords?: Partial<Record<Role, string>> };

/**
 * The demo data (lib/seed/seed-demo.ts) for these options, seeded once per run into a template
 * database that files copy: seeding extracts five articles and hashes three passwords (seconds),
 * a copy takes a fraction of a second. Built under another name and renamed when complete, under
 * an advisory lock, so two workers never seed it twice and nobody copies a half-seeded one.
 */
// Loaded in every file that asks for demo data, not only in the one that seeds: it loads the
// extraction (lexicons, rules), which the tests then use without paying for it in their timeout.
const seedModule = () => import("@/lib/seed/seed-demo");

async function demoTemplate(options: DemoOptions): Promise<string> {
  await seedModule();
  const key = crypto.createHash("sha256").update(JSON.stringify(options)).digest("hex").slice(0, 12);
  const name = `${process.env.QL_TEST_TEMPLATE_DB!}_demo_${key}`;
  return admin(async (client) => {
    await client.query("SELECT pg_advisory_lock(hashtext($1))", [name]);
    try {
      const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (found.rowCount === 0) await seedTemplate(client, name, options);
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtext($1))", [name]);
    }
    return name;
  });
}

async function seedTemplate(client: Client, name: string, options: DemoOptions): Promise<void> {
  const building = `${name}_seeding`;
  await client.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
  await client.query(copyOf(process.env.QL_TEST_TEMPLATE_DB!, building));
  // Seeded as the application role, exactly as the tests seeded their own databases before.
  const prisma = createPrismaClient(withDatabase(appUrl(), building));
  try {
    await (await seedModule()).seedDemo(prisma, options);
  } finally {
    await prisma.$disconnect();
  }
  await client.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
}

export interface TestDatabase {
  /** As the application role, like the app in production. */
  readonly url: string;
  /** The database owner's URL (migrations, tampering in audit tests). */
  readonly ownerUrl: string;
  readonly prisma: PrismaClient;
  /**
   * Replaces this file's (still empty) database by one with the demo data, as
   * `seedDemo(db.prisma, options)` would leave it; call first in beforeAll, before using url/prisma.
   */
  seedDemo(options?: DemoOptions): Promise<void>;
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
  async function seedDemo(options: DemoOptions = {}): Promise<void> {
    const template = await demoTemplate(options);
    await prisma?.$disconnect();
    if (name) await dropTestDatabase(name);
    ({ name, url, ownerUrl } = await createTestDatabase(template));
    prisma = createPrismaClient(url);
  }
  return {
    seedDemo,
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

/**
 * Runs `body` against a database migrated up to (not including) `migration`, connected as its
 * owner; the client is closed and the database dropped afterwards, whatever the body did. For
 * tests of what a migration does to rows written before it (they call migrate(url) themselves).
 */
export async function withDatabaseBefore(migration: string, body: (client: Client, url: string) => Promise<void>): Promise<void> {
  const { name, url } = await createDatabaseBefore(migration);
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    await body(client, url);
  } finally {
    await client.end();
    await dropTestDatabase(name);
  }
}

/** Runs `work` on a fresh connection as the database owner (to switch triggers off and on, say). */
export async function asDatabaseOwner<T>(ownerUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    return await work(owner);
  } finally {
    await owner.end();
  }
}
