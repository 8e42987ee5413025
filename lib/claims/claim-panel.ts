// Everything the claim panel shows, loaded together: the claim (getClaimView), its history,
// the next open claim, – while it is returned – the approver's comment, and the publishable
// sentence ("Textbaustein") under the newsroom's current templates.
import { claimClusterSummary } from "@/lib/clusters/load";
import { recheckOf } from "@/lib/clusters/recheck";
import { counterClaimsOf } from "@/lib/clusters/counter";
import { openProposalOf } from "@/lib/clusters/verdict-proposals";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { buildStatement, type Statement } from "@/lib/reports/statement";
import { loadNewsroomSettings } from "@/lib/settings/newsroom";
import type { ClaimView } from "./article-view-types";
import { getClaimView } from "./article-view";
import type { ClaimHistoryEntry, ClaimPanelView, ReturnNote } from "./claim-panel-types";
import { getClaimHistory } from "./history";
import { findNextOpenClaim } from "./next-open";

function latestReturnNote(history: ClaimHistoryEntry[]): ReturnNote | null {
  const entry = history.findLast((e) => e.kind === "RETURNED");
  return entry?.note ? { text: entry.note.text, userName: entry.userName, at: entry.at } : null;
}

/** The Textbaustein from the claim, its registry actor (kind, role aliases) and the settings read now. */
async function statementOf(prisma: PrismaClient, claim: ClaimView): Promise<Statement | null> {
  if (claim.notAClaim) return null;
  const [row, settings] = await Promise.all([
    prisma.claim.findUnique({ where: { id: claim.id }, select: { actor: { select: { kind: true, aliases: true } } } }),
    loadNewsroomSettings(prisma),
  ]);
  return buildStatement(
    { ...claim, actor: row?.actor ?? null },
    { templates: settings.statementTemplates, caveatText: settings.caveatText },
  );
}

export async function getClaimPanel(prisma: PrismaClient, articleId: string, claimId: string): Promise<ClaimPanelView | null> {
  const claim = await getClaimView(prisma, articleId, claimId);
  if (!claim) return null;
  const [history, nextOpen, statement, counted, cluster, recheck, counterClaims, proposal] = await Promise.all([
    getClaimHistory(prisma, claimId),
    findNextOpenClaim(prisma, articleId, claimId),
    statementOf(prisma, claim),
    countedOf(prisma, claimId),
    claimClusterSummary(prisma, claimId),
    recheckOf(prisma, claimId),
    counterClaimsOf(prisma, claimId),
    openProposalOf(prisma, claimId),
  ]);
  const entries = history ?? [];
  return {
    ...claim,
    history: entries,
    nextOpen,
    returnNote: claim.status === "RETURNED" ? latestReturnNote(entries) : null,
    statement,
    counted,
    cluster,
    recheck,
    counterClaims,
    proposal,
  };
}

/** Event and counted thing as stored; null for claims stored before they were extracted. */
async function countedOf(prisma: PrismaClient, claimId: string): Promise<ClaimPanelView["counted"]> {
  const row = await prisma.claim.findUnique({
    where: { id: claimId },
    select: { event: true, thingLemma: true, thingAttribute: true },
  });
  if (!row || row.event === null) return null;
  return { event: row.event, lemma: row.thingLemma ?? "", attribute: row.thingAttribute ?? "" };
}
