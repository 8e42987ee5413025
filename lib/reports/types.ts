// The data of a verification report (issue #9): what every format renders. Plain JSON values
// only (ISO strings for times), so the JSON format is this object and its SHA-256 is stable.
import type { ReportScope } from "./scope";
import type { AttributionVerdict, ClaimStatus, ContentVerdict, Party } from "@/lib/generated/prisma/enums";

export interface ReportPerson {
  name: string;
}

/** Who did a step and when (ISO 8601). */
export interface ReportStep {
  by: string;
  at: string;
}

export interface ReportEvidence {
  url: string;
  /** "mil.ru", "t.me/mod_russia"; "" when the link is unreadable (lib/actors/domains.ts). */
  domain: string;
  note: string;
  /** As the editor marked it. */
  declaredIndependent: boolean;
  /** The registry actor whose own channel the link is, when one is known. */
  registryOwner: { name: string; party: Party } | null;
  /** Independent as marked and not from a conflict party's own channel. */
  independent: boolean;
}

export interface ReportArticle {
  id: string;
  title: string;
  outlet: string;
  publishedAt: string | null;
  stand: string | null;
  url: string | null;
}

export interface ReportSource {
  actorName: string;
  party: Party;
  official: boolean;
}

export interface ReportClaim {
  id: string;
  status: ClaimStatus;
  approved: boolean;
  sentence: string;
  valueText: string;
  value: number;
  qualifier: string;
  /** What is counted ("nordkoreanische Soldaten"). */
  what: string;
  article: ReportArticle;
  source: {
    /** The attribution as it stands in the text. */
    text: string;
    actorName: string;
    /** PERSON or ORGANIZATION (the registry's kind), UNKNOWN when the actor is not registered. */
    actorType: "PERSON" | "ORGANIZATION" | "UNKNOWN";
    party: Party;
    official: boolean;
  };
  /**
   * Every source of the claim in the text's order (issue #11: "nach Angaben der US-Regierung und
   * der Ukraine" → two); the first is `source`. Empty for the newsroom's own figures.
   */
  sources: ReportSource[];
  caveat: boolean;
  /** The newsroom's caveat text where the caveat applies, else null. */
  caveatText: string | null;
  /** The publishable sentence ("Textbaustein", lib/reports/statement.ts) under the newsroom's templates. */
  statement?: string;
  attribution: {
    verdict: AttributionVerdict | null;
    note: string;
    originalUrl: string | null;
    correctSource: string | null;
    reviewed: ReportStep | null;
  };
  content: {
    verdict: ContentVerdict | null;
    rationale: string;
    evidence: ReportEvidence[];
    reviewed: ReportStep | null;
  };
  submitted: ReportStep | null;
  approval: ReportStep | null;
}

export type VerdictKey = ContentVerdict | "OPEN";

export interface ReportSummary {
  total: number;
  approved: number;
  notApproved: number;
  withCaveat: number;
  byContentVerdict: Record<VerdictKey, number>;
  byParty: Partial<Record<Party, number>>;
}

/** The scope as given (lib/reports/scope.ts) with its German description, e.g. the article's title. */
export type ReportScopeInfo = ReportScope & { label: string };

export interface ReportData {
  schemaVersion: 1;
  /** "final": approved claims only, archived as a snapshot. "draft": anything else. */
  kind: "final" | "draft";
  title: string;
  newsroom: string;
  scope: ReportScopeInfo;
  generatedAt: string;
  generatedBy: string;
  auditChainHead: { seq: string; hash: string };
  summary: ReportSummary;
  claims: ReportClaim[];
}

/** The report with its integrity data: the snapshot id (final only) and the data checksum. */
export interface SealedReport extends ReportData {
  snapshotId: string | null;
  dataSha256: string;
}
