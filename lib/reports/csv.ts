// CSV (RFC 4180: comma, CRLF, every field quoted, quotes doubled; UTF-8 with BOM), one row per
// claim with every field of the report. Cells starting with = + - @ tab or CR are neutralised
// (lib/claims/export-csv.ts's csvCell, the one rule for all our CSVs). This is the reference:
// snapshots render it; the live export's lines, written by PostgreSQL (csv-sql.ts), equal it
// byte for byte (tests/integration/reports/csv-stream.test.ts).
import { csvCell } from "@/lib/claims/export-csv";
import { sourcesLabel } from "@/lib/claims/sources";
import {
  actorLabel,
  articleDateLabel,
  attributionLabel,
  contentLabel,
  DRAFT_MARK,
  evidenceLabel,
  FINAL_MARK,
  NOT_ARCHIVED,
} from "./labels";
import type { ReportClaim } from "./types";

/** What every row repeats about its report: the draft mark and the integrity data. */
export interface CsvReportInfo {
  kind: "final" | "draft";
  snapshotId: string | null;
  chainHeadHash: string;
  /** "" for a streamed live report: its checksum is only known at the end. */
  dataSha256: string;
}

type Column = [string, (claim: ReportClaim, info: CsvReportInfo) => string];

const reportMark = (info: CsvReportInfo) => (info.kind === "draft" ? DRAFT_MARK : FINAL_MARK);
const reportNumber = (info: CsvReportInfo) => info.snapshotId ?? NOT_ARCHIVED;

const COLUMNS: Column[] = [
  ["Bericht", (_, info) => reportMark(info)],
  ["Bericht-Nr.", (_, info) => reportNumber(info)],
  ["Freigegeben", (claim) => (claim.approved ? "ja" : "nein")],
  ["Behauptung-ID", (claim) => claim.id],
  ["Satz", (claim) => claim.sentence],
  ["Zahl", (claim) => claim.valueText],
  ["Wert", (claim) => String(claim.value)],
  ["Einschränkung", (claim) => claim.qualifier],
  ["Gegenstand", (claim) => claim.what],
  ["Quellenangabe", (claim) => claim.source.text],
  ["Quelle", (claim) => claim.source.actorName],
  ["Quelle mit Partei", (claim) => actorLabel(claim)],
  ["Partei", (claim) => claim.source.party],
  ["Quellen", (claim) => sourcesLabel(claim.sources)],
  ["Offizielle Stelle", (claim) => (claim.source.official ? "ja" : "nein")],
  ["Hinweis nötig", (claim) => (claim.caveat ? "ja" : "nein")],
  ["Hinweistext", (claim) => claim.caveatText ?? ""],
  ["Zuordnung", (claim) => attributionLabel(claim)],
  ["Notiz Zuordnung", (claim) => claim.attribution.note],
  ["Originalaussage", (claim) => claim.attribution.originalUrl ?? ""],
  ["Richtige Quelle", (claim) => claim.attribution.correctSource ?? ""],
  ["Inhalt", (claim) => contentLabel(claim)],
  ["Begründung", (claim) => claim.content.rationale],
  ["Belege", (claim) => claim.content.evidence.map(evidenceLabel).join(" | ")],
  ["Inhalt bewertet von", (claim) => claim.content.reviewed?.by ?? ""],
  ["Inhalt bewertet am", (claim) => claim.content.reviewed?.at ?? ""],
  ["Zuordnung bewertet von", (claim) => claim.attribution.reviewed?.by ?? ""],
  ["Zuordnung bewertet am", (claim) => claim.attribution.reviewed?.at ?? ""],
  ["Eingereicht von", (claim) => claim.submitted?.by ?? ""],
  ["Eingereicht am", (claim) => claim.submitted?.at ?? ""],
  ["Freigegeben von", (claim) => claim.approval?.by ?? ""],
  ["Freigegeben am", (claim) => claim.approval?.at ?? ""],
  ["Artikel", (claim) => claim.article.title],
  ["Medium", (claim) => claim.article.outlet],
  ["Datum", (claim) => articleDateLabel(claim)],
  ["Artikel-URL", (claim) => claim.article.url ?? ""],
  ["Audit-Kettenkopf", (_, info) => info.chainHeadHash],
  ["Prüfsumme der Berichtsdaten", (_, info) => info.dataSha256],
];

export const CSV_COLUMNS = COLUMNS.map(([name]) => name);

const LINE_END = "\r\n";

export function csvHeader(): string {
  return `\uFEFF${COLUMNS.map(([name]) => csvCell(name)).join(",")}${LINE_END}`;
}

export function csvRows(claims: readonly ReportClaim[], info: CsvReportInfo): string {
  let out = "";
  for (const claim of claims) out += COLUMNS.map(([, get]) => csvCell(get(claim, info))).join(",") + LINE_END;
  return out;
}

/**
 * The cells every row of one file repeats, quoted once: before the per-claim cells (draft mark,
 * report number) and after them (chain head, data checksum) with the line end. For the CSV whose
 * lines PostgreSQL writes (csv-sql.ts); the column order is COLUMNS'.
 */
export function rowAffixes(info: CsvReportInfo): { prefix: string; suffix: string } {
  return {
    prefix: `${csvCell(reportMark(info))},${csvCell(reportNumber(info))},`,
    suffix: `,${csvCell(info.chainHeadHash)},${csvCell(info.dataSha256)}${LINE_END}`,
  };
}

/** The whole CSV of a report held in memory (snapshots; articles have at most a few thousand claims). */
export function renderCsv(claims: readonly ReportClaim[], info: CsvReportInfo): string {
  return csvHeader() + csvRows(claims, info);
}
