// Events written before the chain existed are chained by the migration itself (in id order,
// from the genesis hash), so verify reports an intact chain and new events continue it.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { verifyAuditChain } from "@/lib/audit/verify";
import { DEFAULT_MIGRATIONS_DIR, migrate } from "@/lib/db/migrate";
import { dropTestDatabase } from "../../helpers/test-db";

const CHAIN_MIGRATION = "20261129180000_audit_chain";
let name = "";
let tmp = "";
afterAll(async () => {
  if (name) await dropTestDatabase(name);
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

test("existing audit rows are chained at migration time", async () => {
  const adminUrl = new URL(process.env.QL_TEST_ADMIN_URL!);
  name = `ql_chain_${crypto.randomBytes(5).toString("hex")}`;
  const admin = new Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  adminUrl.pathname = `/${name}`;
  const url = adminUrl.toString();

  // The migrations before the chain, as a database from before this change had them.
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ql-migrations-"));
  for (const entry of fs.readdirSync(DEFAULT_MIGRATIONS_DIR)) {
    if (entry >= CHAIN_MIGRATION || !fs.statSync(path.join(DEFAULT_MIGRATIONS_DIR, entry)).isDirectory()) continue;
    fs.cpSync(path.join(DEFAULT_MIGRATIONS_DIR, entry), path.join(tmp, entry), { recursive: true });
  }
  await migrate(url, { dir: tmp });

  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO users (id, email, name, password_hash, updated_at) VALUES ('u1', 'alt@example.org', 'Alt', 'x', now())`,
    );
    for (const id of ["1", "2", "3"]) {
      await client.query(
        `INSERT INTO audit_events (user_id, action, entity_type, entity_id, after, created_at)
         VALUES ('u1', 'alt.event', 'Claim', $1, $2, now() - interval '1 day')`,
        [id, JSON.stringify({ id, text: "vorher" })],
      );
    }
    expect((await migrate(url)).applied).toContain(CHAIN_MIGRATION);
    const query = async (sql: string, values: unknown[]) => (await client.query(sql, values)).rows;
    expect(await verifyAuditChain(query)).toEqual({ intact: true, count: 3 });
    await client.query(`INSERT INTO audit_events (action, entity_type, entity_id) VALUES ('neu', 'Claim', '4')`);
    expect(await verifyAuditChain(query)).toEqual({ intact: true, count: 4 });
    const { rows } = await client.query("SELECT seq::int AS seq, entity_id FROM audit_events ORDER BY seq");
    expect(rows).toEqual(["1", "2", "3", "4"].map((id, i) => ({ seq: i + 1, entity_id: id })));
  } finally {
    await client.end();
  }
});
