// The application's database role (the tests connect as it, like the app) may add audit
// events but not change, delete or truncate them, not switch the guard triggers off (neither
// ALTER TABLE nor session_replication_role), not move the chain head and not delete users.
import { Client } from "pg";
import { writeAudit } from "@/lib/audit/audit";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();
let app: Client;
let owner: Client;
let userId: string;

beforeAll(async () => {
  app = new Client({ connectionString: db.url });
  owner = new Client({ connectionString: db.ownerUrl });
  for (const client of [app, owner]) {
    client.on("error", () => {}); // the helper drops the database (WITH FORCE) in its own afterAll
    await client.connect();
  }
  const user = await db.prisma.user.create({ data: { email: "rolle@example.org", name: "Rolf", passwordHash: "x" } });
  userId = user.id;
  await db.prisma.$transaction((tx) =>
    writeAudit(tx, user, { action: "test.role", entityType: "Test", entityId: "1", before: null, after: { a: 1 } }),
  );
});
afterAll(async () => {
  await app?.end();
  await owner?.end();
});

test("the tests really connect as a role other than the owner", async () => {
  const { rows } = await app.query("SELECT current_user AS me, rolsuper FROM pg_roles WHERE rolname = current_user");
  expect(rows[0].rolsuper).toBe(false);
  const ownerName = (await owner.query("SELECT current_user AS me")).rows[0].me;
  expect(rows[0].me).not.toBe(ownerName);
});

test.each([
  ["UPDATE", "UPDATE audit_events SET action = 'x'"],
  ["DELETE", "DELETE FROM audit_events"],
  ["TRUNCATE", "TRUNCATE audit_events"],
  ["UPDATE of the chain head", "UPDATE audit_chain_head SET seq = 0"],
  ["DELETE of a user", "DELETE FROM users"],
])("%s is denied to the app role", async (_name, sql) => {
  await expect(app.query(sql)).rejects.toThrow(/permission denied/);
});

test.each([
  ["ALTER TABLE … DISABLE TRIGGER", "ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only", /must be owner/],
  ["ALTER TABLE … DISABLE TRIGGER ALL", "ALTER TABLE audit_events DISABLE TRIGGER ALL", /must be owner/],
  ["session_replication_role", "SET session_replication_role = replica", /permission denied/],
])("switching the guards off (%s) is denied to the app role", async (_name, sql, error) => {
  await expect(app.query(sql)).rejects.toThrow(error);
});

test("the app role may insert (chained by the trigger) and read audit events", async () => {
  await app.query(
    "INSERT INTO audit_events (action, entity_type, entity_id, seq, hash) VALUES ('test.raw', 'Test', '2', 77, 'x')",
  );
  const { rows } = await app.query("SELECT seq::int AS seq, length(hash) AS len FROM audit_events ORDER BY seq");
  expect(rows).toEqual([
    { seq: 1, len: 64 },
    { seq: 2, len: 64 },
  ]);
});

test("users are deactivated, never deleted: deleting through the app's client fails", async () => {
  await expect(db.prisma.user.delete({ where: { id: userId } })).rejects.toThrow();
  expect(await db.prisma.user.count({ where: { id: userId } })).toBe(1);
});

test("tables the owner creates later are covered by the default privileges", async () => {
  await owner.query("CREATE TABLE later_table (id int)");
  await app.query("INSERT INTO later_table VALUES (1)");
  expect((await app.query("SELECT count(*)::int AS n FROM later_table")).rows[0].n).toBe(1);
});
