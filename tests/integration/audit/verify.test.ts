// verifyAuditChain finds the first broken link when rows are changed through SQL by the
// owner with the guard trigger disabled. Each test tampers, checks, and restores the
// original values (the chain is intact again afterwards, which is checked as well).
import { Client } from "pg";
import { writeAudit } from "@/lib/audit/audit";
import { verifyAuditChain, type RunQuery } from "@/lib/audit/verify";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();
let owner: Client;
const runQuery: RunQuery = async (sql, values) => (await owner.query(sql, values)).rows;

beforeAll(async () => {
  owner = new Client({ connectionString: db.ownerUrl });
  owner.on("error", () => {}); // the helper drops the database (WITH FORCE) in its own afterAll
  await owner.connect();
  const user = await db.prisma.user.create({ data: { email: "v@example.org", name: "Vera", passwordHash: "x" } });
  for (let i = 1; i <= 10; i++) {
    await db.prisma.$transaction((tx) =>
      writeAudit(tx, user, { action: "test.step", entityType: "Test", entityId: String(i), before: { i }, after: null }),
    );
  }
});
afterAll(() => owner?.end());

/** Runs SQL as the owner with the append-only guard (or all triggers) switched off. */
async function asTamperer(sql: string, values: unknown[] = []): Promise<void> {
  await owner.query("BEGIN");
  await owner.query("SET LOCAL session_replication_role = replica");
  await owner.query(sql, values);
  await owner.query("COMMIT");
}

async function eventAt(seq: number) {
  return db.prisma.auditEvent.findFirstOrThrow({ where: { seq } });
}

test("intact chain", async () => {
  expect(await verifyAuditChain(runQuery)).toEqual({ intact: true, count: 10 });
});

test("changed content is found and the event named", async () => {
  const target = await eventAt(4);
  await asTamperer(`UPDATE audit_events SET before = '{"i": 40}' WHERE seq = 4`);
  const status = await verifyAuditChain(runQuery);
  expect(status).toEqual({
    intact: false,
    count: 3,
    eventId: String(target.id),
    seq: "4",
    message: `Audit-Kette gebrochen bei Ereignis #${target.id} (Position 4): der Inhalt passt nicht zu seinem Hash – das Ereignis wurde nachträglich verändert.`,
  });
  await asTamperer(`UPDATE audit_events SET before = $1 WHERE seq = 4`, [JSON.stringify(target.before)]);
  expect(await verifyAuditChain(runQuery)).toEqual({ intact: true, count: 10 });
});

test("content changed with a recomputed hash breaks the next link", async () => {
  const [target, next] = [await eventAt(6), await eventAt(7)];
  await owner.query("BEGIN");
  await owner.query("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only");
  await owner.query(
    `UPDATE audit_events e SET action = 'test.faked',
       hash = audit_event_hash(e.prev_hash, audit_event_canonical(e.id, e.seq, e.user_id, 'test.faked', e.entity_type, e.entity_id, e.before, e.after, e.created_at))
     WHERE seq = 6`,
  );
  await owner.query("ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only");
  await owner.query("COMMIT");
  const status = await verifyAuditChain(runQuery);
  expect(status).toMatchObject({ intact: false, count: 6, eventId: String(next.id), seq: "7" });
  expect(!status.intact && status.message).toContain("der Verweis auf das vorige Ereignis stimmt nicht");
  await asTamperer(`UPDATE audit_events SET action = $1, hash = $2 WHERE seq = 6`, [target.action, target.hash]);
  expect(await verifyAuditChain(runQuery)).toEqual({ intact: true, count: 10 });
});

test("a deleted event in the middle is found", async () => {
  const removed = await owner.query("SELECT * FROM audit_events WHERE seq = 3");
  await asTamperer("DELETE FROM audit_events WHERE seq = 3");
  const status = await verifyAuditChain(runQuery);
  expect(status).toMatchObject({ intact: false, count: 2, seq: "4" });
  const row = removed.rows[0];
  await asTamperer(
    `INSERT INTO audit_events (id, seq, user_id, action, entity_type, entity_id, before, after, created_at, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      row.id,
      row.seq,
      row.user_id,
      row.action,
      row.entity_type,
      row.entity_id,
      row.before,
      row.after,
      row.created_at,
      row.prev_hash,
      row.hash,
    ],
  );
  expect(await verifyAuditChain(runQuery)).toEqual({ intact: true, count: 10 });
});

test("deleted newest events are found through the chain head", async () => {
  await asTamperer("UPDATE audit_chain_head SET seq = 12");
  const status = await verifyAuditChain(runQuery);
  expect(status).toMatchObject({ intact: false, count: 10, eventId: null, seq: "12" });
  expect(!status.intact && status.message).toContain("Kettenkopf nennt 12 Ereignisse");
  await asTamperer("UPDATE audit_chain_head SET seq = 10");
});
