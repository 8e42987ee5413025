// Proposing an approved verdict to the other claims of its cluster (issue #10): one step creates a
// proposal for every other claim that has no verdict yet; nothing about those claims changes. An
// editor then accepts a proposal – it becomes their own content verdict through the same
// writeContentVerdict as the verdict form, so submit and the four-eyes approval follow as for any
// claim – or discards it. Every step is audited on the claims involved and names the source claim.
// Used by POST /api/claims/[id]/propose-verdict, POST /api/verdict-proposals/[id] and the server
// actions in app/articles/[id]/proposal-actions.ts alike.
import crypto from "node:crypto";
import { z } from "zod";
import { domainOwners } from "@/lib/actors/domain-owners";
import { auditJson, writeAudit } from "@/lib/audit/audit";
import { can, type Permission, type Role } from "@/lib/auth/permissions";
import { CONTENT_VERDICT_LABELS } from "@/lib/claims/labels";
import { parseInput } from "@/lib/claims/validate";
import { DomainError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ClaimStatus, ContentVerdict, Party } from "@/lib/generated/prisma/enums";
import { contentVerdictRuleViolations, type EvidenceItem } from "@/lib/reviews/content-verdict-schema";
import { writeContentVerdict } from "@/lib/reviews/verdicts";
import { loadNewsroomSettings } from "@/lib/settings/newsroom";
import { CLUSTER_LOCK } from "./store";
import {
  proposeMessage,
  type DecideResult,
  type ProposeResult,
  type SkipReason,
  type VerdictProposalView,
} from "./verdict-proposal-types";

type Tx = Prisma.TransactionClient;

export interface ProposalUser {
  id: string;
  role: Role;
}

export const PROPOSAL_ACTIONS = {
  /** On each receiving claim. */
  PROPOSED: "claim.verdict_proposed",
  /** On the source claim: which claims got a proposal, which were skipped and why. */
  SENT: "claim.verdict_proposals_sent",
  ACCEPTED: "claim.verdict_proposal_accepted",
  DISCARDED: "claim.verdict_proposal_discarded",
} as const;

const RATIONALE_MAX = 4000;
/** One proposal and one audit event per claim of the cluster: a big cluster needs longer than Prisma's 5 s default. */
const PROPOSE_TRANSACTION = { maxWait: 10_000, timeout: 60_000 };
const ID_MESSAGE = "Die Kennung in der Adresse ist ungültig.";
const idField = z.string({ error: ID_MESSAGE }).min(1, ID_MESSAGE).max(64, ID_MESSAGE);
const VERSION_MESSAGE = "Der Bearbeitungsstand fehlt. Bitte die Seite neu laden.";

const proposeSchema = z.object({ claimId: idField });

const decideSchema = z
  .object({
    proposalId: idField,
    decision: z.enum(["accept", "discard"], {
      error: "Bitte angeben, ob der Vorschlag übernommen („accept“) oder verworfen („discard“) wird.",
    }),
    version: z.number({ error: VERSION_MESSAGE }).int(VERSION_MESSAGE).min(0, VERSION_MESSAGE).optional(),
  })
  .superRefine((values, ctx) => {
    if (values.decision === "accept" && values.version === undefined) {
      ctx.addIssue({ code: "custom", path: ["version"], message: VERSION_MESSAGE });
    }
  });

function requireCan(user: ProposalUser, permission: Permission, message: string): void {
  if (!can(user.role, permission)) throw new DomainError("FORBIDDEN", message);
}

interface SourceRow {
  id: string;
  article_id: string;
  title: string;
  value_text: string;
  status: ClaimStatus;
  content_verdict: ContentVerdict | null;
  submitted_fingerprint: string | null;
}

/** The source claim, locked against a concurrent reopening until the proposals are written. */
async function lockSource(tx: Tx, claimId: string): Promise<SourceRow> {
  const [row] = await tx.$queryRaw<SourceRow[]>`
    SELECT c.id, c.article_id, a.title, c.value_text, c.status::text AS status, c.content_verdict::text AS content_verdict,
           c.submitted_fingerprint
      FROM claims c JOIN articles a ON a.id = c.article_id
     WHERE c.id = ${claimId}
       FOR SHARE OF c`;
  if (!row) throw new DomainError("NOT_FOUND", "Diese Behauptung gibt es nicht (mehr).");
  if (row.status !== "APPROVED" || !row.content_verdict || !row.submitted_fingerprint) {
    throw new DomainError(
      "VALIDATION",
      "Vorschlagen lässt sich nur das Inhaltsurteil einer freigegebenen Behauptung. Diese ist noch nicht freigegeben.",
    );
  }
  return row;
}

