// Serializable data of the approver's inbox (/approvals), passed from the page to the client
// components. Client-safe: types only.
import type { AttributionVerdict, ClaimOrigin, ContentVerdict, Party } from "@/lib/generated/prisma/enums";

/** The registry actor whose web domain an evidence link comes from. */
export interface LinkOwner {
  name: string;
  party: Party;
  official: boolean;
}

export interface InboxEvidence {
  url: string;
  note: string;
  independent: boolean;
  /** "mil.ru", "t.me/mod_russia"; "" when the link is no readable address. */
  domain: string;
  /** Null when the actor registry knows no actor with this domain. */
  owner: LinkOwner | null;
}

export interface InboxReview {
  verdict: string;
  verdictLabel: string;
  rationale: string;
  evidence: InboxEvidence[];
  correctSource: string | null;
  userName: string;
  at: string;
}

export interface InboxSource {
  actorName: string;
  party: Party;
  official: boolean;
  caveat: boolean;
}

export interface InboxClaim {
  id: string;
  articleId: string;
  sentence: string;
  valueText: string;
  what: string;
  origin: ClaimOrigin;
  notAClaim: boolean;
  /** The claim's effective source (after corrections). */
  source: InboxSource;
  /** What the extractor said; null for claims an editor added. */
  machine: InboxSource | null;
  /** The effective source differs from the machine's. */
  machineDiffers: boolean;
  contentVerdict: ContentVerdict | null;
  attributionVerdict: AttributionVerdict | null;
  contentReview: InboxReview | null;
  attributionReview: InboxReview | null;
  /** From the claim.submit audit event; null only for submissions from before the audit. */
  submittedBy: string | null;
  submittedAt: string | null;
  /** What an approval must name: the version and fingerprint of the submitted content. */
  version: number;
  fingerprint: string | null;
  /** The viewer gave a verdict or correction on this claim: four-eyes, someone else approves. */
  reviewedByViewer: boolean;
}

export interface InboxArticle {
  id: string;
  title: string;
  outlet: string;
  claims: InboxClaim[];
}

export interface Inbox {
  /** All submitted claims waiting for approval. */
  total: number;
  /** How many of them this page holds (at most `limit`, newest submissions first). */
  shown: number;
  limit: number;
  /** This page follows another (it was asked for with a cursor). */
  followUp: boolean;
  /** The `vor` parameter of the next (older) page, or null on the last page. */
  nextCursor: string | null;
  articles: InboxArticle[];
}
