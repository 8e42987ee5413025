// GET  /api/reports/articles/[id]?format=pdf|md|csv|json – the article's live report: every
//      claim, unapproved ones marked, "Entwurf" throughout, not archived (CSV streamed).
// POST /api/reports/articles/[id] – body {}: the final report of the article's approved claims,
//      stored as an immutable snapshot (201 with its number and hashes).
import { getPrisma } from "@/lib/db/prisma";
import { DomainError } from "@/lib/errors";
import { publicBaseUrl } from "@/lib/http/origin";
import { route } from "@/lib/http/route";
import { buildReport } from "@/lib/reports/build";
import { downloadName, FORMAT_INFO, renderFormat } from "@/lib/reports/formats";
import { downloadResponse, JSONLD_DRAFT_MESSAGE, parseFormat, REPORT_LABELS } from "@/lib/reports/http";
import { seal } from "@/lib/reports/integrity";
import { createSnapshot } from "@/lib/reports/snapshots";
import { draftCsvStream } from "@/lib/reports/stream";

export const dynamic = "force-dynamic";

const OPTIONS = { pathId: "articleId", labels: REPORT_LABELS } as const;

export const GET = route({ permission: "report:read", ...OPTIONS }, async ({ id, query, request, user }) => {
  const format = parseFormat(query);
  const scope = { type: "article" as const, articleId: id! };
  const prisma = getPrisma();
  const fileName = downloadName({ kind: "draft", snapshotId: null, scope }, format);
  if (format === "jsonld") throw new DomainError("CONFLICT", JSONLD_DRAFT_MESSAGE);
  if (format === "csv") {
    return downloadResponse(await draftCsvStream(prisma, scope), { mediaType: FORMAT_INFO.csv.mediaType, fileName });
  }
  const report = seal(await buildReport(prisma, scope, { kind: "draft", generatedAt: new Date(), generatedBy: user.name }), null);
  const bytes = await renderFormat(report, format, { baseUrl: publicBaseUrl(request) });
  return downloadResponse(new Uint8Array(bytes), { mediaType: FORMAT_INFO[format].mediaType, fileName });
});

export const POST = route({ permission: "report:create", ...OPTIONS }, async ({ id, request, user }) => {
  const report = await createSnapshot(
    getPrisma(),
    user,
    { type: "article", articleId: id! },
    { baseUrl: publicBaseUrl(request) },
  );
  return Response.json({ report }, { status: 201 });
});
