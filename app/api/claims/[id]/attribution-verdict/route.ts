// POST /api/claims/[id]/attribution-verdict – body {version, verdict, originalUrl, correctSource, rationale}.
import { postJsonRoute } from "@/lib/claims/json-route";
import { saveAttributionVerdict } from "@/lib/reviews/verdicts";

export const dynamic = "force-dynamic";

export const POST = postJsonRoute("claim:review", "claimId", saveAttributionVerdict, {
  labels: { rationale: "Notiz zur Zuordnung" },
});
