// Events written before the chain existed are chained by the migration itself (in id order,
// from the genesis hash), so verify reports an intact chain and new events continue it.
import { verifyAuditChain } from "@/lib/audit/verify";
import { migrate } from "@/lib/db/migrate";
import { withDatabaseBefore } from "../../helpers/test-db";

const CHAIN_MIGRATION = "20261129180000_audit_chain";

test("existing audit rows are chained at migration time", async () => {
  // A database from before this change, with the migrations before it.
  await withDatabaseBefore(CHAIN_MIGRATION, async (client, url) => {
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
  });
});
