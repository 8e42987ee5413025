// Logic of the `npm run extract` command (scripts/extract.ts is only the Node glue).
// File access and output are injected, so this module stays free of process and fs.

import type { ClaimSource, CountedThing, ExtractedClaim, ExtractionResult } from "./types";
import { extractFile } from "./index";

export const USAGE = `Aufruf: npm run --silent extract -- [--format json|table] DATEI...

Extrahiert Zahlenangaben mit Quelle und Konfliktparteien-Vorbehalt aus deutschen Nachrichtentexten
(Text oder HTML; .html/.htm oder am Inhalt erkannt).

Optionen:
  --format json    (Standard) Ein JSON-Dokument auf stdout:
                   {"documents":[{"file":"…","claims":[{"start","end","sentence","valueText","value",
                   "qualifier","what","sourceText","actor","party","caveat","explanation"}]}]}
                   start/end: UTF-16-Offsets von valueText im Text der Datei (bei HTML: im
                   reduzierten Artikeltext; Zeilenenden als \\n, ohne BOM).
  --format table   Lesbare Tabelle für Menschen.
  -h, --help       Diese Hilfe.

Dateien, die fehlen, leer oder binär sind, werden mit einer Meldung auf stderr übersprungen und
erscheinen nicht in "documents".
Exit-Code: 0 alles verarbeitet, 1 mindestens eine Datei fehlgeschlagen, 2 Aufruffehler.`;

export type CliFormat = "json" | "table";

/** A claim in the CLI's JSON contract: exactly these fields, in this order. */
export interface CliClaim {
  start: number;
  end: number;
  sentence: string;
  valueText: string;
  value: number;
  qualifier: string;
  what: string;
  /** Normalised event ("" when none) and counted thing (lib/extraction/events.ts). */
  event: string;
  thing: CountedThing;
  sourceText: string;
  actor: string;
  party: string;
  /** Every source (the first is actor/party above). */
  sources: ClaimSource[];
  caveat: boolean;
  explanation: string;
}

export function toCliClaim(c: ExtractedClaim): CliClaim {
  return {
    start: c.start,
    end: c.end,
    sentence: c.sentence,
    valueText: c.valueText,
    value: c.value,
    qualifier: c.qualifier,
    what: c.what,
    event: c.event,
    thing: { ...c.thing },
    sourceText: c.sourceText,
    actor: c.actor,
    party: c.party,
    sources: c.sources.map((source) => ({ ...source })),
    caveat: c.caveat,
    explanation: c.explanation,
  };
}

export interface CliIo {
  /** Read a file; throws a Node-style error (with .code) when it cannot. */
  readFile(path: string): Uint8Array;
  stdout(s: string): void;
  stderr(s: string): void;
}

type ParsedArgs = { help: true } | { help: false; format: CliFormat; files: string[] } | { error: string };

export function parseArgs(argv: string[]): ParsedArgs {
  let format: CliFormat = "json";
  const files: string[] = [];
  let optionsDone = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (optionsDone || !arg.startsWith("-") || arg === "-") {
      files.push(arg);
      continue;
    }
    if (arg === "--") {
      optionsDone = true;
    } else if (arg === "-h" || arg === "--help") {
      return { help: true };
    } else if (arg === "--format" || arg === "-f" || arg.startsWith("--format=")) {
      const value = arg.startsWith("--format=") ? arg.slice("--format=".length) : argv[++i];
      if (value === undefined) return { error: "--format braucht einen Wert: json oder table." };
      if (value !== "json" && value !== "table") return { error: `Unbekanntes Format "${value}" (erlaubt: json, table).` };
      format = value;
    } else {
      return { error: `Unbekannte Option ${arg}.` };
    }
  }
  if (files.length === 0) return { error: "Keine Datei angegeben." };
  return { help: false, format, files };
}

