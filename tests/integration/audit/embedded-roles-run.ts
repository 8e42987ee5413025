// Child-process driver for embedded-roles.test.ts: starts the embedded database the way
// `npm start` does (resolveDatabase + prepareSchema), then, connected with the app's URL,
// tries what the app role must not do. Prints one JSON line and stops the server.
import { Client } from "pg";
import { prepareSchema, resolveDatabase } from "../../../scripts/lib/database";

const ATTEMPTS = {
  update: "UPDATE audit_events SET action = 'x'",
  delete: "DELETE FROM audit_events",
  disableTrigger: "ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only",
  deleteUser: "DELETE FROM users",
};

async function main() {
  const notices: string[] = [];
  const db = await resolveDatabase(process.argv[2], {}, (line) => notices.push(line));
  try {
    await prepareSchema(db, (line) => notices.push(line));
    const app = new Client({ connectionString: db.url });
    await app.connect();
    const denied: Record<string, string> = {};
    try {
      const me = (await app.query("SELECT current_user AS me")).rows[0].me as string;
      await app.query("INSERT INTO audit_events (action, entity_type, entity_id) VALUES ('t', 'T', '1')");
      for (const [name, sql] of Object.entries(ATTEMPTS)) {
        denied[name] = await app.query(sql).then(
          () => "erlaubt",
          (error: Error) => error.message,
        );
      }
      process.stdout.write(`${JSON.stringify({ me, denied, notices })}\n`);
    } finally {
      await app.end();
    }
  } finally {
    await db.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  process.stdout.write(`${JSON.stringify({ error: String(error) })}\n`);
  process.exit(1);
});
