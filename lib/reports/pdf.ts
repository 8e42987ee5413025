// PDF for print and archive with pdfkit: A4, PDF/A-2b, DejaVu Sans embedded from the npm
// package dejavu-fonts-ttf (no network, no browser), German hyphenation (soft hyphens from the
// de-1996 patterns of the npm package hyphen, which pdfkit breaks at), the newsroom's name,
// "Entwurf" on every page of a draft, page numbers and the generation time in the footer.
// Deterministic: the document's dates and id derive from the report's generation time, so the
// same data gives the same bytes.
import path from "node:path";
import PDFDocument from "pdfkit";
import { hyphenateSync } from "hyphen/de";
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

// Resolved from the working directory (the app and the tests run from the project root):
// bundlers rewrite require.resolve, the files must be read from node_modules as installed.
const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const FONTS = { regular: path.join(FONT_DIR, "DejaVuSans.ttf"), bold: path.join(FONT_DIR, "DejaVuSans-Bold.ttf") };

const MARGIN = { top: 72, bottom: 64, left: 56, right: 56 };
const GREY = "#555555";
const DRAFT_RED = "#b00020";

type Doc = PDFKit.PDFDocument;

/** Soft hyphens at German syllable breaks; only for prose (never addresses or hashes). */
export function hyphenate(text: string): string {
  return hyphenateSync(text, { minWordLength: 6 });
}

function newDocument(report: SealedReport): Doc {
  const created = new Date(report.generatedAt);
  return new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    lang: "de-DE",
    pdfVersion: "1.7",
    subset: "PDF/A-2b",
    tagged: false,
    displayTitle: true,
    info: {
      Title: `${report.title}${report.kind === "draft" ? ` (${DRAFT_MARK})` : ""}`,
      Author: report.newsroom,
      Creator: "Quellenlage",
      Producer: "Quellenlage",
      CreationDate: created,
      ModDate: created,
    },
  });
}

function heading(doc: Doc, text: string, size: number): void {
  doc.font("bold").fontSize(size).fillColor("black").text(hyphenate(text), { paragraphGap: 4 });
}

function line(doc: Doc, label: string, value: string, options: { prose?: boolean; color?: string } = {}): void {
  doc
    .font("bold")
    .fontSize(9.5)
    .fillColor(options.color ?? "black")
    .text(`${label}: `, { continued: true })
    .font("regular")
    .text(options.prose === false ? value : hyphenate(value), { paragraphGap: 1.5 });
}

function meta(doc: Doc, report: SealedReport): void {
  heading(doc, report.title, 16);
  if (report.kind === "draft") {
    doc.font("bold").fontSize(11).fillColor(DRAFT_RED).text(hyphenate(DRAFT_NOTICE), { paragraphGap: 6 });
  }
  line(doc, "Redaktion", report.newsroom);
  line(doc, "Stand", kindMark(report));
  line(doc, "Erstellt", `${timeLabel(report.generatedAt)} von ${report.generatedBy}`);
  line(doc, "Bericht-Nr.", reportIdLabel(report), { prose: false });
  line(doc, "Audit-Kettenkopf", `Ereignis ${report.auditChainHead.seq}, ${report.auditChainHead.hash}`, { prose: false });
  line(doc, "Prüfsumme der Berichtsdaten (SHA-256)", report.dataSha256, { prose: false });
  doc.font("regular").fontSize(8.5).fillColor(GREY).text(CHECKSUM_NOTE, { paragraphGap: 8 });
}

function summaryTable(doc: Doc, report: SealedReport): void {
  heading(doc, "Zusammenfassung", 13);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const countX = left + width - 80;
  doc.font("regular").fontSize(10).fillColor("black");
  for (const [label, count] of summaryRows(report)) {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 20) doc.addPage();
    const y = doc.y;
    doc.text(label, left + 4, y, { width: countX - left - 8 });
    doc.text(String(count), countX, y, { width: 76, align: "right" });
    const bottom = Math.max(doc.y, y + 14);
    doc
      .moveTo(left, bottom + 1)
      .lineTo(left + width, bottom + 1)
      .lineWidth(0.4)
      .strokeColor("#999999")
      .stroke();
    doc.x = left;
    doc.y = bottom + 4;
  }
  doc.moveDown(1);
}

