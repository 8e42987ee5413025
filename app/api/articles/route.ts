// POST /api/articles – ingest one article for newsroom systems. Authentication:
// the next-auth session cookie (see README, "Artikel erfassen"); permission article:create.
import { ingestArticle, maxUploadBytes } from "@/lib/articles/ingest";
import { articleBodyLimit } from "@/lib/articles/ingest-request";
import { getPrisma } from "@/lib/db/prisma";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const POST = route(
  { permission: "article:create", bodyLimit: articleBodyLimit(maxUploadBytes) },
  async ({ user, body }) => {
    const article = await ingestArticle(getPrisma(), user, { kind: "text", fields: body }, { maxBytes: maxUploadBytes() });
    return Response.json({ article }, { status: 201, headers: { Location: article.url } });
  },
);