function evidenceOf(value: unknown): EvidenceItem[] {
  if (!Array.isArray(value)) return [];
  return value.map((item: Record<string, unknown>) => ({
    url: String(item?.url ?? ""),
    note: String(item?.note ?? ""),
    independent: item?.independent === true,
  }));
}

/** "Übernommen aus Meldung „11.000“ in „Titel“, freigegeben von Name: …", within the rationale's limit. */
export function takenOverRationale(source: { valueText: string; title: string }, approvedBy: string, rationale: string): string {
  const by = approvedBy ? `, freigegeben von ${approvedBy}` : "";
  const head = `Übernommen aus Meldung „${source.valueText}“ in „${source.title}“${by}: `;
  const text = head + rationale;
  return text.length <= RATIONALE_MAX ? text : `${text.slice(0, RATIONALE_MAX - 1)}…`;
}

interface Offer {
  verdict: ContentVerdict;
  rationale: string;
  evidence: EvidenceItem[];
  fingerprint: string;
  approvedBy: string;
}

/** What is proposed: the source's latest content review, marked as taken over, and its approver. */
async function offerOf(tx: Tx, source: SourceRow): Promise<Offer> {
  const [review, approval] = await Promise.all([
    tx.review.findFirst({
      where: { claimId: source.id, kind: "CONTENT" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { rationale: true, evidence: true },
    }),
    tx.auditEvent.findFirst({
      where: { entityType: "Claim", entityId: source.id, action: "claim.approve" },
      orderBy: { seq: "desc" },
      select: { user: { select: { name: true } } },
    }),
  ]);
  if (!review)
    throw new DomainError("VALIDATION", "Zu dieser Behauptung gibt es keine Begründung, die vorgeschlagen werden könnte.");
  const approvedBy = approval?.user?.name ?? "";
  return {
    verdict: source.content_verdict!,
    rationale: takenOverRationale({ valueText: source.value_text, title: source.title }, approvedBy, review.rationale),
    evidence: evidenceOf(review.evidence),
    fingerprint: source.submitted_fingerprint!,
    approvedBy,
  };
}

interface MemberRow {
  id: string;
  status: ClaimStatus;
  party: Party;
  not_a_claim: boolean;
  has_open: boolean;
}

/** The cluster's other claims, locked in id order so that verdicts written meanwhile wait for us. */
async function lockMembers(tx: Tx, sourceId: string): Promise<{ clusterId: number; members: MemberRow[] }> {
  const membership = await tx.claimClusterMember.findUnique({ where: { claimId: sourceId } });
  if (!membership) {
    throw new DomainError("CONFLICT", "Diese Behauptung gehört zu keiner Gruppe gleicher Zahlen (mehr); bitte Seite neu laden.");
  }
  const members = await tx.$queryRaw<MemberRow[]>`
    SELECT c.id, c.status::text AS status, c.party::text AS party, c.not_a_claim,
           EXISTS (SELECT 1 FROM verdict_proposals p WHERE p.claim_id = c.id AND p.status = 'PROPOSED') AS has_open
      FROM claim_cluster_members m JOIN claims c ON c.id = m.claim_id
     WHERE m.cluster_id = ${membership.clusterId} AND c.id <> ${sourceId}
     ORDER BY c.id
       FOR SHARE OF c`;
  return { clusterId: membership.clusterId, members };
}

const STATUS_SKIPS: Partial<Record<ClaimStatus, SkipReason>> = {
  APPROVED: "APPROVED",
  SUBMITTED: "SUBMITTED",
  IN_REVIEW: "IN_REVIEW",
  RETURNED: "IN_REVIEW",
};

type RuleContext = Omit<Parameters<typeof contentVerdictRuleViolations>[1], "party">;

/** Why a member gets no proposal, or null when it gets one. */
function skipOf(member: MemberRow, offer: Offer, rules: RuleContext): { reason: SkipReason; detail?: string } | null {
  const byStatus = STATUS_SKIPS[member.status];
  if (byStatus) return { reason: byStatus };
  if (member.not_a_claim) return { reason: "NOT_A_CLAIM" };
  if (member.has_open) return { reason: "OPEN_PROPOSAL" };
  // e.g. "belegt" for a conflict party's figure needs an independent source the original did not need
  const [violation] = contentVerdictRuleViolations(offer, { ...rules, party: member.party });
  return violation ? { reason: "NOT_ALLOWED", detail: violation.message } : null;
}

/** Inserts the proposal unless one is already open for the claim (the partial unique index decides). */
async function insertProposal(tx: Tx, claimId: string, sourceId: string, userId: string, offer: Offer) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO verdict_proposals (id, claim_id, source_claim_id, proposed_by_id, verdict, rationale, evidence,
                                   source_fingerprint, approved_by_name)
    VALUES (${crypto.randomUUID()}, ${claimId}, ${sourceId}, ${userId}, ${offer.verdict}::"ContentVerdict", ${offer.rationale},
            ${JSON.stringify(offer.evidence)}::jsonb, ${offer.fingerprint}, ${offer.approvedBy})
    ON CONFLICT DO NOTHING
    RETURNING id`;
  return rows[0]?.id ?? null;
}

/** input: {claimId} (the approved source claim, from the path). */
export async function proposeClusterVerdict(prisma: PrismaClient, user: ProposalUser, input: unknown): Promise<ProposeResult> {
  requireCan(user, "cluster:propose", "Sie dürfen Urteile nicht für eine Gruppe vorschlagen.");
  const { claimId } = parseInput(proposeSchema, input);
  return prisma.$transaction(async (tx) => {
    // cluster membership must not change under us (ingest, recompute, detach take the same lock)
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CLUSTER_LOCK})`;
    const source = await lockSource(tx, claimId);
    const offer = await offerOf(tx, source);
    const { clusterId, members } = await lockMembers(tx, source.id);
    const { conflictParties } = await loadNewsroomSettings(tx);
    const rules = { conflictParties, registry: await domainOwners(tx, conflictParties) };
    const created: ProposeResult["created"] = [];
    const skipped: ProposeResult["skipped"] = [];
    for (const member of members) {
      const skip = skipOf(member, offer, rules);
      const proposalId = skip ? null : await insertProposal(tx, member.id, source.id, user.id, offer);
      if (!proposalId) {
        skipped.push({ claimId: member.id, ...(skip ?? { reason: "OPEN_PROPOSAL" as const }) });
        continue;
      }
      created.push({ claimId: member.id, proposalId });
      await writeAudit(tx, user, {
        action: PROPOSAL_ACTIONS.PROPOSED,
        entityType: "Claim",
        entityId: member.id,
        before: null,
        after: auditJson({
          proposalId,
          sourceClaimId: source.id,
          sourceArticleId: source.article_id,
          clusterId,
          verdict: offer.verdict,
          approvedBy: offer.approvedBy,
        }),
      });
    }
    await writeAudit(tx, user, {
      action: PROPOSAL_ACTIONS.SENT,
      entityType: "Claim",
      entityId: source.id,
      before: null,
      after: auditJson({ clusterId, verdict: offer.verdict, created, skipped }),
    });
    return { sourceClaimId: source.id, clusterId, created, skipped, message: proposeMessage(created.length, skipped) };
  }, PROPOSE_TRANSACTION);
}