function claimBlock(doc: Doc, claim: ReportClaim, index: number): void {
  if (doc.y > doc.page.height - doc.page.margins.bottom - 120) doc.addPage();
  const mark = claim.approved ? "" : ` – ${DRAFT_MARK}: ${NOT_APPROVED_MARK}`;
  doc
    .font("bold")
    .fontSize(11.5)
    .fillColor(claim.approved ? "black" : DRAFT_RED)
    .text(`${index + 1}. ${claim.valueText} ${claim.what}${mark}`, { paragraphGap: 3 });
  doc
    .font("regular")
    .fontSize(10)
    .fillColor("black")
    .text(`„${hyphenate(claim.sentence)}“`, { paragraphGap: 4, align: "justify" });
  line(doc, "Artikel", `${claim.article.title} – ${claim.article.outlet}, ${articleDateLabel(claim)}`);
  if (claim.article.url) line(doc, "Artikel-URL", claim.article.url, { prose: false });
  line(doc, "Wert", `${claim.valueText}${claim.qualifier ? ` (${claim.qualifier})` : ""}; gezählt: ${claim.what || "–"}`);
  line(doc, "Quellenangabe im Text", claim.source.text || "–");
  line(doc, "Quelle", actorLabel(claim));
  if (claim.caveatText) line(doc, "Hinweis „Konfliktparteien als Quelle“", claim.caveatText);
  if (claim.statement) line(doc, "Textbaustein", claim.statement);
  line(doc, "Zuordnung", `${attributionLabel(claim)}${claim.attribution.note ? ` – ${claim.attribution.note}` : ""}`);
  if (claim.attribution.originalUrl) line(doc, "Originalaussage", claim.attribution.originalUrl, { prose: false });
  if (claim.attribution.correctSource) line(doc, "Richtige Quelle", claim.attribution.correctSource);
  line(doc, "Inhalt", contentLabel(claim));
  if (claim.content.rationale) line(doc, "Begründung", claim.content.rationale);
  for (const item of claim.content.evidence) {
    line(doc, "Beleg", `${item.domain || "Link"}${item.note ? ` – ${item.note}` : ""} – ${independenceLabel(item)}`);
    doc.font("regular").fontSize(8.5).fillColor(GREY).text(item.url, { paragraphGap: 1.5 });
  }
  line(doc, "Inhalt bewertet", stepLabel(claim.content.reviewed));
  line(doc, "Zuordnung bewertet", stepLabel(claim.attribution.reviewed));
  line(doc, "Eingereicht", stepLabel(claim.submitted));
  line(doc, "Freigegeben", claim.approved ? stepLabel(claim.approval) : NOT_APPROVED_MARK, {
    color: claim.approved ? "black" : DRAFT_RED,
  });
  doc.moveDown(0.8);
}

/** Header and footer of every page, drawn once all pages exist (for "Seite x von n"). */
function pageFrames(doc: Doc, report: SealedReport): void {
  const range = doc.bufferedPageRange();
  const generated = timeLabel(report.generatedAt);
  for (let index = 0; index < range.count; index += 1) {
    doc.switchToPage(range.start + index);
    const { width, height } = doc.page;
    // Writing into the margins must not start a new page.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const head = report.kind === "draft" ? `${report.newsroom} · ${DRAFT_MARK}` : report.newsroom;
    doc
      .font("bold")
      .fontSize(9)
      .fillColor(report.kind === "draft" ? DRAFT_RED : GREY)
      .text(head, MARGIN.left, 36, { width: width - MARGIN.left - MARGIN.right, lineBreak: false });
    doc
      .font("regular")
      .fontSize(8.5)
      .fillColor(GREY)
      .text(`Erstellt ${generated} · Seite ${index + 1} von ${range.count}`, MARGIN.left, height - 44, {
        width: width - MARGIN.left - MARGIN.right,
        align: "center",
        lineBreak: false,
      });
    doc.page.margins.bottom = bottomMargin;
  }
}

export function renderPdf(report: SealedReport): Promise<Buffer> {
  const doc = newDocument(report);
  doc.registerFont("regular", FONTS.regular);
  doc.registerFont("bold", FONTS.bold);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  meta(doc, report);
  summaryTable(doc, report);
  heading(doc, "Behauptungen", 13);
  report.claims.forEach((claim, index) => claimBlock(doc, claim, index));
  pageFrames(doc, report);
  doc.end();
  return done;
}