/** German message for a file that cannot be read. */
export function readErrorMessage(err: unknown): string {
  const code = (err as { code?: string } | null)?.code;
  switch (code) {
    case "ENOENT":
      return "Datei nicht gefunden.";
    case "EACCES":
    case "EPERM":
      return "Keine Berechtigung, die Datei zu lesen.";
    case "EISDIR":
      return "Ist ein Verzeichnis, keine Datei.";
    case "ENAMETOOLONG":
      return "Dateiname ist zu lang.";
    default:
      return `Datei konnte nicht gelesen werden${code ? ` (${code})` : ""}.`;
  }
}

// ------------------------------------------------------------------------------------------
// Table output

function fit(s: string, width: number): string {
  const flat = s.replace(/\s+/g, " ").trim();
  const chars = Array.from(flat);
  if (chars.length > width) return chars.slice(0, width - 1).join("") + "…";
  return flat + " ".repeat(width - chars.length);
}

export function formatTable(docs: { file: string; result: ExtractionResult }[]): string {
  const cols = [
    { title: "Wert", width: 22 },
    { title: "Was", width: 34 },
    { title: "Quelle", width: 28 },
    { title: "Partei", width: 6 },
    { title: "Vorbehalt", width: 9 },
  ];
  const lines: string[] = [];
  for (const { file, result } of docs) {
    const n = result.claims.length;
    const meta = [`${n} ${n === 1 ? "Angabe" : "Angaben"}`];
    if (result.stand) meta.push(`Stand ${result.stand.replace("T", " ")}`);
    if (result.entries.length > 0) meta.push(`${result.entries.length} Liveblog-Einträge`);
    lines.push(`== ${file} (${meta.join(", ")}) ==`);
    if (n === 0) {
      lines.push("  (keine Zahlenangaben gefunden)", "");
      continue;
    }
    lines.push(
      "  " +
        cols
          .map((c) => fit(c.title, c.width))
          .join("  ")
          .trimEnd(),
    );
    lines.push("  " + cols.map((c) => "-".repeat(c.width)).join("  "));
    for (const c of result.claims) {
      const cells = [c.valueText, c.what, c.actor || "Redaktion", c.party, c.caveat ? "✓" : ""];
      lines.push(
        "  " +
          cells
            .map((v, i) => fit(v, cols[i].width))
            .join("  ")
            .trimEnd(),
      );
    }
    lines.push("");
  }
  return lines.join("\n");
}

// ------------------------------------------------------------------------------------------

/** Run the CLI; returns the exit code (0 ok, 1 a file failed, 2 usage error). Never throws. */
export function runExtractCli(argv: string[], io: CliIo): number {
  const args = parseArgs(argv);
  if ("error" in args) {
    io.stderr(`extract: ${args.error}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout(USAGE + "\n");
    return 0;
  }
  let failed = false;
  const docs: { file: string; result: ExtractionResult }[] = [];
  for (const file of args.files) {
    let bytes: Uint8Array;
    try {
      bytes = io.readFile(file);
    } catch (err) {
      io.stderr(`${file}: ${readErrorMessage(err)}\n`);
      failed = true;
      continue;
    }
    try {
      const r = extractFile(bytes, file);
      if (!r.ok) {
        io.stderr(`${file}: ${r.message}\n`);
        failed = true;
        continue;
      }
      docs.push({ file, result: r.result });
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err);
      io.stderr(`${file}: Extraktion fehlgeschlagen (interner Fehler: ${msg.split("\n")[0]}).\n`);
      failed = true;
    }
  }
  if (args.format === "json") {
    const out = {
      documents: docs.map((d) => ({ file: d.file, claims: d.result.claims.map(toCliClaim), quotes: d.result.quotes })),
    };
    io.stdout(JSON.stringify(out, null, 2) + "\n");
  } else {
    io.stdout(formatTable(docs) + (docs.length > 0 ? "" : "\n"));
  }
  return failed ? 1 : 0;
}
