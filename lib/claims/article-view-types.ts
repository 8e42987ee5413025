// Serializable data of the article view, passed from the page (server) to the
// client components. Client-safe: types and the compact highlight encoding.
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
  /** Every source in the text's order (the first is actorName/party/official); empty for the newsroom's own figures. */
  sources: { actorName: string; party: Party; official: boolean }[];
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
  /** Web domains of the actor's own channels (evidence from them may not be independent). */
  domains: string[];
}

/** One letter per claim in ArticleMarks.statuses: the highlight's colour and icon. */
export const MARK_STATUS = {
  O: "OPEN",
  V: "VERIFIED",
  D: "DISPUTED",
  U: "UNVERIFIABLE",
  N: "NOT_A_CLAIM",
} as const;
export type MarkLetter = keyof typeof MARK_STATUS;
export type MarkStatus = (typeof MARK_STATUS)[MarkLetter];

/**
 * What the text needs to highlight the claims, in columns (a 400 KB article has ~5 000 claims:
 * one object per claim would repeat every key 5 000 times in the page). Claim details are loaded
 * when a claim is opened (loadClaimAction).
 */
export interface ArticleMarks {
  /** The claims in text order (by start). */
  ids: string[];
  /**
   * Four small numbers per claim (see encodeMarkOffsets): start minus the previous claim's start,
   * length of the number, cue start relative to the number's start, cue length (0: no cue).
   */
  offsets: number[];
  /** One MarkLetter per claim. */
  statuses: string;
}

export interface MarkSpan {
  id: string;
  start: number;
  end: number;
  sourceStart: number | null;
  sourceEnd: number | null;
}

/** Offsets as differences: most are two or three digits instead of six in a long article. */
export function encodeMarkOffsets(spans: Omit<MarkSpan, "id">[]): number[] {
  let previous = 0;
  return spans.flatMap((s) => {
    const delta = s.start - previous;
    previous = s.start;
    const cue = s.sourceStart !== null && s.sourceEnd !== null && s.sourceEnd > s.sourceStart;
    return [delta, s.end - s.start, cue ? s.sourceStart! - s.start : 0, cue ? s.sourceEnd! - s.sourceStart! : 0];
  });
}

export function decodeMarks(marks: ArticleMarks): MarkSpan[] {
  let start = 0;
  return marks.ids.map((id, i) => {
    const [delta, length, cueFrom, cueLength] = marks.offsets.slice(i * 4, i * 4 + 4);
    start += delta;
    const sourceStart = cueLength > 0 ? start + cueFrom : null;
    return { id, start, end: start + length, sourceStart, sourceEnd: sourceStart !== null ? sourceStart + cueLength : null };
  });
}

export interface ArticleViewData {
  id: string;
  title: string;
  outlet: string;
  url: string | null;
  publishedAt: string | null;
  stand: string | null;
  text: string;
  marks: ArticleMarks;
  /** All claims of the article, and how many of them are neither verdicted nor "keine Behauptung". */
  claimCount: number;
  activeCount: number;
  openCount: number;
  /** Highlights shown (the first ones in the text) when an old article has more than the claim limit. */
  shownCount: number;
}
