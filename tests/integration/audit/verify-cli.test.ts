// `npm run audit:verify` as a real child process: exit 0 with the count when the chain is
// intact, exit 1 with the first broken link (one German line) after tampering, exit 2
// when the database cannot be reached.
import { Client } from "pg";
import { writeAudit } from "@/lib/audit/audit";
import { findFreePort } from "@/lib/db/free-port";
import { runScript } from "../../helpers/processes";
import { setupTestDatabase } from "../../helpers/test-db";

jest.setTimeout(120000);

const db = setupTestDatabase();

function runVerify(databaseUrl: string) {
  return runScript("scripts/audit-verify.ts", [], { DATABASE_URL: databaseUrl });
}

test("intact, then tampered, then unreachable", async () => {
  const user = await db.prisma.user.create({ data: { email: "cli@example.org", name: "Cleo", passwordHash: "x" } });
  for (const entityId of ["a", "b", "c"]) {
    await db.prisma.$transaction((tx) =>
      writeAudit(tx, user, { action: "test.cli", entityType: "Test", entityId, before: null, after: { entityId } }),
    );
  }
  expect(await runVerify(db.url)).toEqual({ code: 0, stdout: "Audit-Kette intakt: 3 Ereignisse\n", stderr: "" });

  const target = await db.prisma.auditEvent.findFirstOrThrow({ where: { seq: 2 } });
  const owner = new Client({ connectionString: db.ownerUrl });
  owner.on("error", () => {});
  await owner.connect();
  try {
    await owner.query("BEGIN");
    await owner.query("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only");
    await owner.query("UPDATE audit_events SET user_id = NULL WHERE seq = 2");
    await owner.query("COMMIT");
  } finally {
    await owner.end();
  }
  const broken = await runVerify(db.url);
  expect(broken.code).toBe(1);
  expect(broken.stdout).toBe(
    `Audit-Kette gebrochen bei Ereignis #${target.id} (Position 2): der Inhalt passt nicht zu seinem Hash – das Ereignis wurde nachträglich verändert.\n`,
  );

  const unreachable = new URL(db.url);
  unreachable.port = String(await findFreePort());
  const down = await runVerify(unreachable.toString());
  expect(down.code).toBe(2);
  expect(down.stderr).toMatch(/^Die Datenbank ist nicht erreichbar \(.*\); die Audit-Kette wurde nicht geprüft\.\n$/);
});
