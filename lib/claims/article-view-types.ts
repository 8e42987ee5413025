// Serializable data of the article view, passed from the page (server) to the
// client components. Client-safe: types only.
import type { AttributionVerdict, ClaimOrigin, ClaimStatus, ContentVerdict, Party } from "@/lib/generated/prisma/enums";

export interface EvidenceView {
  url: string;
  note: string;
  independent: boolean;
}

export interface ReviewView {
  verdict: string;
  verdictLabel: string;
  rationale: string;
  evidence: EvidenceView[];
  correctSource: string | null;
  userName: string;
  at: string;
}

export interface ClaimView {
  id: string;
  start: number;
  end: number;
  sentence: string;
  valueText: string;
  value: number;
  what: string;
  sourceText: string;
  sourceStart: number | null;
  sourceEnd: number | null;
  actorName: string;
  party: Party;
  official: boolean;
  caveat: boolean;
  explanation: string;
  origin: ClaimOrigin;
  notAClaim: boolean;
  status: ClaimStatus;
  contentVerdict: ContentVerdict | null;
  attributionVerdict: AttributionVerdict | null;
  version: number;
  /** What the machine originally said about the source, when an editor changed it. */
  machineSource: { actor: string; party: Party; official: boolean } | null;
  corrections: number;
  contentReview: ReviewView | null;
  attributionReview: ReviewView | null;
}

export interface ActorOption {
  canonicalName: string;
  party: Party;
  official: boolean;
}

export interface ArticleViewData {
  id: string;
  title: string;
  outlet: string;
  url: string | null;
  publishedAt: string | null;
  stand: string | null;
  text: string;
  claims: ClaimView[];
}
