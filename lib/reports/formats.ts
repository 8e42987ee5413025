// The report formats: media type, file extension and renderer each. A snapshot stores the
// bytes of every format, rendered once at creation.
import { renderCsv } from "./csv";
import { renderJson } from "./json";
import { renderJsonLd } from "./jsonld";
import { renderMarkdown } from "./markdown";
import { renderPdf } from "./pdf";
import type { SealedReport } from "./types";

export const REPORT_FORMATS = ["pdf", "md", "csv", "json", "jsonld"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const FORMAT_INFO: Record<ReportFormat, { mediaType: string; extension: string; label: string }> = {
  pdf: { mediaType: "application/pdf", extension: "pdf", label: "PDF" },
  md: { mediaType: "text/markdown; charset=utf-8", extension: "md", label: "Markdown" },
  csv: { mediaType: "text/csv; charset=utf-8", extension: "csv", label: "CSV" },
  json: { mediaType: "application/json; charset=utf-8", extension: "json", label: "JSON" },
  jsonld: { mediaType: "application/ld+json; charset=utf-8", extension: "jsonld", label: "ClaimReview (JSON-LD)" },
};

export interface RenderContext {
  /** Public address of Quellenlage, for the ClaimReview urls. */
  baseUrl: string;
}

export async function renderFormat(report: SealedReport, format: ReportFormat, context: RenderContext): Promise<Buffer> {
  switch (format) {
    case "pdf":
      return renderPdf(report);
    case "md":
      return Buffer.from(renderMarkdown(report), "utf8");
    case "csv":
      return Buffer.from(
        renderCsv(report.claims, {
          kind: report.kind,
          snapshotId: report.snapshotId,
          chainHeadHash: report.auditChainHead.hash,
          dataSha256: report.dataSha256,
        }),
        "utf8",
      );
    case "json":
      return Buffer.from(renderJson(report), "utf8");
    case "jsonld":
      return Buffer.from(renderJsonLd(report, context.baseUrl), "utf8");
  }
}

/** File name for a download: "pruefbericht-<id>.pdf", "pruefbericht-entwurf-<article>.md", "pruefbericht-entwurf.csv". */
export function downloadName(
  report: { kind: string; snapshotId: string | null; scope: { type: string; articleId?: string } },
  format: ReportFormat,
) {
  const draftStem = report.scope.type === "article" ? `pruefbericht-entwurf-${report.scope.articleId}` : "pruefbericht-entwurf";
  const stem = report.snapshotId ? `pruefbericht-${report.snapshotId}` : draftStem;
  return `${stem}.${FORMAT_INFO[format].extension}`;
}
