// The track record as CSV (GET /api/sources/export), with the report CSV's conventions:
// UTF-8 with BOM, RFC 4180 (comma, CRLF, every field quoted, quotes doubled), cells that a
// spreadsheet would run as a formula neutralised (csvCell). One row per actor, in the page's order.
import { csvCell } from "@/lib/claims/export-csv";
import { PARTY_LABELS } from "@/lib/claims/labels";
import { sharePercent, type ActorRecord } from "./track-record";

const COLUMNS: [string, (actor: ActorRecord) => string][] = [
  ["Quelle", (a) => a.name],
  ["Partei", (a) => a.party],
  ["Partei (Name)", (a) => PARTY_LABELS[a.party]],
  ["Behauptungen", (a) => String(a.claims)],
  ["belegt", (a) => String(a.verified)],
  ["umstritten", (a) => String(a.disputed)],
  ["nicht überprüfbar", (a) => String(a.unverifiable)],
  ["offen", (a) => String(a.open)],
  ["Anteil belegt", (a) => sharePercent(a.verified, a.claims)],
  ["Anteil umstritten", (a) => sharePercent(a.disputed, a.claims)],
  ["Anteil nicht überprüfbar", (a) => sharePercent(a.unverifiable, a.claims)],
  ["freigegeben", (a) => String(a.approved)],
  ["Letzte Behauptung", (a) => a.latestAt ?? ""],
  // appended, so the earlier columns keep their places for existing spreadsheets
  ["später widersprochen", (a) => String(a.contradicted)],
  ["Anteil später widersprochen", (a) => sharePercent(a.contradicted, a.claims)],
];

export const SOURCES_CSV_COLUMNS = COLUMNS.map(([name]) => name);

const line = (cells: string[]) => `${cells.map(csvCell).join(",")}\r\n`;

export function sourcesCsv(actors: readonly ActorRecord[]): string {
  return `\uFEFF${line(SOURCES_CSV_COLUMNS)}${actors.map((actor) => line(COLUMNS.map(([, get]) => get(actor)))).join("")}`;
}
