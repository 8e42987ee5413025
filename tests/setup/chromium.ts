// The browser tests bring their browser along: QUELLENLAGE_CHROMIUM when set, else
// Debian's /usr/bin/chromium, installed through apt-get when we are root and it is
// missing. Never a downloaded browser. Anything else ends in one German sentence
// saying what to install.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { loadConfig } from "../../lib/config/env";

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

export class ChromiumUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ChromiumUnavailable";
  }
}

/** What resolving needs from the machine; replaced by fakes in the unit test. */
export interface ChromiumMachine {
  /** QUELLENLAGE_CHROMIUM as read by the configuration module. */
  configured: string | undefined;
  isExecutable(file: string): boolean;
  isRoot(): boolean;
  hasAptGet(): boolean;
  /** Runs apt-get non-interactively with the given arguments. */
  aptGet(args: string[]): { ok: boolean; output: string };
  say(line: string): void;
}

export function resolveChromium(machine: ChromiumMachine): string {
  if (machine.configured) {
    if (machine.isExecutable(machine.configured)) return machine.configured;
    throw new ChromiumUnavailable(
      `QUELLENLAGE_CHROMIUM zeigt auf ${machine.configured}, dort liegt aber kein ausführbares Chromium; bitte den Pfad korrigieren oder die Variable entfernen, dann wird ${DEBIAN_CHROMIUM} verwendet.`,
    );
  }
  if (machine.isExecutable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (!machine.isRoot() || !machine.hasAptGet()) {
    throw new ChromiumUnavailable(
      `Für die Browser-Tests fehlt Chromium (${DEBIAN_CHROMIUM}); bitte als root „apt-get install -y chromium“ ausführen oder QUELLENLAGE_CHROMIUM auf ein vorhandenes Chromium setzen.`,
    );
  }
  machine.say(`Chromium fehlt für die Browser-Tests; es wird jetzt mit „apt-get install -y chromium“ installiert …`);
  // A fresh machine often has no package lists yet: then update once and try again.
  let attempt = machine.aptGet(["install", "-y", "chromium"]);
  if (!attempt.ok) {
    const update = machine.aptGet(["update"]);
    attempt = update.ok ? machine.aptGet(["install", "-y", "chromium"]) : update;
  }
  if (attempt.ok && machine.isExecutable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (attempt.output.trim()) machine.say(attempt.output.trim().split("\n").slice(-15).join("\n"));
  throw new ChromiumUnavailable(
    `Chromium ließ sich mit apt-get nicht installieren; bitte „apt-get update && apt-get install -y chromium“ von Hand ausführen oder QUELLENLAGE_CHROMIUM auf ein vorhandenes Chromium setzen.`,
  );
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The resolved browser for this run: set by the e2e global setup, so workers do not resolve again. */
export function chromiumFromSetup(): string {
  return process.env.QUELLENLAGE_CHROMIUM || resolveChromium(thisMachine(loadConfig().QUELLENLAGE_CHROMIUM));
}

/** This machine. apt-get's own output is kept for the message when it fails. */
export function thisMachine(configured: string | undefined): ChromiumMachine {
  return {
    configured,
    isExecutable,
    isRoot: () => os.userInfo().uid === 0,
    hasAptGet: () => spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status === 0,
    aptGet: (args) => {
      const result = spawnSync("apt-get", args, {
        env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      });
      return { ok: result.status === 0, output: `${result.stdout ?? ""}${result.stderr ?? ""}` };
    },
    say: (line) => process.stdout.write(`${line}\n`),
  };
}
