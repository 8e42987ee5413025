// PostgreSQL refuses to run as root, so as root the embedded server runs as the
// system user `postgres`. That user must be able to reach the server programs and
// the data directory: a checkout under /root (0700) or any other closed folder
// hides both. The programs are then copied to a folder `postgres` can read; for the
// data directory only the user can decide where the data belongs (one sentence).
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { StartupError } from "./startup-error";

export const PG_USER = "postgres";

export interface UserIds {
  uid: number;
  gid: number;
}

export function isRoot(): boolean {
  return os.userInfo().uid === 0;
}

function systemUserIds(name: string): UserIds | null {
  try {
    const uid = Number(
      execFileSync("id", ["-u", name], { stdio: ["ignore", "pipe", "ignore"] })
        .toString()
        .trim(),
    );
    const gid = Number(
      execFileSync("id", ["-g", name], { stdio: ["ignore", "pipe", "ignore"] })
        .toString()
        .trim(),
    );
    return { uid, gid };
  } catch {
    return null;
  }
}

/** The ids the server runs under: null when not root (it runs as the current user). */
export function serverUserIds(): UserIds | null {
  if (!isRoot()) return null;
  const existing = systemUserIds(PG_USER);
  if (existing) return existing;
  // Containers often lack the user; create a system user without a login.
  try {
    execFileSync("groupadd", ["--system", PG_USER], { stdio: "ignore" });
    execFileSync("useradd", ["--system", "-g", PG_USER, "--no-create-home", "-s", "/usr/sbin/nologin", PG_USER], {
      stdio: "ignore",
    });
  } catch {
    // reported below when the user is still missing
  }
  const created = systemUserIds(PG_USER);
  if (!created) {
    throw new StartupError(
      `PostgreSQL darf nicht als root laufen, und der Systembenutzer ${PG_USER} fehlt und ließ sich nicht anlegen; bitte mit „useradd --system ${PG_USER}“ anlegen oder DATABASE_URL setzen.`,
    );
  }
  return created;
}

/** True when `user` can search the directory (and every folder above it) or run the file. */
export function canReach(target: string, user: UserIds | null): boolean {
  if (!user) return true;
  const probe = spawnSync("/bin/sh", ["-c", 'test -x "$1"', "sh", target], { uid: user.uid, gid: user.gid });
  return probe.status === 0;
}

/** The first folder on the way to `target` that `user` cannot enter, or null. */
export function firstClosedFolder(target: string, user: UserIds | null): string | null {
  if (!user) return null;
  const resolved = path.resolve(target);
  const folders: string[] = [];
  for (let dir = path.dirname(resolved); ; dir = path.dirname(dir)) {
    folders.unshift(dir);
    if (dir === path.dirname(dir)) break;
  }
  const existing = folders.filter((dir) => fs.existsSync(dir));
  // One probe in the usual case: the deepest existing folder is reachable, so are all above it.
  if (existing.length === 0 || canReach(existing[existing.length - 1], user)) return null;
  return existing.find((dir) => !canReach(dir, user)) ?? null;
}

/** Stops with one sentence when the server user cannot reach the data directory's parent. */
export function assertDataDirReachable(dataDir: string, user: UserIds | null): void {
  const closed = firstClosedFolder(path.join(dataDir, "PG_VERSION"), user);
  if (!closed) return;
  throw new StartupError(
    `Der Ordner ${closed} ist für den Benutzer ${PG_USER}, unter dem die eingebettete Datenbank läuft, nicht zugänglich; bitte QUELLENLAGE_DATA_DIR auf einen Ordner außerhalb davon setzen (z. B. QUELLENLAGE_DATA_DIR=/var/lib/quellenlage npm start) oder ihn mit „chmod o+x ${closed}“ freigeben.`,
  );
}

/**
 * The folder holding bin/, lib/ and share/ of the server, reachable by `user`:
 * the package's own when it is, else a copy under `cacheRoot` (made once per
 * version; files are hard-linked where possible, so the copy costs no space).
 */
export function reachableServerFolder(
  nativeDir: string,
  user: UserIds | null,
  cacheRoot: string,
  log: (line: string) => void,
): string {
  if (canReach(path.join(nativeDir, "bin", "postgres"), user)) return nativeDir;
  const version = JSON.parse(fs.readFileSync(path.join(nativeDir, "..", "package.json"), "utf8")).version as string;
  const target = path.join(cacheRoot, `postgres-${version}`);
  const complete = path.join(target, ".vollstaendig");
  if (!isTrustedCopy(target, complete)) {
    log(
      `Der Benutzer ${PG_USER} kann die PostgreSQL-Programme in ${nativeDir} nicht erreichen (Ordner ${firstClosedFolder(path.join(nativeDir, "bin", "postgres"), user) ?? nativeDir}); sie werden nach ${target} kopiert.`,
    );
    copyServerFolder(nativeDir, cacheRoot, target);
  }
  if (!canReach(path.join(target, "bin", "postgres"), user)) {
    throw new StartupError(
      `Der Benutzer ${PG_USER} kann die PostgreSQL-Programme weder in ${nativeDir} noch in ${target} ausführen; bitte den Ordner ${firstClosedFolder(path.join(target, "bin", "postgres"), user) ?? target} mit „chmod o+x“ freigeben oder DATABASE_URL setzen.`,
    );
  }
  return target;
}

/** Only a complete copy owned by us and writable by no one else is run. */
function isTrustedCopy(target: string, complete: string): boolean {
  if (!fs.existsSync(complete)) return false;
  const stat = fs.statSync(target);
  return stat.uid === process.getuid?.() && (stat.mode & 0o022) === 0;
}

function copyServerFolder(nativeDir: string, cacheRoot: string, target: string): void {
  fs.mkdirSync(cacheRoot, { recursive: true, mode: 0o755 });
  fs.chmodSync(cacheRoot, 0o755);
  // Built beside the target and renamed into place, so a parallel start never runs half a copy.
  const staging = fs.mkdtempSync(path.join(cacheRoot, ".kopie-"));
  fs.chmodSync(staging, 0o755);
  copyTree(nativeDir, staging);
  fs.writeFileSync(path.join(staging, ".vollstaendig"), "");
  if (isTrustedCopy(target, path.join(target, ".vollstaendig"))) {
    fs.rmSync(staging, { recursive: true, force: true }); // a parallel start finished first
    return;
  }
  fs.rmSync(target, { recursive: true, force: true });
  try {
    fs.renameSync(staging, target);
  } catch {
    fs.rmSync(staging, { recursive: true, force: true }); // another start won the race
  }
}

function copyTree(from: string, to: string): void {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const destination = path.join(to, entry.name);
    if (entry.isSymbolicLink()) {
      fs.symlinkSync(fs.readlinkSync(source), destination);
    } else if (entry.isDirectory()) {
      fs.mkdirSync(destination, { mode: 0o755 });
      copyTree(source, destination);
    } else {
      try {
        fs.linkSync(source, destination);
      } catch {
        fs.copyFileSync(source, destination);
      }
      fs.chmodSync(destination, fs.statSync(source).mode | 0o444);
    }
  }
}
