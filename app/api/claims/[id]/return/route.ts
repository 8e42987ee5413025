// POST /api/claims/[id]/return – body {version, comment}: send a submitted claim back to its editor.
import { returnClaim } from "@/lib/approvals/workflow";
import { postJsonRoute } from "@/lib/claims/json-route";

export const dynamic = "force-dynamic";

export const POST = postJsonRoute("claim:return", "claimId", returnClaim, { labels: { comment: "Kommentar" } });
