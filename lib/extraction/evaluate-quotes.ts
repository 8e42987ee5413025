// Scoring of the quotation layer against a corpus annotated with quotations, cues and speakers
// (one JSON object per document: text + annotations with [start, end) character spans; a
// quotation or a speaker can have several discontinuous spans). Pure: the script reads the
// file, this module only compares.
//
// - Detection: a predicted quotation matches a gold one when their spans overlap by at least
//   half of the shorter (total length over all spans). Matching is one-to-one, largest overlap
//   first; among equal overlaps the closest fit (smallest union) first, so a quotation annotated
//   inside another one (a direct quotation within an indirect one) takes the prediction that
//   equals it. Recall per gold type, precision per predicted type (a predicted quotation counts
//   as correct when it matches any gold quotation, whatever its type).
// - Speaker: on matched quotations whose gold quotation has a speaker span. Correct when the
//   predicted speaker span overlaps the gold speaker span, or when the gold speaker is a pronoun
//   and the predicted resolved source is its referent. The referent of a gold pronoun is the
//   nearest gold speaker span before it (in text order, over all annotations of the document)
//   that is not itself a pronoun; the predicted source is that referent when the predicted
//   speaker span overlaps it or the predicted actor shares a capitalised word with it.
// - Numbers inside quotations: each claim the engine found whose value lies inside a gold
//   quotation with a speaker; correct when the claim's cue span overlaps the gold speaker (or its
//   referent) or the claim's actor shares a capitalised word with the gold speaker (or referent).

import type { ExtractedClaim, ExtractedQuote } from "./types";

export type Span = [number, number];

export interface GoldQuote {
  type: string;
  quote: Span[];
  speaker: Span[];
  cue: Span[];
}

export interface GoldDocument {
  document: string;
  text: string;
  annotations: GoldQuote[];
}

/** The corpus' five types grouped into the four the engine predicts. */
export const TYPE_GROUPS = ["Direct", "Indirect", "FreeIndirect", "Reported"] as const;
export type TypeGroup = (typeof TYPE_GROUPS)[number];

const GOLD_GROUP: Record<string, TypeGroup> = {
  Direct: "Direct",
  Indirect: "Indirect",
  FreeIndirect: "FreeIndirect",
  IndirectFreeIndirect: "FreeIndirect",
  Reported: "Reported",
};
const PRED_GROUP: Record<ExtractedQuote["type"], TypeGroup> = {
  direct: "Direct",
  indirect: "Indirect",
  free_indirect: "FreeIndirect",
  reported: "Reported",
};

/** Pronouns that stand for an earlier mention (personal, possessive and demonstrative). */
export const REFERRING_PRONOUNS: ReadonlySet<string> = new Set([
  "er",
  "sie",
  "es",
  "ihm",
  "ihn",
  "ihr",
  "ihnen",
  "sein",
  "seine",
  "seinen",
  "seiner",
  "seinem",
  "ihre",
  "ihren",
  "ihrer",
  "ihrem",
  "dieser",
  "diese",
  "dieses",
  "jener",
  "jene",
  "man",
  "wir",
  "ich",
  "demnach",
  "demzufolge",
]);

export interface Counts {
  gold: number;
  predicted: number;
  /** Gold quotations matched (recall numerator). */
  goldMatched: number;
  /** Predicted quotations matched (precision numerator). */
  predictedMatched: number;
  speakerTotal: number;
  speakerCorrect: number;
}

export interface QuoteScore {
  overall: Counts;
  byType: Record<TypeGroup, Counts>;
  numbers: { total: number; correct: number };
  /** Per rule id: predicted quotations it produced, of them unmatched, and wrong speakers. */
  byRule: Record<string, { predicted: number; unmatched: number; speakerWrong: number }>;
}

export interface PredictedDocument {
  quotes: ExtractedQuote[];
  claims: ExtractedClaim[];
}

