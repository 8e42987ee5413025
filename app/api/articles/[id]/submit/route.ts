// POST /api/articles/[id]/submit – body {}: submit all reviewed claims of the article to the
// four-eyes approval ("Artikel zur Freigabe einreichen"); answers the outcome per claim.
import { submitArticle } from "@/lib/approvals/submit-article";
import { postJsonRoute } from "@/lib/claims/json-route";

export const dynamic = "force-dynamic";

export const POST = postJsonRoute("claim:submit", "articleId", submitArticle);
