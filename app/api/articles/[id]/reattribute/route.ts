// POST /api/articles/[id]/reattribute – body {} (the article comes from the path): re-run the
// extraction's attribution with the current actor registry and settings on the article's untouched
// machine claims (lib/articles/reattribute.ts). Answers {data: {changed, unchanged, kept, missing}}.
import { reattributeArticle } from "@/lib/articles/reattribute";
import { postJsonRoute } from "@/lib/claims/json-route";

export const dynamic = "force-dynamic";

export const POST = postJsonRoute("actor:manage", "articleId", reattributeArticle);
