// Rule "indirect.wonach": a relative clause that gives the content of a report, a rumour or a
// survey ("Berichte, wonach die Fähre gesunken sei, …", "eine Umfrage, nach der 60 Prozent …").
// The clause up to its end is the quotation; the noun before the comma is its source. "wonach"
// after a comma is reportative by itself; "nach" + relative pronoun only after a noun of saying
// or reporting ("die Straße, nach der der Platz benannt ist" is no report).

import type { Token, TokenSpan as Span } from "../tokens";
import { isCap } from "../tokens";

export const WONACH_RULE = "indirect.wonach";

const RELATIVE_AFTER_NACH = new Set(["dem", "denen", "der", "welchem", "welcher"]);
/** Nouns of rumour and speculation that report like a source noun. */
const REPORT_NOUNS =
  /(?:gerücht|gerüchte|gerüchten|spekulation|spekulationen|meldung|meldungen|berichte|umfragen|angaben|aussagen)$/;
/** Capitalised words (and an article) taken back from the comma as the antecedent. */
const ANTECEDENT_MAX = 6;
const ARTICLES = new Set(["der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "eines"]);

export interface RelativeSource {
  cue: Span;
  /** The relative word as written ("wonach", "denen"): the speaker span, like "Demnach". */
  speaker: Span;
  /** The noun phrase it refers to, which the source resolves to. */
  antecedent: Span | null;
  /** First token of the reported content. */
  contentFirst: number;
}

/** The antecedent before the comma at `comma`: its capitalised words, with their article. */
function antecedent(tokens: readonly Token[], comma: number, from: number): Span | null {
  const last = comma - 1;
  if (last < from || !isCap(tokens[last])) return null;
  let first = last;
  while (first > from && last - first < ANTECEDENT_MAX && (isCap(tokens[first - 1]) || tokens[first - 1].kind === "m")) first--;
  if (first > from && ARTICLES.has(tokens[first - 1].lower)) first--;
  return { first, last };
}

/**
 * At token i: ", wonach …" or ", nach denen …" after a report noun. Returns the cue, the source
 * (the antecedent noun phrase) and where the content starts, or null.
 */
export function relativeSourceAt(
  tokens: readonly Token[],
  i: number,
  from: number,
  end: number,
  isSourceNoun: (t: Token) => boolean,
): RelativeSource | null {
  if (i - 1 <= from || tokens[i - 1].text !== ",") return null;
  const word = tokens[i].lower;
  // asked after every comma: the antecedent is looked for only before one of the two cue words
  if (word !== "wonach" && word !== "nach") return null;
  const noun = antecedent(tokens, i - 1, from);
  if (word === "wonach")
    return i < end ? { cue: { first: i, last: i }, speaker: { first: i, last: i }, antecedent: noun, contentFirst: i + 1 } : null;
  if (word !== "nach" || !RELATIVE_AFTER_NACH.has(tokens[i + 1]?.lower ?? "") || i + 1 >= end) return null;
  const head = noun ? tokens[noun.last] : null;
  if (!head || !(isSourceNoun(head) || REPORT_NOUNS.test(head.lower))) return null;
  const pronoun = { first: i + 1, last: i + 1 };
  return { cue: { first: i, last: i + 1 }, speaker: pronoun, antecedent: noun, contentFirst: i + 2 };
}
