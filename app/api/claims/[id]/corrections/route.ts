// POST /api/claims/[id]/corrections – body {version, kind: "ACTOR_PARTY", actorName, party, official}
// or {version, kind: "NOT_A_CLAIM", notAClaim}.
import { postJsonRoute } from "@/lib/claims/json-route";
import { correctClaim } from "@/lib/claims/corrections";

export const dynamic = "force-dynamic";

export const POST = postJsonRoute("claim:correct", "claimId", correctClaim);
