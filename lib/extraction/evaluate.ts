// Scoring of extracted claims against gold claims (pure; used by scripts/eval.ts and the dev-set
// test). A prediction matches a gold claim when their [start, end) value spans overlap; matching
// is one-to-one (greedy by largest overlap, then by earliest start). On matched pairs we score
// actor (normalised equality or token containment), party and caveat, and, where the gold claim
// carries them, the event and the counted thing (lemma and attribute).

export interface ScoredClaim {
  start: number;
  end: number;
  valueText?: string;
  actor: string;
  party: string;
  caveat: boolean;
  sentence?: string;
  /** Rule ids that fired for a predicted claim (read from its explanation, see rulesOfExplanation). */
  rules?: string[];
  /** Normalised event ("" = none); absent on gold claims annotated without it. */
  event?: string;
  /** Counted thing; absent on gold claims annotated without it. */
  thing?: { lemma: string; attribute: string };
}

/** An event or counted-thing disagreement on a matched pair. */
export interface CountedMismatch {
  field: "event" | "lemma" | "attribute";
  gold: ScoredClaim;
  pred: ScoredClaim;
}

export interface Mismatch {
  field: "actor" | "party" | "caveat";
  gold: ScoredClaim;
  pred: ScoredClaim;
}

export interface FileScore extends CountedScore {
  name: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  matched: number;
  actorCorrect: number;
  partyCorrect: number;
  caveatCorrect: number;
  misses: ScoredClaim[];
  falsePositives: ScoredClaim[];
  mismatches: Mismatch[];
  /** Matched predictions (for the per-rule report). */
  matchedPreds: ScoredClaim[];
}

/** Lower-case, strip punctuation and hyphens, collapse spaces. */
export function normaliseActor(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Actor match: normalised equal, or all tokens of one contained in the other. */
export function actorsMatch(a: string, b: string): boolean {
  const na = normaliseActor(a);
  const nb = normaliseActor(b);
  if (na === nb) return true;
  if (!na || !nb) return false;
  const ta = na.split(" ");
  const tb = nb.split(" ");
  const sa = new Set(ta);
  const sb = new Set(tb);
  return ta.every((t) => sb.has(t)) || tb.every((t) => sa.has(t));
}

const overlap = (a: ScoredClaim, b: ScoredClaim): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** One-to-one matching by overlapping spans; returns pairs of indices [gold, pred]. */
export function matchClaims(gold: ScoredClaim[], pred: ScoredClaim[]): [number, number][] {
  const cands: [number, number, number][] = [];
  for (let g = 0; g < gold.length; g++) {
    for (let p = 0; p < pred.length; p++) {
      const o = overlap(gold[g], pred[p]);
      if (o > 0) cands.push([o, g, p]);
    }
  }
  cands.sort((x, y) => y[0] - x[0] || gold[x[1]].start - gold[y[1]].start || pred[x[2]].start - pred[y[2]].start);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, g, p] of cands) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
    pairs.push([g, p]);
  }
  return pairs.sort((a, b) => gold[a[0]].start - gold[b[0]].start);
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/** Lemmas compare without case ("Soldat" = "soldat"); attributes and events as written. */
const sameLemma = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Event and counted thing of a file's matched pairs (part of FileScore). */
export interface CountedScore {
  /** Matched pairs whose gold claim carries an event and a counted thing. */
  countedMatched: number;
  eventCorrect: number;
  /** Lemma and attribute both right. */
  thingCorrect: number;
  lemmaCorrect: number;
  attributeCorrect: number;
  countedMismatches: CountedMismatch[];
}

/** Event and counted thing on matched pairs whose gold claim has them annotated. */
function scoreCounted(gold: ScoredClaim[], pred: ScoredClaim[], pairs: [number, number][]): CountedScore {
  const score: CountedScore = {
    countedMatched: 0,
    eventCorrect: 0,
    thingCorrect: 0,
    lemmaCorrect: 0,
    attributeCorrect: 0,
    countedMismatches: [],
  };
  for (const [g, p] of pairs) {
    const G = gold[g];
    const P = pred[p];
    if (G.event === undefined || !G.thing) continue;
    score.countedMatched++;
    const predThing = P.thing ?? { lemma: "", attribute: "" };
    const eventOk = G.event === (P.event ?? "");
    const lemmaOk = sameLemma(G.thing.lemma, predThing.lemma);
    const attributeOk = G.thing.attribute === predThing.attribute;
    if (eventOk) score.eventCorrect++;
    else score.countedMismatches.push({ field: "event", gold: G, pred: P });
    if (lemmaOk) score.lemmaCorrect++;
    else score.countedMismatches.push({ field: "lemma", gold: G, pred: P });
    if (attributeOk) score.attributeCorrect++;
    else score.countedMismatches.push({ field: "attribute", gold: G, pred: P });
    if (lemmaOk && attributeOk) score.thingCorrect++;
  }
  return score;
}

export function scoreFile(name: string, gold: ScoredClaim[], pred: ScoredClaim[]): FileScore {
  const pairs = matchClaims(gold, pred);
  const mg = new Set(pairs.map((p) => p[0]));
  const mp = new Set(pairs.map((p) => p[1]));
  const mismatches: Mismatch[] = [];
  let actorCorrect = 0;
  let partyCorrect = 0;
  let caveatCorrect = 0;
  for (const [g, p] of pairs) {
    const G = gold[g];
    const P = pred[p];
    if (actorsMatch(G.actor, P.actor)) actorCorrect++;
    else mismatches.push({ field: "actor", gold: G, pred: P });
    if (G.party === P.party) partyCorrect++;
    else mismatches.push({ field: "party", gold: G, pred: P });
    if (G.caveat === P.caveat) caveatCorrect++;
    else mismatches.push({ field: "caveat", gold: G, pred: P });
  }
  const tp = pairs.length;
  const fp = pred.length - tp;
  const fn = gold.length - tp;
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    name,
    tp,
    fp,
    fn,
    precision,
    recall,
    f1,
    matched: tp,
    actorCorrect,
    partyCorrect,
    caveatCorrect,
    misses: gold.filter((_, i) => !mg.has(i)),
    falsePositives: pred.filter((_, i) => !mp.has(i)),
    mismatches,
    matchedPreds: pairs.map(([, p]) => pred[p]),
    ...scoreCounted(gold, pred, pairs),
  };
}

