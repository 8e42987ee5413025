"use server";
// Server actions for verdict proposals in the claim panel: the same domain functions as
// POST /api/claims/[id]/propose-verdict and POST /api/verdict-proposals/[id]; each checks its permission.
import { requirePermission } from "@/lib/auth/session";
import type { DecideResult, ProposeResult } from "@/lib/clusters/verdict-proposal-types";
import { decideVerdictProposal, proposeClusterVerdict } from "@/lib/clusters/verdict-proposals";
import { getPrisma } from "@/lib/db/prisma";
import { runAction, type ActionResult } from "@/lib/errors";
import { rejectBadCharacters } from "@/lib/http/reject-bad-characters";

const asObject = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** "Urteil der Gruppe vorschlagen" on an approved claim's panel. */
export async function proposeClusterVerdictAction(claimId: unknown): Promise<ActionResult<ProposeResult>> {
  return runAction(async () => {
    const user = await requirePermission("cluster:propose");
    rejectBadCharacters({ claimId });
    return proposeClusterVerdict(getPrisma(), user, { claimId });
  });
}

/** "Übernehmen" ({decision: "accept", version}) or "Verwerfen" ({decision: "discard"}) on the receiving claim's panel. */
export async function decideVerdictProposalAction(proposalId: unknown, input: unknown): Promise<ActionResult<DecideResult>> {
  return runAction(async () => {
    const user = await requirePermission("claim:review");
    const fields = { ...asObject(input), proposalId };
    rejectBadCharacters(fields);
    return decideVerdictProposal(getPrisma(), user, fields);
  });
}
