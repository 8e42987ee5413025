// POST /api/clusters/[id]/split – body {"claimIds": ["…"], "version": 3}: the chosen claims leave the
// path's cluster and form their own (a correction per claim, audited).
import { postJsonRoute } from "@/lib/claims/json-route";
import { splitCluster } from "@/lib/clusters/edit";

export const dynamic = "force-dynamic";

export const POST = postJsonRoute("cluster:edit", "clusterId", splitCluster, { labels: { claimIds: "Behauptungen" } });
