// German wording shared by every report format (the words themselves are data here).
import { ATTRIBUTION_VERDICT_LABELS, CONTENT_VERDICT_LABELS, PARTY_LABELS } from "@/lib/claims/labels";
import { formatArticleDate, formatDateTime } from "@/lib/format";
import type { ReportClaim, ReportData, ReportEvidence, ReportStep, SealedReport, VerdictKey } from "./types";

export const DRAFT_MARK = "Entwurf";
export const FINAL_MARK = "Endfassung";
export const DRAFT_NOTICE =
  "Entwurf – enthält nicht freigegebene Prüfungen und ist nicht archiviert; nicht zur Veröffentlichung.";
export const NOT_APPROVED_MARK = "nicht freigegeben";
export const NOT_ARCHIVED = "nicht archiviert";
/** Shared with the CSV built in SQL (csv-sql.ts), so both spell them alike. */
export const NO_SOURCE_LABEL = "ohne Quelle";
export const OFFICIAL_BODY_LABEL = "offizielle Stelle";
/** Who did a step whose user is gone. */
export const UNKNOWN_PERSON = "unbekannt";
export const CHECKSUM_NOTE =
  "Die Prüfsumme jeder Datei steht im Berichtsarchiv (/reports) und lässt sich unter /reports/verify prüfen.";

export const VERDICT_SUMMARY_LABELS: Record<VerdictKey, string> = {
  VERIFIED: "belegt",
  DISPUTED: "umstritten",
  UNVERIFIABLE: "nicht überprüfbar",
  OPEN: "ohne Inhaltsurteil",
};

export function kindMark(report: ReportData): string {
  return report.kind === "draft" ? DRAFT_MARK : FINAL_MARK;
}

export function partyLabel(party: keyof typeof PARTY_LABELS): string {
  return PARTY_LABELS[party];
}

export function contentLabel(claim: ReportClaim): string {
  return claim.content.verdict ? CONTENT_VERDICT_LABELS[claim.content.verdict] : "offen";
}

export function attributionLabel(claim: ReportClaim): string {
  return claim.attribution.verdict ? ATTRIBUTION_VERDICT_LABELS[claim.attribution.verdict] : "offen";
}

export function timeLabel(iso: string): string {
  return formatDateTime(new Date(iso));
}

export function stepLabel(step: ReportStep | null): string {
  return step ? `${step.by}, ${timeLabel(step.at)}` : "–";
}

export function articleDateLabel(claim: ReportClaim): string {
  return formatArticleDate(claim.article.publishedAt ? new Date(claim.article.publishedAt) : null, claim.article.stand);
}

/** "Selenskyj (Ukraine, offizielle Stelle)"; "ohne Quelle" for the newsroom's own statements. */
export function actorLabel(claim: ReportClaim): string {
  const name = claim.source.actorName || NO_SOURCE_LABEL;
  const details = [partyLabel(claim.source.party), ...(claim.source.official ? [OFFICIAL_BODY_LABEL] : [])];
  return `${name} (${details.join(", ")})`;
}

/** "unabhängig", or why not: as marked, or the conflict party's own channel. */
export function independenceLabel(evidence: ReportEvidence): string {
  if (evidence.independent) return "unabhängig";
  if (evidence.declaredIndependent && evidence.registryOwner) {
    return `nicht unabhängig: Kanal von ${evidence.registryOwner.name} (${partyLabel(evidence.registryOwner.party)})`;
  }
  return "nicht unabhängig";
}

export function evidenceLabel(evidence: ReportEvidence): string {
  const parts = [evidence.domain || "Link", evidence.note, independenceLabel(evidence)].filter((part) => part !== "");
  return `${evidence.url} (${parts.join("; ")})`;
}

export function reportIdLabel(report: SealedReport): string {
  return report.snapshotId ?? NOT_ARCHIVED;
}

/** Summary rows [label, count] in a fixed order, the same in every format. */
export function summaryRows(report: ReportData): [string, number][] {
  const { summary } = report;
  const rows: [string, number][] = [
    ["Behauptungen", summary.total],
    ["freigegeben", summary.approved],
    ["nicht freigegeben", summary.notApproved],
    ["mit Hinweis „Konfliktparteien als Quelle“", summary.withCaveat],
  ];
  for (const key of Object.keys(VERDICT_SUMMARY_LABELS) as VerdictKey[]) {
    rows.push([`Inhalt ${VERDICT_SUMMARY_LABELS[key]}`, summary.byContentVerdict[key]]);
  }
  for (const party of Object.keys(PARTY_LABELS) as (keyof typeof PARTY_LABELS)[]) {
    const count = summary.byParty[party];
    if (count) rows.push([`Partei ${partyLabel(party)}`, count]);
  }
  return rows;
}
