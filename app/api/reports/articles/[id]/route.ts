// GET  /api/reports/articles/[id]?format=pdf|md|csv|json – the article's live report: every
//      claim, unapproved ones marked, "Entwurf" throughout, not archived (CSV streamed).
// POST /api/reports/articles/[id] – body {}: the final report of the article's approved claims,
//      stored as an immutable snapshot (201 with its number and hashes).
import { getPrisma } from "@/lib/db/prisma";
import { publicBaseUrl } from "@/lib/http/origin";
import { route } from "@/lib/http/route";
import { draftDownload } from "@/lib/reports/draft";
import { parseFormat, REPORT_LABELS } from "@/lib/reports/http";
import { createSnapshot } from "@/lib/reports/snapshots";

export const dynamic = "force-dynamic";

const OPTIONS = { pathId: "articleId", labels: REPORT_LABELS } as const;

export const GET = route({ permission: "report:read", ...OPTIONS }, async ({ id, query, request, user }) => {
  const format = parseFormat(query);
  const scope = { type: "article" as const, articleId: id! };
  return draftDownload(getPrisma(), scope, format, { generatedBy: user.name, baseUrl: publicBaseUrl(request) });
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
