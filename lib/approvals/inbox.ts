// The approver's inbox: the SUBMITTED claims, newest submission first, grouped by article, with
// everything an approver judges them by – verdicts with rationale and evidence (each link's
// domain and, where the actor registry knows it, its owner and party), caveat, the machine's
// attribution next to the effective one, who submitted when, and the version and fingerprint
// an approval has to name.
import { CLAIM_CORRECTIONS_ONLY } from "@/lib/clusters/correction-kinds";
import { actorsWithDomains } from "@/lib/actors/domain-owners";
import { ownerOfLink, displayDomain } from "@/lib/actors/domains";
import type { ApprovalUser } from "./workflow";
import { verdictLabel } from "@/lib/claims/conflict";
import { PARTIES } from "@/lib/extraction/types";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Party } from "@/lib/generated/prisma/enums";
import type { Inbox, InboxArticle, InboxClaim, InboxEvidence, InboxReview, InboxSource, LinkOwner } from "./inbox-types";

/** At most this many claims per page: enough for a shift's batch, small enough to render at once. */
export const INBOX_LIMIT = 100;

interface SubmissionRow {
  id: string;
  /** The claim.submit event's chain position (audit seq) as text; "0" without one. */
  position: string;
  submitted_by: string | null;
  submitted_at: Date | null;
}

type RegistryActor = LinkOwner & { domains: string[] };

/** Waiting claims, for the header's "Freigaben (n)". */
export function countWaitingClaims(prisma: PrismaClient): Promise<number> {
  return prisma.claim.count({ where: { status: "SUBMITTED" } });
}

/** Where a page of the inbox ends: the submission's chain position and the claim id (keyset). */
interface InboxCursor {
  position: string;
  claimId: string;
}

// At most 18 digits: always within PostgreSQL's bigint, so the cast in the query cannot fail.
const CURSOR_PATTERN = /^(\d{1,18})\.([A-Za-z0-9_-]{1,64})$/;

/** The `vor` parameter of /approvals ("123.claimId"), or null when it is missing or malformed. */
export function parseInboxCursor(text: unknown): InboxCursor | null {
  const match = typeof text === "string" ? CURSOR_PATTERN.exec(text) : null;
  return match ? { position: match[1], claimId: match[2] } : null;
}

function formatCursor(row: SubmissionRow): string {
  return `${row.position}.${row.id}`;
}

/**
 * Submitted claims with their latest claim.submit event (the audit is the record of who and
 * when), newest first by the event's chain position – strictly increasing, where two submissions
 * may share a millisecond – and after `cursor` when given. One row more than `limit` tells
 * whether another page follows.
 */
function latestSubmissions(prisma: PrismaClient, limit: number, cursor: InboxCursor | null): Promise<SubmissionRow[]> {
  return prisma.$queryRaw<SubmissionRow[]>`
    SELECT c.id, s.user_id AS submitted_by, s.created_at AS submitted_at, COALESCE(s.seq, 0)::text AS position
    FROM claims c
    LEFT JOIN LATERAL (
      SELECT a.user_id, a.created_at, a.seq FROM audit_events a
      WHERE a.entity_type = 'Claim' AND a.entity_id = c.id AND a.action = 'claim.submit'
      ORDER BY a.seq DESC LIMIT 1
    ) s ON true
    WHERE c.status = 'SUBMITTED'
      AND (${cursor === null} OR (COALESCE(s.seq, 0), c.id) < (${cursor?.position ?? "0"}::bigint, ${cursor?.claimId ?? ""}))
    ORDER BY COALESCE(s.seq, 0) DESC, c.id DESC
    LIMIT ${limit + 1}`;
}

function evidenceOf(value: unknown, actors: readonly RegistryActor[]): InboxEvidence[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((e): e is Record<string, unknown> => typeof e === "object" && e !== null)
    .map((e) => {
      const url = String(e.url ?? "");
      const owner = ownerOfLink(url, actors);
      return {
        url,
        note: String(e.note ?? ""),
        independent: e.independent === true,
        domain: displayDomain(url),
        owner: owner ? { name: owner.name, party: owner.party, official: owner.official } : null,
      };
    });
}

const KNOWN_PARTIES = new Set<string>(PARTIES);

/** The extractor's snapshot (claims.machine: {actor, party, official, caveat}), or null for added claims. */
function machineSourceOf(machine: unknown): InboxSource | null {
  if (typeof machine !== "object" || machine === null || Array.isArray(machine)) return null;
  const m = machine as Record<string, unknown>;
  return {
    actorName: String(m.actor ?? ""),
    party: KNOWN_PARTIES.has(String(m.party)) ? (m.party as Party) : "NONE",
    official: m.official === true,
    caveat: m.caveat === true,
  };
}

function sameSource(a: InboxSource, b: InboxSource): boolean {
  return a.actorName === b.actorName && a.party === b.party && a.official === b.official && a.caveat === b.caveat;
}

function loadClaims(prisma: PrismaClient, ids: string[]) {
  return prisma.claim.findMany({
    where: { id: { in: ids }, status: "SUBMITTED" },
    include: {
      article: { select: { id: true, title: true, outlet: true } },
      reviews: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], include: { user: { select: { name: true } } } },
    },
  });
}
type LoadedClaim = Awaited<ReturnType<typeof loadClaims>>[number];

