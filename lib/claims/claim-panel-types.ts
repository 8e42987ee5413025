// Serializable data of the claim panel beyond ClaimView: the claim's history, the way to the
// next open claim and the approver's return comment. Client-safe: types only.
import type { ClaimClusterSummary } from "@/lib/clusters/load";
import type { RecheckNote } from "@/lib/clusters/recheck";
import type { CounterClaim } from "@/lib/clusters/counter";
import type { VerdictProposalView } from "@/lib/clusters/verdict-proposal-types";
import type { Statement } from "@/lib/reports/statement";
import type { ClaimView, EvidenceView } from "./article-view-types";

export type HistoryKind =
  | "EXTRACTED"
  | "ADDED"
  | "CONTENT_VERDICT"
  | "ATTRIBUTION_VERDICT"
  | "CORRECTION"
  | "SUBMITTED"
  | "RETURNED"
  | "APPROVED"
  | "REOPENED"
  | "SUBMISSION_INVALIDATED"
  | "REATTRIBUTED"
  | "OTHER";

/** One field that changed, as German display text ("offen" → "belegt"). */
export interface HistoryChange {
  label: string;
  before: string;
  after: string;
}

export interface HistoryVerdict {
  label: string;
  rationale: string;
  evidence: EvidenceView[];
  correctSource: string | null;
}

export interface ClaimHistoryEntry {
  key: string;
  kind: HistoryKind;
  title: string;
  /** null: no person (e.g. an article ingested by the command line). */
  userName: string | null;
  /** ISO time; shown in German format, Europe/Berlin. */
  at: string;
  changes: HistoryChange[];
  verdict: HistoryVerdict | null;
  /** The approver's comment on a return, the reason of a reopening, the machine's source. */
  note: { label: string; text: string } | null;
}

/** Where "Nächste offene Behauptung" leads: in this article, else to another article of the queue. */
export type NextOpenClaim =
  | { kind: "article"; claimId: string; valueText: string }
  | { kind: "queue"; articleId: string; claimId: string; articleTitle: string }
  | null;

export interface ReturnNote {
  text: string;
  userName: string | null;
  at: string;
}

export interface ClaimPanelView extends ClaimView {
  history: ClaimHistoryEntry[];
  nextOpen: NextOpenClaim;
  /** The approver's comment while the claim is RETURNED. */
  returnNote: ReturnNote | null;
  /** The publishable sentence ("Textbaustein") under the newsroom's current templates; null for "keine Behauptung". */
  statement: Statement | null;
  /** Normalised event and counted thing (issue #10); null for claims stored before they were extracted. */
  counted: { event: string; lemma: string; attribute: string } | null;
  /** The same figure in other articles and its origin; null when no other article reports it. */
  cluster: ClaimClusterSummary | null;
  /** "neu zu prüfen": a newer report in its cluster contradicts the approved figure; null otherwise. */
  recheck: RecheckNote | null;
  /** The opposing conflict party's figures for the same event ("Gegenangabe"). */
  counterClaims: CounterClaim[];
  /** An approved verdict of the cluster proposed for this claim, awaiting an editor's decision; null otherwise. */
  proposal: VerdictProposalView | null;
}