export interface OverallScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  matched: number;
  actorAccuracy: number;
  partyAccuracy: number;
  caveatAccuracy: number;
  /** Matched pairs with a gold event and counted thing (0 when the set has none). */
  countedMatched: number;
  eventAccuracy: number;
  /** Lemma and attribute both right. */
  thingAccuracy: number;
  lemmaAccuracy: number;
  attributeAccuracy: number;
}

/** Micro-averaged totals over files. */
export function overall(files: FileScore[]): OverallScore {
  const tp = files.reduce((a, f) => a + f.tp, 0);
  const fp = files.reduce((a, f) => a + f.fp, 0);
  const fn = files.reduce((a, f) => a + f.fn, 0);
  const matched = files.reduce((a, f) => a + f.matched, 0);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    tp,
    fp,
    fn,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    matched,
    actorAccuracy: ratio(
      files.reduce((a, f) => a + f.actorCorrect, 0),
      matched,
    ),
    partyAccuracy: ratio(
      files.reduce((a, f) => a + f.partyCorrect, 0),
      matched,
    ),
    caveatAccuracy: ratio(
      files.reduce((a, f) => a + f.caveatCorrect, 0),
      matched,
    ),
    ...countedAccuracy(files),
  };
}

function countedAccuracy(
  files: FileScore[],
): Pick<OverallScore, "countedMatched" | "eventAccuracy" | "thingAccuracy" | "lemmaAccuracy" | "attributeAccuracy"> {
  const sum = (pick: (f: FileScore) => number): number => files.reduce((a, f) => a + pick(f), 0);
  const counted = sum((f) => f.countedMatched);
  return {
    countedMatched: counted,
    eventAccuracy: ratio(
      sum((f) => f.eventCorrect),
      counted,
    ),
    thingAccuracy: ratio(
      sum((f) => f.thingCorrect),
      counted,
    ),
    lemmaAccuracy: ratio(
      sum((f) => f.lemmaCorrect),
      counted,
    ),
    attributeAccuracy: ratio(
      sum((f) => f.attributeCorrect),
      counted,
    ),
  };
}

/** Gold files are either { claims: [...] } or a bare array. */
export function goldClaims(json: unknown): ScoredClaim[] {
  const arr = Array.isArray(json) ? json : (json as { claims?: unknown[] })?.claims;
  if (!Array.isArray(arr)) throw new Error("gold file has no claims array");
  return arr.map((c) => {
    const o = c as Record<string, unknown>;
    return {
      start: Number(o.start),
      end: Number(o.end),
      valueText: String(o.valueText ?? ""),
      actor: String(o.actor ?? ""),
      party: String(o.party ?? "NONE"),
      caveat: Boolean(o.caveat),
      sentence: typeof o.sentence === "string" ? o.sentence : undefined,
      ...goldCounted(o),
    };
  });
}

/** The annotated event and counted thing of a gold claim, when it has them. */
function goldCounted(o: Record<string, unknown>): Pick<ScoredClaim, "event" | "thing"> {
  const thing = o.thing as { lemma?: unknown; attribute?: unknown } | undefined;
  if (typeof o.event !== "string" || !thing) return {};
  return { event: o.event, thing: { lemma: String(thing.lemma ?? ""), attribute: String(thing.attribute ?? "") } };
}

/** Rule ids named in the last sentence of an explanation ("… Regeln: speech-verb, party:as-found."). */
export function rulesOfExplanation(explanation: string): string[] {
  const m = /Regeln: ([^.]*)\.$/.exec(explanation);
  return m ? m[1].split(", ").filter(Boolean) : [];
}

export interface RuleErrors {
  rule: string;
  /** Matched claims for which the rule fired. */
  claims: number;
  actorErrors: number;
  partyErrors: number;
  caveatErrors: number;
  /** Predicted claims without a gold claim for which the rule fired. */
  falsePositives: number;
}

/** Errors per rule id over scored files, most actor+party errors first. */
export function errorsByRule(files: FileScore[]): RuleErrors[] {
  const byRule = new Map<string, RuleErrors>();
  const entry = (rule: string): RuleErrors => {
    let e = byRule.get(rule);
    if (!e) {
      e = { rule, claims: 0, actorErrors: 0, partyErrors: 0, caveatErrors: 0, falsePositives: 0 };
      byRule.set(rule, e);
    }
    return e;
  };
  for (const f of files) {
    for (const p of f.matchedPreds) for (const r of p.rules ?? []) entry(r).claims++;
    for (const p of f.falsePositives) for (const r of p.rules ?? []) entry(r).falsePositives++;
    for (const m of f.mismatches) {
      for (const r of m.pred.rules ?? []) {
        const e = entry(r);
        if (m.field === "actor") e.actorErrors++;
        else if (m.field === "party") e.partyErrors++;
        else e.caveatErrors++;
      }
    }
  }
  return [...byRule.values()].sort(
    (a, b) => b.actorErrors + b.partyErrors - (a.actorErrors + a.partyErrors) || a.rule.localeCompare(b.rule),
  );
}
