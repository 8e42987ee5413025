// The PDF tests read reports back with pdftotext from Debian's poppler-utils. Like Chromium
// (tests/setup/chromium.ts): /usr/bin/pdftotext when present, else installed through apt-get
// when we are root (one line announces it); otherwise one German sentence says what to install.
import { spawnSync } from "node:child_process";
import { thisMachine, type ChromiumMachine } from "./chromium";

export const DEBIAN_PDFTOTEXT = "/usr/bin/pdftotext";

export class PdftotextUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PdftotextUnavailable";
  }
}

/** The same machine interface as Chromium's (executables, root, apt-get, output). */
export type ToolMachine = Omit<ChromiumMachine, "configured">;

export function resolvePdftotext(machine: ToolMachine): string {
  if (machine.isExecutable(DEBIAN_PDFTOTEXT)) return DEBIAN_PDFTOTEXT;
  if (!machine.isRoot() || !machine.hasAptGet()) {
    throw new PdftotextUnavailable(
      `Für die PDF-Tests fehlt pdftotext (${DEBIAN_PDFTOTEXT}); bitte als root „apt-get install -y poppler-utils“ ausführen.`,
    );
  }
  machine.say("pdftotext fehlt für die PDF-Tests; es wird jetzt mit „apt-get install -y poppler-utils“ installiert …");
  let attempt = machine.aptGet(["install", "-y", "poppler-utils"]);
  if (!attempt.ok) {
    const update = machine.aptGet(["update"]);
    attempt = update.ok ? machine.aptGet(["install", "-y", "poppler-utils"]) : update;
  }
  if (attempt.ok && machine.isExecutable(DEBIAN_PDFTOTEXT)) return DEBIAN_PDFTOTEXT;
  if (attempt.output.trim()) machine.say(attempt.output.trim().split("\n").slice(-15).join("\n"));
  throw new PdftotextUnavailable(
    "poppler-utils ließ sich mit apt-get nicht installieren; bitte „apt-get update && apt-get install -y poppler-utils“ von Hand ausführen.",
  );
}

/** The text of a PDF, pages separated by form feeds (pdftotext's own output). */
export function pdfText(pdf: Buffer): string {
  const tool = resolvePdftotext(thisMachine(undefined));
  const result = spawnSync(tool, ["-enc", "UTF-8", "-", "-"], { input: pdf, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`pdftotext scheiterte: ${result.stderr}`);
  return result.stdout;
}
