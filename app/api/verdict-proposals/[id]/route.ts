// POST /api/verdict-proposals/[id] – body {decision: "accept", version} or {decision: "discard"}:
// an editor takes a proposed verdict over as their own content verdict, or discards it.
import { postJsonRoute } from "@/lib/claims/json-route";
import { decideVerdictProposal } from "@/lib/clusters/verdict-proposals";

export const dynamic = "force-dynamic";

export const POST = postJsonRoute("claim:review", "proposalId", decideVerdictProposal, {
  labels: { decision: "Entscheidung", version: "Bearbeitungsstand" },
});
