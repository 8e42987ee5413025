// POST /api/articles/[id]/claims – add a claim the machine missed:
// body {start, end, valueText, value, what, actorName, party, official}.
import { postJsonRoute } from "@/lib/claims/json-route";
import { addClaim } from "@/lib/claims/add-claim";

export const dynamic = "force-dynamic";

export const POST = postJsonRoute("claim:correct", "articleId", addClaim, { status: 201 });