const emptyCounts = (): Counts => ({
  gold: 0,
  predicted: 0,
  goldMatched: 0,
  predictedMatched: 0,
  speakerTotal: 0,
  speakerCorrect: 0,
});

export function emptyScore(): QuoteScore {
  const byType = {} as Record<TypeGroup, Counts>;
  for (const t of TYPE_GROUPS) byType[t] = emptyCounts();
  return { overall: emptyCounts(), byType, numbers: { total: 0, correct: 0 }, byRule: {} };
}

const spanLength = (spans: Span[]): number => spans.reduce((n, [s, e]) => n + Math.max(0, e - s), 0);

/** Characters two span lists share. */
export function overlap(a: Span[], b: Span[]): number {
  let n = 0;
  for (const [as, ae] of a) for (const [bs, be] of b) n += Math.max(0, Math.min(ae, be) - Math.max(as, bs));
  return n;
}

/** Whether two quotations match: overlap at least half of the shorter one. */
export function quotesMatch(a: Span[], b: Span[]): boolean {
  const shorter = Math.min(spanLength(a), spanLength(b));
  return shorter > 0 && overlap(a, b) * 2 >= shorter;
}

/** One-to-one matching, largest overlap first: pairs [goldIndex, predictedIndex]. */
export function matchQuotes(gold: Span[][], predicted: Span[][]): [number, number][] {
  const candidates: { g: number; p: number; size: number; union: number }[] = [];
  for (let g = 0; g < gold.length; g++)
    for (let p = 0; p < predicted.length; p++)
      if (quotesMatch(gold[g], predicted[p])) {
        const size = overlap(gold[g], predicted[p]);
        candidates.push({ g, p, size, union: spanLength(gold[g]) + spanLength(predicted[p]) - size });
      }
  // equal overlaps (a short quotation inside a longer one) go to the closest fit first: a
  // predicted „…“ matches the gold „…“, not the gold clause around it
  candidates.sort((x, y) => y.size - x.size || x.union - y.union || x.g - y.g || x.p - y.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push([c.g, c.p]);
  }
  return pairs;
}

const spanText = (text: string, spans: Span[]): string => spans.map(([s, e]) => text.slice(s, e)).join(" ");

/** Whether a gold speaker span is a pronoun (all its words are referring pronouns). */
export function isPronounSpeaker(text: string, spans: Span[]): boolean {
  const words =
    spanText(text, spans)
      .toLowerCase()
      .match(/[\p{L}]+/gu) ?? [];
  return words.length > 0 && words.every((w) => REFERRING_PRONOUNS.has(w));
}

/** The referent of a gold pronoun: nearest earlier gold speaker span that is not a pronoun. */
export function pronounReferent(doc: GoldDocument, spans: Span[]): Span[] | null {
  const at = spans[0][0];
  let best: Span[] | null = null;
  for (const a of doc.annotations) {
    if (!a.speaker.length || a.speaker[0][0] >= at) continue;
    if (isPronounSpeaker(doc.text, a.speaker)) continue;
    if (!best || a.speaker[0][0] > best[0][0]) best = a.speaker;
  }
  return best;
}

/** Capitalised words of a name, without a genitive -s, for comparing names with spans. */
function nameWords(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of s.match(/[\p{L}][\p{L}\-]*/gu) ?? []) {
    if (w[0] === w[0].toLowerCase()) continue;
    const l = w.toLowerCase();
    if (REFERRING_PRONOUNS.has(l)) continue;
    out.add(l.length > 3 && l.endsWith("s") ? l.slice(0, -1) : l);
  }
  return out;
}

/** Whether an actor name and a span of the text name the same one (a shared capitalised word). */
export function actorNames(text: string, actor: string, spans: Span[]): boolean {
  if (!actor) return false;
  const a = nameWords(actor);
  for (const w of nameWords(spanText(text, spans))) if (a.has(w)) return true;
  return false;
}

