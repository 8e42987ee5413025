// POST /api/articles – ingest one article for newsroom systems. Authentication:
// the next-auth session cookie (see README, "Artikel-API"); permission article:create.
import { ingestArticle, maxUploadBytes } from "@/lib/articles/ingest";
import { readJsonBody } from "@/lib/articles/ingest-request";
import { requirePermission } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db/prisma";
import { apiError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  try {
    const user = await requirePermission("article:create");
    const maxBytes = maxUploadBytes();
    const fields = await readJsonBody(request, maxBytes);
    const article = await ingestArticle(getPrisma(), user, { kind: "text", fields }, { maxBytes });
    return Response.json({ article }, { status: 201, headers: { Location: article.url } });
  } catch (error) {
    return apiError(error);
  }
}
