// The live (unarchived) report of a scope as a download: every claim of the scope, unapproved
// ones marked, "Entwurf" throughout; the CSV streamed. Shared by the article route and the
// scoped preview route.
import { DomainError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { buildReport } from "./build";
import { downloadName, FORMAT_INFO, renderFormat, type ReportFormat } from "./formats";
import { downloadResponse, JSONLD_DRAFT_MESSAGE } from "./http";
import { seal } from "./integrity";
import type { ReportScope } from "./scope";
import { draftCsvStream } from "./stream";

export async function draftDownload(
  prisma: PrismaClient,
  scope: ReportScope,
  format: ReportFormat,
  options: { generatedBy: string; baseUrl: string },
): Promise<Response> {
  const fileName = downloadName({ kind: "draft", snapshotId: null, scope }, format);
  if (format === "jsonld") throw new DomainError("CONFLICT", JSONLD_DRAFT_MESSAGE);
  if (format === "csv") {
    return downloadResponse(await draftCsvStream(prisma, scope), {
      mediaType: FORMAT_INFO.csv.mediaType,
      fileName,
      uncompressed: true,
    });
  }
  const report = seal(
    await buildReport(prisma, scope, { kind: "draft", generatedAt: new Date(), generatedBy: options.generatedBy }),
    null,
  );
  const bytes = await renderFormat(report, format, { baseUrl: options.baseUrl });
  return downloadResponse(new Uint8Array(bytes), { mediaType: FORMAT_INFO[format].mediaType, fileName });
}