/** Whether a predicted speaker counts as right for a matched gold quotation (see the header). */
export function speakerCorrect(doc: GoldDocument, gold: GoldQuote, pred: { span: Span[]; actor: string }): boolean {
  if (pred.span.length && overlap(pred.span, gold.speaker) > 0) return true;
  if (actorNames(doc.text, pred.actor, gold.speaker)) return true;
  if (!isPronounSpeaker(doc.text, gold.speaker)) return false;
  const referent = pronounReferent(doc, gold.speaker);
  if (!referent) return false;
  return (pred.span.length > 0 && overlap(pred.span, referent) > 0) || actorNames(doc.text, pred.actor, referent);
}

const quoteSpans = (q: ExtractedQuote): Span[] => [[q.start, q.end]];

/** Add one document's comparison to the running score. */
export function scoreDocument(score: QuoteScore, doc: GoldDocument, predicted: PredictedDocument): void {
  const gold = doc.annotations;
  const preds = predicted.quotes;
  const pairs = matchQuotes(
    gold.map((g) => g.quote),
    preds.map(quoteSpans),
  );
  const matchedPred = new Map<number, number>(pairs.map(([g, p]) => [p, g]));
  const matchedGold = new Set(pairs.map(([g]) => g));
  const add = (group: TypeGroup, f: (c: Counts) => void): void => {
    f(score.overall);
    f(score.byType[group]);
  };
  gold.forEach((g, gi) => {
    const group = GOLD_GROUP[g.type] ?? "Reported";
    add(group, (c) => {
      c.gold++;
      if (matchedGold.has(gi)) c.goldMatched++;
    });
  });
  preds.forEach((p, pi) => {
    const group = PRED_GROUP[p.type];
    const gi = matchedPred.get(pi);
    add(group, (c) => {
      c.predicted++;
      if (gi !== undefined) c.predictedMatched++;
    });
    const rules = p.rules.length ? p.rules : ["(ohne Regel)"];
    for (const r of rules) {
      const entry = (score.byRule[r] ??= { predicted: 0, unmatched: 0, speakerWrong: 0 });
      entry.predicted++;
      if (gi === undefined) entry.unmatched++;
    }
    if (gi === undefined || !gold[gi].speaker.length) return;
    const g = gold[gi];
    const ok = speakerCorrect(doc, g, { span: p.speaker ? [[p.speaker.start, p.speaker.end]] : [], actor: p.actor });
    add(GOLD_GROUP[g.type] ?? "Reported", (c) => {
      c.speakerTotal++;
      if (ok) c.speakerCorrect++;
    });
    if (!ok) for (const r of rules) score.byRule[r].speakerWrong++;
  });
  for (const claim of predicted.claims) {
    const g = gold.find((q) => q.speaker.length && q.quote.some(([s, e]) => claim.start >= s && claim.end <= e));
    if (!g) continue;
    score.numbers.total++;
    const span: Span[] = claim.sourceStart >= 0 ? [[claim.sourceStart, claim.sourceEnd]] : [];
    if (speakerCorrect(doc, g, { span, actor: claim.actor })) score.numbers.correct++;
  }
}

export interface Ratios {
  precision: number;
  recall: number;
  f1: number;
  speaker: number;
}

export function ratios(c: Counts): Ratios {
  const precision = c.predicted ? c.predictedMatched / c.predicted : 0;
  const recall = c.gold ? c.goldMatched / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, speaker: c.speakerTotal ? c.speakerCorrect / c.speakerTotal : 0 };
}

/** Parse one JSONL line of the corpus; throws a clear error on a malformed document. */
export function parseGoldDocument(line: string, lineNo: number): GoldDocument {
  const raw = JSON.parse(line) as Partial<GoldDocument>;
  if (typeof raw.text !== "string" || !Array.isArray(raw.annotations))
    throw new Error(`line ${lineNo}: expected {"text", "annotations"}`);
  return { document: String(raw.document ?? lineNo), text: raw.text, annotations: raw.annotations };
}