interface ProposalRow {
  id: string;
  claim_id: string;
  source_claim_id: string;
  verdict: ContentVerdict;
  rationale: string;
  evidence: unknown;
  source_fingerprint: string;
  status: "PROPOSED" | "ACCEPTED" | "DISCARDED";
  decided_by_name: string | null;
}

async function lockProposal(tx: Tx, proposalId: string): Promise<ProposalRow> {
  const [row] = await tx.$queryRaw<ProposalRow[]>`
    SELECT p.id, p.claim_id, p.source_claim_id, p.verdict::text AS verdict, p.rationale, p.evidence,
           p.source_fingerprint, p.status::text AS status, u.name AS decided_by_name
      FROM verdict_proposals p LEFT JOIN users u ON u.id = p.decided_by_id
     WHERE p.id = ${proposalId}
       FOR UPDATE OF p`;
  if (!row) throw new DomainError("NOT_FOUND", "Diesen Vorschlag gibt es nicht (mehr). Bitte die Seite neu laden.");
  if (row.status !== "PROPOSED") {
    const what = row.status === "ACCEPTED" ? "übernommen" : "verworfen";
    const who = row.decided_by_name ? ` von ${row.decided_by_name}` : "";
    throw new DomainError("CONFLICT", `Dieser Vorschlag wurde inzwischen${who} ${what}. Bitte die Seite neu laden.`);
  }
  return row;
}

/** A proposal is only as good as its source: reopened or changed since, it can only be discarded. */
async function requireSourceUnchanged(tx: Tx, proposal: ProposalRow): Promise<void> {
  const [source] = await tx.$queryRaw<{ status: ClaimStatus; submitted_fingerprint: string | null }[]>`
    SELECT status::text AS status, submitted_fingerprint FROM claims WHERE id = ${proposal.source_claim_id} FOR SHARE`;
  if (source?.status !== "APPROVED" || source.submitted_fingerprint !== proposal.source_fingerprint) {
    throw new DomainError(
      "CONFLICT",
      "Die Meldung, aus der dieser Vorschlag stammt, wurde inzwischen wieder geöffnet oder geändert. " +
        "Der Vorschlag kann nur noch verworfen werden.",
    );
  }
}

