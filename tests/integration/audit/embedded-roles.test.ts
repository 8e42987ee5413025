// With the embedded database, `npm start`'s database steps create the application role by
// themselves, store its password next to the data (like the superuser's), and the app's URL
// connects as that role, which may not change or delete audit rows, disable the guard
// trigger or delete users. A second start reuses the stored password.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

jest.setTimeout(180000);

const TSX = path.join(process.cwd(), "node_modules", ".bin", "tsx");
let root: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "ql-roles-"));
  fs.chmodSync(root, 0o755); // the postgres user must reach the data directory when run as root
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function start(dataDir: string): Promise<{ me?: string; denied?: Record<string, string>; error?: string }> {
  return new Promise((resolve) => {
    execFile(TSX, ["tests/integration/audit/embedded-roles-run.ts", dataDir], (_error, stdout) => {
      resolve(JSON.parse(stdout.trim().split("\n").pop() ?? "{}"));
    });
  });
}

test("the app role is created, keeps its password across starts and lacks the audit-changing rights", async () => {
  const dataDir = path.join(root, "postgres");
  for (let run = 1; run <= 2; run++) {
    const result = await start(dataDir);
    expect(result).toEqual({
      me: "quellenlage_app",
      denied: {
        update: "permission denied for table audit_events",
        delete: "permission denied for table audit_events",
        disableTrigger: "must be owner of table audit_events",
        deleteUser: "permission denied for table users",
      },
      notices: expect.any(Array),
    });
  }
  const passwordFile = path.join(root, "postgres.app-password");
  expect(fs.statSync(passwordFile).mode & 0o777).toBe(0o600);
});
