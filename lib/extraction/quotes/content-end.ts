// Rule "span.content-end": where the content of an indirect quotation ends. A content clause runs
// to the sentence's end unless something after it is no longer what was said:
//  - an inserted source after a comma (", so der Sprecher", ", wie die Polizei mitteilte"): the
//    cue and speaker of the words before it, not part of them;
//  - after a speech verb's content, a second speech verb joined by "und" ("… und fügte hinzu, …"):
//    a new cue starts; so does a past indicative after reported words in the Konjunktiv ("…, er sei
//    unschuldig, erkannte das Gericht nicht an": the narrator tells the speaker's next act);
//  - the main clause's finite verb right after a comma, when the cue stood before the main clause
//    (a speech noun in the sentence's first phrase, a cue clause opened by a subordinator or by its
//    verb): "Der Verdacht, er sei krank, bestätigte sich nicht" – the content is "er sei krank".
// A Konjunktiv form after the comma continues the reported words ("…, müsse aber …").

import type { Token } from "../tokens";
import { isCap } from "../tokens";
import { hasAdjectiveEnding } from "./morphology";
import {
  AUXILIARIES,
  CUE_COORDINATORS,
  INSERTED_SOURCE_OPENERS,
  KONJUNKTIV_FORMS,
  MODAL_PAST_FORMS,
  PAST_AUXILIARIES,
  SUBORDINATING_OPENERS,
} from "../lexicon/quote-words";

export const CONTENT_END_RULE = "span.content-end";

const AUX = new Set(AUXILIARIES);
const KONJ = new Set(KONJUNKTIV_FORMS);
const SUBORDINATOR = new Set(SUBORDINATING_OPENERS);
const [SO, WIE] = INSERTED_SOURCE_OPENERS;
const CUE_COORDINATOR = new Set(CUE_COORDINATORS);
const MODAL_PAST = new Set(MODAL_PAST_FORMS);
const PAST_AUX = new Set(PAST_AUXILIARIES);
/** A finite verb form by its ending: present or past ("folgte", "bestätigt", "liegen", "wurden"). */
const FINITE_ENDING = /\p{Ll}{2,}(?:t|te|ten|en)$/u;
/** Fewer tokens before an inserted source are no content of their own ("Dennoch, so X, habe …"). */
const MIN_CONTENT_TOKENS = 3;
/** How far into a content clause its end is looked for; a longer one runs to the sentence's end. */
const CONTENT_WINDOW = 80;
/** How many words after an inserted speaker may only add to it. */
const TAIL_WINDOW = 30;
/** How many tokens a fronted phrase before its speech noun may span. */
const VORFELD_MAX = 20;

/** The grammar the rule reads from the quotation layer (quotes/reader-subjects.ts, CONTENT_END_GRAMMAR). */
export interface ContentEndGrammar {
  /** Index of the direct quotation a token belongs to, -1 outside. */
  inside: ArrayLike<number>;
  /** Articles, prepositions, pronouns, conjunctions, complementizers, relative pronouns, clause adverbs. */
  isFunctionWord: (lower: string) => boolean;
  isPreposition: (lower: string) => boolean;
  isDeterminer: (lower: string) => boolean;
  /** Whether tokens [from, to] hold a Konjunktiv form outside direct quotations. */
  hasKonjunktiv: (from: number, to: number) => boolean;
  /** Whether a word is a form of a speech verb. */
  isSpeechVerb: (lower: string) => boolean;
  /** The last token of a speaker phrase starting at k (", so der Sprecher"), -1 when none. */
  phraseEndAt: (k: number) => number;
}

/** Whether the word at k reads as the finite verb of a main clause following the content. */
function isMainClauseVerb(tokens: readonly Token[], k: number, g: ContentEndGrammar): boolean {
  const t = tokens[k];
  if (!t || t.kind !== "w" || isCap(t) || g.isFunctionWord(t.lower) || KONJ.has(t.lower)) return false;
  // an adjective opens a noun phrase ("…, neuen Regeln"); a verb is followed by its subject,
  // an adverb, a pronoun or the clause's end
  const next = tokens[k + 1];
  if (next?.kind === "w" && isCap(next)) return false;
  // a strong past ("stieg", "fiel") has no ending of its own: an article or pronoun after it shows the verb
  return AUX.has(t.lower) || FINITE_ENDING.test(t.lower) || (next?.kind === "w" && g.isFunctionWord(next.lower));
}

/**
 * Whether the words after an inserted speaker only add to it (an apposition, a place, "weiter")
 * up to the sentence's end: no verb or predicate follows, so the reported words do not go on
 * after it ("…, so X, sei …" is a parenthesis inside them).
 */
function closesSentence(tokens: readonly Token[], from: number, end: number, g: ContentEndGrammar): boolean {
  if (end - from > TAIL_WINDOW) return false;
  for (let k = from; k <= end; k++) {
    const t = tokens[k];
    if (t.kind !== "w" || isCap(t) || g.isFunctionWord(t.lower)) continue;
    const attributive = hasAdjectiveEnding(t.lower) && isCap(tokens[k + 1]);
    if (!attributive) return false;
  }
  return true;
}