async function closeProposal(tx: Tx, proposal: ProposalRow, user: ProposalUser, accepted: string | null) {
  const status = accepted ? "ACCEPTED" : "DISCARDED";
  const closed = await tx.verdictProposal.updateMany({
    where: { id: proposal.id, status: "PROPOSED" },
    data: { status, decidedById: user.id, decidedAt: new Date(), reviewId: accepted },
  });
  if (closed.count !== 1)
    throw new DomainError("CONFLICT", "Dieser Vorschlag wurde eben entschieden. Bitte die Seite neu laden.");
  await writeAudit(tx, user, {
    action: accepted ? PROPOSAL_ACTIONS.ACCEPTED : PROPOSAL_ACTIONS.DISCARDED,
    entityType: "Claim",
    entityId: proposal.claim_id,
    before: auditJson({ proposalId: proposal.id, status: "PROPOSED" }),
    after: auditJson({ proposalId: proposal.id, status, sourceClaimId: proposal.source_claim_id, reviewId: accepted }),
  });
}

/**
 * input: {proposalId (from the path), decision: "accept" | "discard", version (the claim's, for accept)}.
 * Accepting writes the proposal as the user's content verdict on the claim (status → in review;
 * submission and approval follow separately); discarding leaves the claim as it is.
 */
export async function decideVerdictProposal(prisma: PrismaClient, user: ProposalUser, input: unknown): Promise<DecideResult> {
  requireCan(user, "claim:review", "Sie dürfen keine Urteile abgeben und daher keinen Vorschlag übernehmen oder verwerfen.");
  const { proposalId, decision, version } = parseInput(decideSchema, input);
  return prisma.$transaction(async (tx) => {
    const proposal = await lockProposal(tx, proposalId);
    if (decision === "discard") {
      await closeProposal(tx, proposal, user, null);
      const claim = await tx.claim.findUniqueOrThrow({ where: { id: proposal.claim_id }, select: { version: true } });
      return { proposalId, claimId: proposal.claim_id, decision, version: claim.version, reviewId: null };
    }
    await requireSourceUnchanged(tx, proposal);
    const verdict = await writeContentVerdict(
      tx,
      user,
      {
        claimId: proposal.claim_id,
        version,
        verdict: proposal.verdict,
        rationale: proposal.rationale,
        evidence: evidenceOf(proposal.evidence),
      },
      { proposal: { id: proposal.id, sourceClaimId: proposal.source_claim_id } },
    );
    await closeProposal(tx, proposal, user, verdict.reviewId);
    return { proposalId, claimId: proposal.claim_id, decision, version: verdict.version, reviewId: verdict.reviewId };
  });
}

interface ViewRow {
  id: string;
  verdict: ContentVerdict;
  rationale: string;
  evidence: unknown;
  source_claim_id: string;
  source_article_id: string;
  title: string;
  value_text: string;
  approved_by_name: string;
  proposed_by_name: string;
  created_at: Date;
  still_approved: boolean;
}

/** The claim's open proposal for its panel, or null. */
export async function openProposalOf(prisma: PrismaClient, claimId: string): Promise<VerdictProposalView | null> {
  const [row] = await prisma.$queryRaw<ViewRow[]>`
    SELECT p.id, p.verdict::text AS verdict, p.rationale, p.evidence, p.source_claim_id, sc.article_id AS source_article_id,
           a.title, sc.value_text, p.approved_by_name, u.name AS proposed_by_name, p.created_at,
           (sc.status = 'APPROVED' AND sc.submitted_fingerprint IS NOT DISTINCT FROM p.source_fingerprint) AS still_approved
      FROM verdict_proposals p
      JOIN claims sc ON sc.id = p.source_claim_id
      JOIN articles a ON a.id = sc.article_id
      JOIN users u ON u.id = p.proposed_by_id
     WHERE p.claim_id = ${claimId} AND p.status = 'PROPOSED'`;
  if (!row) return null;
  return {
    id: row.id,
    verdict: row.verdict,
    verdictLabel: CONTENT_VERDICT_LABELS[row.verdict],
    rationale: row.rationale,
    evidence: evidenceOf(row.evidence),
    sourceClaimId: row.source_claim_id,
    sourceArticleId: row.source_article_id,
    sourceArticleTitle: row.title,
    sourceValueText: row.value_text,
    approvedByName: row.approved_by_name,
    proposedByName: row.proposed_by_name,
    at: row.created_at.toISOString(),
    sourceStillApproved: row.still_approved,
  };
}
