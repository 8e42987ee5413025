// POST /api/claims/[id]/detach-cluster – body {}: take the claim out of its cluster (a correction).
import { detachClaimFromCluster } from "@/lib/clusters/detach";
import { postJsonRoute } from "@/lib/claims/json-route";

export const dynamic = "force-dynamic";

export const POST = postJsonRoute("cluster:edit", "claimId", detachClaimFromCluster);
