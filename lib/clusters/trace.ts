// Source tracing of a cluster (pure): the distinct original sources behind its reports, whether
// each is a conflict party, how many are independent, and the flags editors look at first.
// A claim's sources come from claim_sources (several per claim: "nach
// Angaben der US-Regierung und der Ukraine"); the loader passes all of them in `sources`.
import type { Party } from "@/lib/extraction/types";
import { valuesDisagree, type ClusterRules } from "./rules";

export interface TracedSource {
  actor: string;
  party: Party;
}

export interface TracedClaim {
  claimId: string;
  articleId: string;
  value: number;
  valueText: string;
  /** Every source of the claim; empty when the outlet states the figure without a source. */
  sources: TracedSource[];
}

export interface Origin {
  actor: string;
  party: Party;
  conflictParty: boolean;
  /** How many of the cluster's claims name this source. */
  claims: number;
}

export interface ClusterTrace {
  articleCount: number;
  origins: Origin[];
  /** Distinct sources that are not a conflict party. */
  independentSources: number;
  /** Claims whose outlet names no source at all. */
  unattributed: number;
  flags: {
    /** All reports trace back to one source (circular reporting). */
    singleSource: boolean;
    /** Every named source is a conflict party. */
    onlyConflictParties: boolean;
    /** Values differ beyond the agreement tolerance. */
    discrepancy: boolean;
  };
  /** Who says what: one line per distinct value, largest first. */
  values: { value: number; valueTexts: string[]; actors: string[] }[];
}

export function traceCluster(claims: TracedClaim[], conflictParties: readonly Party[], rules: ClusterRules): ClusterTrace {
  const conflict = new Set(conflictParties);
  const origins = new Map<string, Origin>();
  let unattributed = 0;
  for (const claim of claims) {
    if (claim.sources.length === 0) unattributed += 1;
    for (const source of claim.sources) {
      const origin = origins.get(source.actor) ?? { ...source, conflictParty: conflict.has(source.party), claims: 0 };
      origin.claims += 1;
      origins.set(source.actor, origin);
    }
  }
  const list = [...origins.values()].sort((a, b) => b.claims - a.claims || a.actor.localeCompare(b.actor, "de"));
  const articleCount = new Set(claims.map((c) => c.articleId)).size;
  return {
    articleCount,
    origins: list,
    independentSources: list.filter((o) => !o.conflictParty).length,
    unattributed,
    flags: {
      singleSource: articleCount > 1 && list.length === 1,
      onlyConflictParties: list.length > 0 && list.every((o) => o.conflictParty),
      discrepancy: valuesDisagree(
        claims.map((c) => c.value),
        rules,
      ),
    },
    values: whoSaysWhat(claims),
  };
}

function whoSaysWhat(claims: TracedClaim[]): ClusterTrace["values"] {
  const byValue = new Map<number, { value: number; valueTexts: Set<string>; actors: Set<string> }>();
  for (const claim of claims) {
    const line = byValue.get(claim.value) ?? { value: claim.value, valueTexts: new Set(), actors: new Set() };
    line.valueTexts.add(claim.valueText);
    for (const s of claim.sources) line.actors.add(s.actor);
    if (claim.sources.length === 0) line.actors.add("ohne Quelle");
    byValue.set(claim.value, line);
  }
  return [...byValue.values()]
    .sort((a, b) => b.value - a.value)
    .map((l) => ({ value: l.value, valueTexts: [...l.valueTexts], actors: [...l.actors] }));
}

/** "Selenskyj (UA, Konfliktpartei)" */
export function originLabel(origin: Origin): string {
  return `${origin.actor} (${origin.party}${origin.conflictParty ? ", Konfliktpartei" : ""})`;
}

/** The claim panel's line: "Auch gemeldet in 2 Artikeln – Ursprung: … , keine unabhängige Bestätigung". */
export function corroborationLine(otherArticles: number, trace: ClusterTrace): string {
  const reported = `Auch gemeldet in ${otherArticles} ${otherArticles === 1 ? "Artikel" : "Artikeln"}`;
  const origins = trace.origins.length ? trace.origins.map(originLabel).join(", ") : "ohne Quellenangabe";
  const independent =
    trace.independentSources === 0
      ? "keine unabhängige Bestätigung"
      : `${trace.independentSources} ${trace.independentSources === 1 ? "unabhängige Quelle" : "unabhängige Quellen"}`;
  return `${reported} – Ursprung: ${origins}, ${independent}`;
}

/** German labels of the set flags. */
export function flagLabels(trace: ClusterTrace): string[] {
  const labels: string[] = [];
  if (trace.flags.singleSource) labels.push("eine Quelle");
  if (trace.flags.onlyConflictParties) labels.push("nur Konfliktparteien");
  if (trace.flags.discrepancy) labels.push("Abweichung");
  return labels;
}
