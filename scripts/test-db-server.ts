// Started once by Jest's global setup: provides a PostgreSQL server with a
// migrated template database, prints {adminUrl, template} as one JSON line and
// keeps the server up until its stdin closes (the parent ended) or SIGTERM/SIGINT.
// With TEST_DATABASE_URL that server is used and nothing is started.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { loadConfig } from "@/lib/config/env";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { ensureLoginRole, grantAppRights, passwordOf, quoteIdent, quoteLiteral, roleOf, withClient } from "@/lib/db/roles";
import { StartupError } from "@/lib/db/startup-error";
import { processIsAlive } from "@/lib/process-alive";

/** Folders of the embedded test clusters: the prefix, then the pid of the server script owning it. */
const CLUSTER_PREFIX = "quellenlage-test-";
const MEMORY_FOLDER = "/dev/shm";
/**
 * The full test run's cluster peaks at ~600 MB; containers often mount a small /dev/shm (Docker:
 * 64 MB), where the run would stop with "No space left on device". Below this, the temp folder.
 */
const MEMORY_FOLDER_MIN_FREE = 2 * 1024 ** 3;

/**
 * Where the throw-away cluster lives: in memory (tmpfs) when the system has one, else the temp
 * folder. Every test file creates and drops a database of ~300 files; on ext4 each new file's inode
 * allocation scans past the inodes of the dropped ones (perf over 48 integration files: 12 % of the
 * server's CPU in open(O_CREAT)), and the checkpoint each DROP DATABASE forces writes through the
 * journal. Clusters left behind by killed runs are removed first: they would hold their memory until
 * the next reboot.
 */
function scratchFolder(): string {
  try {
    fs.accessSync(MEMORY_FOLDER, fs.constants.W_OK);
  } catch {
    return os.tmpdir();
  }
  removeAbandonedClusters(MEMORY_FOLDER);
  return freeBytes(MEMORY_FOLDER) >= MEMORY_FOLDER_MIN_FREE ? MEMORY_FOLDER : os.tmpdir();
}

function freeBytes(folder: string): number {
  const stats = fs.statfsSync(folder);
  return stats.bavail * stats.bsize;
}

function removeAbandonedClusters(folder: string): void {
  for (const entry of fs.readdirSync(folder)) {
    if (!entry.startsWith(CLUSTER_PREFIX)) continue;
    const owner = Number.parseInt(entry.slice(CLUSTER_PREFIX.length), 10);
    if (!Number.isInteger(owner) || processIsAlive(owner)) continue;
    try {
      fs.rmSync(path.join(folder, entry), { recursive: true, force: true });
    } catch {
      // another user's: theirs to remove
    }
  }
}

/** One name per cluster; a run against TEST_DATABASE_URL resets its password. */
const TEST_APP_ROLE = "quellenlage_test_app";

async function main() {
  let embedded: RunningPostgres | null = null;
  let adminUrl = loadConfig().TEST_DATABASE_URL;
  let tmpRoot: string | null = null;
  if (!adminUrl) {
    tmpRoot = fs.mkdtempSync(path.join(scratchFolder(), `${CLUSTER_PREFIX}${process.pid}-`));
    fs.chmodSync(tmpRoot, 0o755); // the postgres user must reach its data dir below
    embedded = await startEmbeddedPostgres({ dataDir: path.join(tmpRoot, "pg"), persistent: false, fast: true });
    adminUrl = embedded.adminUrl;
  }
  const template = `ql_template_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${template}`;
  await migrate(templateUrl.toString());
  // Tests connect as an application role without the owner's rights (lib/db/roles.ts),
  // so the suite proves the app works without them; audit tests use the owner URL to tamper.
  const appPassword = crypto.randomBytes(18).toString("base64url");
  await ensureLoginRole(adminUrl, TEST_APP_ROLE, appPassword);
  await grantAppRights(templateUrl.toString(), TEST_APP_ROLE);
  await compactTemplate(templateUrl.toString());
  await cheapenPasswordChecks(adminUrl, TEST_APP_ROLE, appPassword, embedded !== null);
  const appUrl = new URL(adminUrl);
  appUrl.username = TEST_APP_ROLE;
  appUrl.password = appPassword;

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    try {
      const c = new Client({ connectionString: adminUrl });
      c.on("error", () => {}); // the server may be going down already
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await c.end();
    } catch {
      // the server may already be gone
    }
    await embedded?.stop().catch(() => {});
    if (tmpRoot) fs.rmSync(tmpRoot, { recursive: true, force: true });
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  process.stdin.on("end", () => void stop());
  process.stdin.on("close", () => void stop());
  process.stdin.resume();
  // inMemory: the cluster's files are in tmpfs, where copying a database file by file is cheap.
  const inMemory = tmpRoot !== null && tmpRoot.startsWith(`${MEMORY_FOLDER}/`);
  process.stdout.write(`${JSON.stringify({ adminUrl, template, appUrl: appUrl.toString(), inMemory })}\n`);
}

/**
 * Every test file copies the template (tests/helpers/test-db.ts): rewritten once here, without the
 * dead catalog rows the migrations' ALTERs leave behind (9.1 → 8.2 MB) and with its rows frozen, each
 * copy has less to read and write, and no copy ever needs an anti-wraparound vacuum of its own.
 */
async function compactTemplate(templateUrl: string): Promise<void> {
  await withClient(templateUrl, (client) => client.query("VACUUM (FULL, FREEZE)"));
}

/**
 * A throw-away cluster's passwords need no protection against brute force: stored with one SCRAM
 * iteration instead of 4096, the server checks each of the run's connections (over a thousand)
 * in microseconds instead of ~5 ms of CPU. Same passwords, same authentication method as ever.
 * The superuser's only in the embedded cluster (a TEST_DATABASE_URL server's owner is not ours).
 */
async function cheapenPasswordChecks(adminUrl: string, appRole: string, appPassword: string, ownCluster: boolean) {
  const logins = [{ role: appRole, password: appPassword }];
  if (ownCluster) logins.push({ role: roleOf(adminUrl)!, password: passwordOf(adminUrl) });
  await withClient(adminUrl, async (client) => {
    await client.query("SET scram_iterations = 1");
    for (const { role, password } of logins)
      await client.query(`ALTER ROLE ${quoteIdent(role)} PASSWORD ${quoteLiteral(password)}`);
  });
}

main().catch((error: unknown) => {
  const message = error instanceof StartupError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`Test-Datenbank konnte nicht gestartet werden: ${message}\n`);
  process.exit(1);
});
