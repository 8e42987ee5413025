// Everything the claim panel shows, loaded together: the claim (getClaimView), its history,
// the next open claim and – while it is returned – the approver's comment.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getClaimView } from "./article-view";
import type { ClaimHistoryEntry, ClaimPanelView, ReturnNote } from "./claim-panel-types";
import { getClaimHistory } from "./history";
import { findNextOpenClaim } from "./next-open";

function latestReturnNote(history: ClaimHistoryEntry[]): ReturnNote | null {
  const entry = history.findLast((e) => e.kind === "RETURNED");
  return entry?.note ? { text: entry.note.text, userName: entry.userName, at: entry.at } : null;
}

export async function getClaimPanel(prisma: PrismaClient, articleId: string, claimId: string): Promise<ClaimPanelView | null> {
  const claim = await getClaimView(prisma, articleId, claimId);
  if (!claim) return null;
  const [history, nextOpen] = await Promise.all([
    getClaimHistory(prisma, claimId),
    findNextOpenClaim(prisma, articleId, claimId),
  ]);
  const entries = history ?? [];
  return {
    ...claim,
    history: entries,
    nextOpen,
    returnNote: claim.status === "RETURNED" ? latestReturnNote(entries) : null,
  };
}
