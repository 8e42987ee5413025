// POST /api/claims/[id]/propose-verdict – body {}: propose the approved claim's content verdict to the
// other claims of its cluster (lib/clusters/verdict-proposals.ts); answers which got one, which not and why.
import { postJsonRoute } from "@/lib/claims/json-route";
import { proposeClusterVerdict } from "@/lib/clusters/verdict-proposals";

export const dynamic = "force-dynamic";

export const POST = postJsonRoute("cluster:propose", "claimId", proposeClusterVerdict);
