// POST /api/claims/[id]/reopen – body {version, reason}: unlock an approved claim (approvers only).
import { reopenClaim } from "@/lib/approvals/workflow";
import { postJsonRoute } from "@/lib/claims/json-route";

export const dynamic = "force-dynamic";

export const POST = postJsonRoute("claim:reopen", "claimId", reopenClaim, { labels: { reason: "Grund" } });
