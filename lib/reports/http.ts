// What the report routes share: the format parameter and the download response.
import { z } from "zod";
import { parseInput } from "@/lib/claims/validate";
import { REPORT_FORMATS, type ReportFormat } from "./formats";

export const FORMAT_MESSAGE = "Bitte ein Format wählen: pdf, md, csv, json oder jsonld.";
export const JSONLD_DRAFT_MESSAGE =
  "ClaimReview (JSON-LD) gibt es nur für Endberichte, weil es nur freigegebene Prüfungen enthält. " +
  "Bitte einen Endbericht erstellen und dessen JSON-LD herunterladen.";
export const REPORT_LABELS = { format: "Format" };

const formatSchema = z.object({ format: z.enum(REPORT_FORMATS, { error: FORMAT_MESSAGE }) });

export function parseFormat(query: URLSearchParams): ReportFormat {
  return parseInput(formatSchema, { format: query.get("format") ?? undefined }).format;
}

export function downloadResponse(
  body: BodyInit,
  options: { mediaType: string; fileName: string; sha256?: string; status?: number; uncompressed?: boolean },
): Response {
  return new Response(body, {
    status: options.status ?? 200,
    headers: {
      "Content-Type": options.mediaType,
      "Content-Disposition": `attachment; filename="${options.fileName}"`,
      // no-transform: Next.js then leaves the body as it is instead of gzipping it (the live CSV:
      // gzip cost about as much server CPU as writing the file; bench:reports).
      "Cache-Control": options.uncompressed ? "private, no-store, no-transform" : "private, no-store",
      ...(options.sha256 ? { "X-Quellenlage-Sha256": options.sha256, ETag: `"${options.sha256}"` } : {}),
    },
  });
}
