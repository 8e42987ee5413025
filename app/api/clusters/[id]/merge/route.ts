// POST /api/clusters/[id]/merge – body {"into": 12, "version": 3}: the path's cluster is merged into
// cluster `into` (a correction per claim, audited; the merged cluster's id is gone afterwards).
import { postJsonRoute } from "@/lib/claims/json-route";
import { mergeClusters } from "@/lib/clusters/edit";

export const dynamic = "force-dynamic";

export const POST = postJsonRoute("cluster:edit", "clusterId", mergeClusters, { labels: { into: "Zielgruppe" } });
