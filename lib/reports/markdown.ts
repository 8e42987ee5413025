// Markdown for the CMS or a chat. Article text and editors' notes are untrusted: every piece of
// it is escaped, so it can neither format nor inject HTML or links.
import {
  actorLabel,
  articleDateLabel,
  attributionLabel,
  CHECKSUM_NOTE,
  contentLabel,
  DRAFT_MARK,
  DRAFT_NOTICE,
  independenceLabel,
  kindMark,
  NOT_APPROVED_MARK,
  reportIdLabel,
  stepLabel,
  summaryRows,
  timeLabel,
} from "./labels";
import type { ReportClaim, SealedReport } from "./types";
import { sourcesLabel } from "@/lib/claims/sources";

/** Escapes Markdown and HTML syntax in one line of untrusted text. */
export function mdText(text: string): string {
  return text
    .replace(/[\r\n]+/g, " ")
    .replace(/[\\`*_[\]<>#|~]/g, (char) => `\\${char}`)
    .trim();
}

/** A link only for http(s) addresses; anything else is shown as escaped text. */
function mdLink(label: string, url: string | null): string {
  if (!url || !/^https?:\/\//i.test(url)) return mdText(label);
  return `[${mdText(label)}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}

function header(report: SealedReport): string[] {
  const lines = [`# ${mdText(report.title)}${report.kind === "draft" ? ` – ${DRAFT_MARK}` : ""}`, ""];
  if (report.kind === "draft") lines.push(`> **${DRAFT_NOTICE}**`, "");
  lines.push(
    `- Redaktion: ${mdText(report.newsroom)}`,
    `- Stand: ${kindMark(report)}`,
    `- Erstellt: ${mdText(timeLabel(report.generatedAt))} von ${mdText(report.generatedBy)}`,
    `- Bericht-Nr.: ${mdText(reportIdLabel(report))}`,
    `- Audit-Kettenkopf: Ereignis ${report.auditChainHead.seq}, \`${report.auditChainHead.hash}\``,
    `- Prüfsumme der Berichtsdaten (SHA-256): \`${report.dataSha256}\``,
    `- ${mdText(CHECKSUM_NOTE)}`,
    "",
  );
  return lines;
}

function summary(report: SealedReport): string[] {
  const rows = summaryRows(report).map(([label, count]) => `| ${mdText(label)} | ${count} |`);
  return ["## Zusammenfassung", "", "| | Anzahl |", "| --- | ---: |", ...rows, ""];
}

function claimBlock(claim: ReportClaim, index: number): string[] {
  const mark = claim.approved ? "" : ` – ${DRAFT_MARK}: ${NOT_APPROVED_MARK}`;
  const lines = [
    `### ${index + 1}. ${mdText(`${claim.valueText} ${claim.what}`)}${mark}`,
    "",
    `> ${mdText(claim.sentence)}`,
    "",
    `- Artikel: ${mdLink(claim.article.title, claim.article.url)} – ${mdText(claim.article.outlet)}, ${mdText(articleDateLabel(claim))}`,
    `- Wert: ${mdText(claim.valueText)}${claim.qualifier ? ` (${mdText(claim.qualifier)})` : ""}; gezählt: ${mdText(claim.what || "–")}`,
    `- Quellenangabe im Text: ${mdText(claim.source.text || "–")}`,
    `- Quelle: ${mdText(actorLabel(claim))}`,
  ];
  if (claim.sources.length > 1) lines.push(`- Quellen: ${mdText(sourcesLabel(claim.sources))}`);
  if (claim.caveatText) lines.push(`- Hinweis „Konfliktparteien als Quelle“: ${mdText(claim.caveatText)}`);
  if (claim.statement) lines.push(`- Textbaustein: ${mdText(claim.statement)}`);
  lines.push(
    `- Zuordnung: **${mdText(attributionLabel(claim))}**${claim.attribution.note ? ` – ${mdText(claim.attribution.note)}` : ""}`,
  );
  if (claim.attribution.originalUrl)
    lines.push(`  - Originalaussage: ${mdLink(claim.attribution.originalUrl, claim.attribution.originalUrl)}`);
  if (claim.attribution.correctSource) lines.push(`  - Richtige Quelle: ${mdText(claim.attribution.correctSource)}`);
  lines.push(`- Inhalt: **${mdText(contentLabel(claim))}**`);
  if (claim.content.rationale) lines.push(`- Begründung: ${mdText(claim.content.rationale)}`);
  if (claim.content.evidence.length > 0) {
    lines.push("- Belege:");
    for (const item of claim.content.evidence) {
      const note = item.note ? ` – ${mdText(item.note)}` : "";
      lines.push(`  - ${mdLink(item.domain || item.url, item.url)}${note} – ${mdText(independenceLabel(item))}`);
    }
  }
  lines.push(
    `- Inhalt bewertet: ${mdText(stepLabel(claim.content.reviewed))}; Zuordnung bewertet: ${mdText(stepLabel(claim.attribution.reviewed))}`,
    `- Eingereicht: ${mdText(stepLabel(claim.submitted))}`,
    `- Freigegeben: ${claim.approved ? mdText(stepLabel(claim.approval)) : `**${NOT_APPROVED_MARK}**`}`,
    "",
  );
  return lines;
}

export function renderMarkdown(report: SealedReport): string {
  const lines = [...header(report), ...summary(report), "## Behauptungen", ""];
  report.claims.forEach((claim, index) => lines.push(...claimBlock(claim, index)));
  if (report.kind === "draft") lines.push(`*${DRAFT_NOTICE}*`, "");
  return lines.join("\n");
}
