// Speakers of a clause that opens a direct quotation with a colon, in two shapes the plain
// "subject at the clause's start" reading misses:
//  speaker.colon-apposition  the subject opens the sentence and an apposition in commas separates
//                            it from its verb ("Die Leiterin der Studie, Vorname Name, sieht …: „…“")
//  speaker.colon-inverted    a fronted prepositional phrase or adverb, the finite verb, then the
//                            subject ("Im Landtag warb die Ministerin mit den Worten: „…“",
//                            "Danach wandte sich die Trainerin an ihr Team: „…“")

import type { Token, TokenSpan as Span } from "../tokens";
import { BETWEEN_VERB_AND_SUBJECT } from "../lexicon/quote-words";
import { isCap } from "../tokens";

export const COLON_APPOSITION_RULE = "speaker.colon-apposition";
export const COLON_INVERTED_RULE = "speaker.colon-inverted";

export interface ColonGrammar {
  phraseFrom: (toks: Token[], i: number, end: number) => Span | null;
  startsSubject: (t: Token | undefined) => boolean;
  isOblique: (lower: string) => boolean;
  /** Prepositions, determiners, conjunctions, clause adverbs: words that are no finite verb. */
  isFunctionWord: (lower: string) => boolean;
  isPreposition: (lower: string) => boolean;
  isAdverb: (lower: string) => boolean;
}

/** How far a fronted phrase may reach before its verb. */
const FRONTED_MAX = 10;
const AFTER_VERB = new Set(BETWEEN_VERB_AND_SUBJECT);
/** Case endings of an attributive adjective that no finite verb form has. */
const ADJECTIVE_ENDING = /(?:er|em|es)$/;
/** Possessives after a sentence-initial preposition ("Auf ihrer Website"): no finite verb. */
const POSSESSIVE = /^(?:mein|dein|sein|ihr|unser|euer)(?:e|en|er|em|es)?$/;

/** The subject at the sentence's start when an apposition in commas ends right before the clause at `at`. */
function appositionSubject(toks: Token[], sStart: number, at: number, g: ColonGrammar): Span | null {
  if (at <= sStart + 1 || toks[at - 1].text !== ",") return null;
  const verb = toks[at];
  if (verb.kind !== "w" || isCap(verb) || g.isFunctionWord(verb.lower)) return null;
  if (!g.startsSubject(toks[sStart]) || g.isOblique(toks[sStart].lower) || g.isPreposition(toks[sStart].lower)) return null;
  return g.phraseFrom(toks, sStart, at - 2);
}

/** The subject after the finite verb that follows a fronted prepositional phrase or adverb (also read by quotes/subject.ts). */
export function invertedSubject(toks: Token[], at: number, last: number, g: ColonGrammar): Span | null {
  if (!g.isPreposition(toks[at].lower) && !g.isAdverb(toks[at].lower)) return null;
  for (let k = at + 1; k <= last && k - at <= FRONTED_MAX; k++) {
    const t = toks[k];
    // the stop of an ordinal ("Am 15. Mai") stays inside the fronted phrase
    if (t.kind === "p" && !(t.text === "." && toks[k - 1].kind === "n")) return null;
    if (t.kind !== "w" || isCap(t) || g.isFunctionWord(t.lower) || POSSESSIVE.test(t.lower) || !isCap(toks[k - 1])) continue;
    // "Am morgigen Sonntag", "Trotz gesunkener Zahlen": an adjective after the opening preposition or
    // with a case ending no finite verb has ("-er", "-em", "-es") stands inside the fronted phrase
    if ((k - 1 === at && g.isPreposition(toks[at].lower)) || ADJECTIVE_ENDING.test(t.lower)) continue;
    let s = k + 1;
    while (s <= last && s - k <= 2 && AFTER_VERB.has(toks[s].lower)) s++;
    if (s > last || !g.startsSubject(toks[s]) || g.isOblique(toks[s].lower)) return null;
    return g.phraseFrom(toks, s, last);
  }
  return null;
}

/** The speaker of a colon clause [at, last] in a sentence starting at sStart, with the rule that found it. */
export function colonSubject(
  toks: Token[],
  sStart: number,
  at: number,
  last: number,
  g: ColonGrammar,
): { span: Span; rule: string } | null {
  const apposition = appositionSubject(toks, sStart, at, g);
  if (apposition) return { span: apposition, rule: COLON_APPOSITION_RULE };
  const inverted = invertedSubject(toks, at, last, g);
  return inverted ? { span: inverted, rule: COLON_INVERTED_RULE } : null;
}
