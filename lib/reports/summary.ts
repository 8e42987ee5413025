// The summary on top of a report: counts per content verdict, per party, with caveat, approved.
import type { ReportClaim, ReportSummary } from "./types";

export function emptySummary(): ReportSummary {
  return {
    total: 0,
    approved: 0,
    notApproved: 0,
    withCaveat: 0,
    byContentVerdict: { VERIFIED: 0, DISPUTED: 0, UNVERIFIABLE: 0, OPEN: 0 },
    byParty: {},
  };
}

/** Adds one claim to the summary (in place: the CSV and bench paths never hold all claims). */
export function countClaim(summary: ReportSummary, claim: ReportClaim): void {
  summary.total += 1;
  if (claim.approved) summary.approved += 1;
  else summary.notApproved += 1;
  if (claim.caveat) summary.withCaveat += 1;
  summary.byContentVerdict[claim.content.verdict ?? "OPEN"] += 1;
  summary.byParty[claim.source.party] = (summary.byParty[claim.source.party] ?? 0) + 1;
}

export function summarize(claims: readonly ReportClaim[]): ReportSummary {
  const summary = emptySummary();
  for (const claim of claims) countClaim(summary, claim);
  return summary;
}