/** Claims among `ids` on which the viewer gave a verdict or correction, or proposed the accepted verdict (four-eyes). */
async function claimsTouchedBy(prisma: PrismaClient, ids: string[], userId: string): Promise<Set<string>> {
  const [reviews, corrections, proposals] = await Promise.all([
    prisma.review.findMany({ where: { claimId: { in: ids }, userId }, select: { claimId: true }, distinct: ["claimId"] }),
    prisma.claimCorrection.findMany({
      where: { claimId: { in: ids }, userId, ...CLAIM_CORRECTIONS_ONLY },
      select: { claimId: true },
      distinct: ["claimId"],
    }),
    prisma.verdictProposal.findMany({
      where: { claimId: { in: ids }, proposedById: userId, status: "ACCEPTED" },
      select: { claimId: true },
      distinct: ["claimId"],
    }),
  ]);
  return new Set([...reviews, ...corrections, ...proposals].map((r) => r.claimId));
}

async function registryWithDomains(prisma: PrismaClient): Promise<RegistryActor[]> {
  const actors = await actorsWithDomains(prisma);
  return actors.map((a) => ({ name: a.canonicalName, party: a.party, official: a.official, domains: a.domains }));
}

function latestReview(claim: LoadedClaim, kind: "CONTENT" | "ATTRIBUTION", actors: RegistryActor[]): InboxReview | null {
  const review = claim.reviews.find((r) => r.kind === kind);
  if (!review) return null;
  return {
    verdict: review.verdict,
    verdictLabel: verdictLabel(kind, review.verdict),
    rationale: review.rationale,
    evidence: evidenceOf(review.evidence, actors),
    correctSource: review.correctSource,
    userName: review.user.name,
    at: review.createdAt.toISOString(),
  };
}

interface ClaimContext {
  actors: RegistryActor[];
  touched: Set<string>;
  submission: SubmissionRow;
  submitterNames: Map<string, string>;
}

function toInboxClaim(claim: LoadedClaim, context: ClaimContext): InboxClaim {
  const source: InboxSource = { actorName: claim.actorName, party: claim.party, official: claim.official, caveat: claim.caveat };
  const machine = machineSourceOf(claim.machine);
  const { submission } = context;
  return {
    id: claim.id,
    articleId: claim.articleId,
    sentence: claim.sentence,
    valueText: claim.valueText,
    what: claim.what,
    origin: claim.origin,
    notAClaim: claim.notAClaim,
    source,
    machine,
    machineDiffers: machine !== null && !sameSource(machine, source),
    contentVerdict: claim.contentVerdict,
    attributionVerdict: claim.attributionVerdict,
    contentReview: latestReview(claim, "CONTENT", context.actors),
    attributionReview: latestReview(claim, "ATTRIBUTION", context.actors),
    submittedBy: submission.submitted_by ? (context.submitterNames.get(submission.submitted_by) ?? null) : null,
    submittedAt: submission.submitted_at?.toISOString() ?? null,
    version: claim.version,
    fingerprint: claim.submittedFingerprint,
    reviewedByViewer: context.touched.has(claim.id),
  };
}

/** Articles in the order of their newest shown submission; claims within one in text order. */
function groupByArticle(ordered: { claim: LoadedClaim; item: InboxClaim }[]): InboxArticle[] {
  const groups = new Map<string, { article: InboxArticle; starts: Map<string, number> }>();
  for (const { claim, item } of ordered) {
    let group = groups.get(claim.articleId);
    if (!group) {
      group = { article: { ...claim.article, claims: [] }, starts: new Map() };
      groups.set(claim.articleId, group);
    }
    group.article.claims.push(item);
    group.starts.set(item.id, claim.start);
  }
  return [...groups.values()].map(({ article, starts }) => ({
    ...article,
    claims: article.claims.sort((a, b) => starts.get(a.id)! - starts.get(b.id)!),
  }));
}

/**
 * One page of the inbox as `viewer` sees it (their own reviewed claims are marked, not hidden):
 * the newest `limit` submissions, or those older than `cursor`.
 */
export async function loadInbox(
  prisma: PrismaClient,
  viewer: ApprovalUser,
  options: { limit?: number; cursor?: InboxCursor | null } = {},
): Promise<Inbox> {
  const limit = options.limit ?? INBOX_LIMIT;
  const cursor = options.cursor ?? null;
  const [total, rows] = await Promise.all([countWaitingClaims(prisma), latestSubmissions(prisma, limit, cursor)]);
  const submissions = rows.slice(0, limit);
  const ids = submissions.map((s) => s.id);
  const submitterIds = [...new Set(submissions.flatMap((s) => (s.submitted_by ? [s.submitted_by] : [])))];
  const [claims, touched, actors, submitters] = await Promise.all([
    loadClaims(prisma, ids),
    claimsTouchedBy(prisma, ids, viewer.id),
    registryWithDomains(prisma),
    prisma.user.findMany({ where: { id: { in: submitterIds } }, select: { id: true, name: true } }),
  ]);
  const byId = new Map(claims.map((c) => [c.id, c]));
  const submitterNames = new Map(submitters.map((u) => [u.id, u.name]));
  // A claim approved or returned between the two queries drops out here.
  const ordered = submissions.flatMap((submission) => {
    const claim = byId.get(submission.id);
    return claim ? [{ claim, item: toInboxClaim(claim, { actors, touched, submission, submitterNames }) }] : [];
  });
  return {
    total,
    shown: ordered.length,
    limit,
    followUp: cursor !== null,
    nextCursor: rows.length > limit ? formatCursor(submissions[submissions.length - 1]) : null,
    articles: groupByArticle(ordered),
  };
}
