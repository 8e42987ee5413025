// POST /api/claims/[id]/content-verdict – body {version, verdict, rationale, evidence:[{url, note, independent}]}.
import { postJsonRoute } from "@/lib/claims/json-route";
import { saveContentVerdict } from "@/lib/reviews/verdicts";

export const dynamic = "force-dynamic";

export const POST = postJsonRoute("claim:review", "claimId", saveContentVerdict);
