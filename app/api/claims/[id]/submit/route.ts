// POST /api/claims/[id]/submit – body {version}: hand the reviewed claim to the four-eyes approval.
import { submitClaim } from "@/lib/approvals/workflow";
import { postJsonRoute } from "@/lib/claims/json-route";

export const dynamic = "force-dynamic";

export const POST = postJsonRoute("claim:submit", "claimId", submitClaim);
