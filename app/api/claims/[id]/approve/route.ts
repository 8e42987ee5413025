// POST /api/claims/[id]/approve – body {version, fingerprint?}: approve what was submitted (second person only).
import { approveClaim } from "@/lib/approvals/workflow";
import { postJsonRoute } from "@/lib/claims/json-route";

export const dynamic = "force-dynamic";

export const POST = postJsonRoute("claim:approve", "claimId", approveClaim);
