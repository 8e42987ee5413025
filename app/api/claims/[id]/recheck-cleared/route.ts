// POST /api/claims/[id]/recheck-cleared – body {"note": "…", "flaggedAt": "<ISO time of the flag>"}:
// the claim was checked again; its "neu zu prüfen" flag goes (audited with the note).
import { postJsonRoute } from "@/lib/claims/json-route";
import { clearRecheck } from "@/lib/clusters/recheck";

export const dynamic = "force-dynamic";

export const POST = postJsonRoute("claim:review", "claimId", clearRecheck, { labels: { note: "Notiz" } });
