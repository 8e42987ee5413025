import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { createTestDatabase, dropTestDatabase } from "../../helpers/test-db";

// These tests need an empty database, not the migrated template.
async function emptyDatabase(): Promise<{ name: string; url: string }> {
  const adminUrl = process.env.QL_TEST_ADMIN_URL!;
  const name = `ql_empty_${crypto.randomBytes(5).toString("hex")}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

async function query<T extends object>(url: string, sql: string): Promise<T[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

const created: string[] = [];
afterAll(async () => {
  for (const name of created) await dropTestDatabase(name);
});

test("applies every migration once and records it as Prisma Migrate does", async () => {
  const db = await emptyDatabase();
  created.push(db.name);
  const files = readMigrations();
  expect(files.length).toBeGreaterThan(0);

  const first = await migrate(db.url);
  expect(first.applied).toEqual(files.map((f) => f.name));

  const rows = await query<{
    migration_name: string;
    checksum: string;
    finished_at: Date | null;
    applied_steps_count: number;
    id: string;
  }>(
    db.url,
    `SELECT id, migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
  );
  expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
  for (const row of rows) {
    const sql = fs.readFileSync(path.join("prisma", "migrations", row.migration_name, "migration.sql"));
    expect(row.checksum).toBe(crypto.createHash("sha256").update(sql).digest("hex"));
    expect(row.finished_at).not.toBeNull();
    expect(row.applied_steps_count).toBe(1);
    expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
  }

  const second = await migrate(db.url);
  expect(second.applied).toEqual([]);
});

test("two instances migrating at the same time do not race", async () => {
  const db = await emptyDatabase();
  created.push(db.name);
  const results = await Promise.all([migrate(db.url), migrate(db.url), migrate(db.url)]);
  const appliedTotal = results.flatMap((r) => r.applied);
  expect(appliedTotal.sort()).toEqual(
    readMigrations()
      .map((f) => f.name)
      .sort(),
  );
  const rows = await query<{ n: string }>(db.url, `SELECT count(*)::text AS n FROM "_prisma_migrations"`);
  expect(Number(rows[0].n)).toBe(readMigrations().length);
});

test("a failing migration is rolled back completely and named in the error", async () => {
  const db = await emptyDatabase();
  created.push(db.name);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ql-migrations-"));
  fs.mkdirSync(path.join(dir, "20200101000000_ok"));
  fs.writeFileSync(path.join(dir, "20200101000000_ok", "migration.sql"), `CREATE TABLE "a" ("id" INTEGER);`);
  fs.mkdirSync(path.join(dir, "20200102000000_broken"));
  fs.writeFileSync(
    path.join(dir, "20200102000000_broken", "migration.sql"),
    `CREATE TABLE "b" ("id" INTEGER);\nSELECT * FROM "does_not_exist";`,
  );
  await expect(migrate(db.url, { dir })).rejects.toThrow(/20200102000000_broken/);
  const tables = await query<{ table_name: string }>(
    db.url,
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
  );
  expect(tables.map((t) => t.table_name)).toEqual(["_prisma_migrations", "a"]);
  const rows = await query<{ migration_name: string }>(db.url, `SELECT migration_name FROM "_prisma_migrations"`);
  expect(rows.map((r) => r.migration_name)).toEqual(["20200101000000_ok"]);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("the per-file test database is already migrated", async () => {
  const db = await createTestDatabase();
  created.push(db.name);
  expect((await migrate(db.ownerUrl)).applied).toEqual([]);
});