/** An infinitive with infixed "zu" ("einzuschreiten") ends like a past form. */
const ZU_INFIX = /\p{Ll}zu\p{Ll}{3,}$/u;
/** A weak past ending ("erkannte", "bemühten"); a module constant, built once. */
const PAST_ENDING = /\p{Ll}{3,}ten?$/u;

/**
 * A past indicative at k after reported words in the Konjunktiv (from `from` on): the narrator
 * goes on with the speaker's next act ("erklärte, er sei unschuldig, erkannte das Gericht nicht
 * an"). A weak past ("erkannte", "bemühten") or a past auxiliary; not a modal (also Konjunktiv II)
 * and not an adjective before its noun ("konkreten Produkten").
 */
function isNarratorVerb(tokens: readonly Token[], k: number, from: number, g: ContentEndGrammar): boolean {
  const t = tokens[k];
  if (!t || t.kind !== "w" || isCap(t) || KONJ.has(t.lower) || MODAL_PAST.has(t.lower) || ZU_INFIX.test(t.lower)) return false;
  if (!PAST_AUX.has(t.lower) && !PAST_ENDING.test(t.lower)) return false;
  if (isCap(tokens[k + 1])) return false;
  return g.hasKonjunktiv(from, k - 2);
}

/** ", so X" or ", wie X mitteilte": an inserted source after the comma at k. */
function insertedSourceAt(tokens: readonly Token[], k: number, end: number, g: ContentEndGrammar): boolean {
  const word = tokens[k + 1]?.lower;
  if (word === SO) {
    const phraseLast = g.phraseEndAt(k + 2);
    return phraseLast >= 0 && closesSentence(tokens, phraseLast + 1, end, g);
  }
  if (word !== WIE) return false;
  // the speech verb closes the inserted clause ("mitteilte", "mitgeteilt hatte"); a verb inside
  // it ("wie er behaupten konnte") belongs to a question about the content
  let c = k + 2;
  while (c < end && c - k < TAIL_WINDOW && tokens[c + 1].kind !== "p") c++;
  if (c > k + 2 && AUX.has(tokens[c].lower)) c--;
  return g.isSpeechVerb(tokens[c].lower);
}

/**
 * Whether a cue stands before the main clause of its sentence: its clause opens the sentence with a
 * subordinator ("Nachdem bekannt wurde, …") or with the cue verb itself ("Hieß es zunächst, …").
 */
export function isFrontedCueClause(tokens: readonly Token[], sentenceFirst: number, cueFirst: number): boolean {
  return cueFirst === sentenceFirst || SUBORDINATOR.has(tokens[sentenceFirst].lower);
}

/**
 * Whether a speech noun at `noun` belongs to the phrase that opens its sentence (before the main
 * clause's verb): only articles, prepositions, capitalised words, numbers and inflected adjectives
 * stand before it ("Auf die Bitte", "Die von X geäußerte Hoffnung").
 */
export function isFrontedNoun(tokens: readonly Token[], sentenceFirst: number, noun: number, g: ContentEndGrammar): boolean {
  if (noun - sentenceFirst > VORFELD_MAX) return false;
  for (let k = sentenceFirst; k < noun; k++) {
    const t = tokens[k];
    if (t.kind === "n" || t.kind === "m" || isCap(t)) continue;
    if (t.kind === "p") {
      if (t.text === "," || t.text === ":" || t.text === ";") return false;
      continue;
    }
    if (g.isPreposition(t.lower) || g.isDeterminer(t.lower)) continue;
    // an inflected attributive adjective or participle ("geäußerte", "ersten"); no finite auxiliary
    if (AUX.has(t.lower) || !hasAdjectiveEnding(t.lower)) return false;
  }
  return true;
}

/**
 * The last token of a content clause starting at `from` in a sentence ending at `end` (its final
 * punctuation excluded). `cue.fronted`: the cue stood before the main clause; `cue.verb`: the cue
 * is a speech verb (a source phrase's sentence goes on after "und": "laut X kam Y und blieb").
 */
export function contentEndAt(
  tokens: readonly Token[],
  from: number,
  end: number,
  cue: { fronted: boolean; verb: boolean },
  g: ContentEndGrammar,
): number {
  // a bounded window keeps the work per cue constant (a sentence of 20 000 cues stays linear)
  const limit = Math.min(end, from + CONTENT_WINDOW);
  for (let k = from + MIN_CONTENT_TOKENS; k < limit; k++) {
    if (g.inside[k] >= 0) continue;
    const t = tokens[k];
    // a source inserted after a complementizer stands inside the clause ("dass, wie X sagte, …")
    if (g.isFunctionWord(tokens[k - 1].lower)) continue;
    if (cue.verb && CUE_COORDINATOR.has(t.lower) && g.isSpeechVerb(tokens[k + 1]?.lower ?? "") && !isCap(tokens[k + 1]))
      return k - 1;
    if (cue.verb && (t.text === "," || CUE_COORDINATOR.has(t.lower)) && isNarratorVerb(tokens, k + 1, from, g)) return k - 1;
    if (t.text !== ",") continue;
    if (insertedSourceAt(tokens, k, end, g)) return k - 1;
    if (cue.fronted && isMainClauseVerb(tokens, k + 1, g)) return k - 1;
  }
  return end;
}
