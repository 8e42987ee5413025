// Konjunktiv I recogniser: the third person singular of the Konjunktiv I is the verb stem plus
// "-e" where the indicative has "-t" ("er gebe" – "er gibt", "sie verfüge", "es liefere", "er
// handle", "sie lege … fest", "…, dass er zurückkehre"). A word list cannot hold every verb, so any
// lower-case word in "-e" counts when its form and its place in the sentence leave no other
// reading. The listed forms (lexicon/quote-words.ts KONJUNKTIV_FORMS: modals, auxiliaries, stems
// in -t/-d whose Konjunktiv looks like a past, Konjunktiv II) count wherever they stand.
//
// Not a Konjunktiv I: function words in "-e" (lexicon/konjunktiv.ts), past forms in "-te"
// ("sagte"), adjectives of foreign stems ("nationale"), participles before a noun ("gegebene",
// "folgende"), an adjective before its noun ("die neue Regel", "große Pläne"), the first person
// ("ich gebe") and foreign words ("style", "cycle"). Plural Konjunktiv forms equal the indicative
// ("sie geben") apart from the listed ones ("seien").

import { isCap, type Token } from "../tokens";
import {
  ADJECTIVE_COORDINATORS,
  ADJECTIVE_E_ENDINGS,
  ADJECTIVES_IN_E,
  BEFORE_ATTRIBUTE,
  DEMONSTRATIVE_SUBJECT,
  FINITE_COPULAS,
  FIRST_PERSON_SINGULAR,
  NON_KONJUNKTIV_E_WORDS,
  SUBJECT_PRONOUNS,
} from "../lexicon/konjunktiv";
import { prefixPattern, VERB_PREFIXES } from "../lexicon/verb-prefixes";
import { KONJUNKTIV_FORMS } from "../lexicon/quote-words";

const LISTED = new Set(KONJUNKTIV_FORMS);
const NON_VERB = new Set([...NON_KONJUNKTIV_E_WORDS, ...ADJECTIVES_IN_E]);
const COPULA = new Set(FINITE_COPULAS);
const ATTRIBUTE_BEFORE = new Set(BEFORE_ATTRIBUTE);
const SUBJECT_PRONOUN = new Set(SUBJECT_PRONOUNS);
const FIRST_PERSON = new Set(FIRST_PERSON_SINGULAR);
const COORDINATOR = new Set(ADJECTIVE_COORDINATORS);
const ADJECTIVE_ENDING = new RegExp(`(?:${ADJECTIVE_E_ENDINGS.join("|")})$`);
const PREFIX = new RegExp(`^(?:${prefixPattern(VERB_PREFIXES)})`);
/** The shortest candidate ("gebe", "lege"). */
const MIN_LENGTH = 4;
/** A participle of a strong verb before a noun ("gegebene", "verbundene"): consonant + "-ene". */
const PARTICIPLE_ENE = /[^aeiouäöüi]ene$/;
/** Letters no German verb stem holds: "c" outside "ch"/"ck", "y", "q" ("style", "cycle"). */
const FOREIGN_LETTERS = /c(?![hk])|y|q/;
const VOWEL = /[aeiouäöü]/;
/** An inflected adjective or participle after the word ("… deutsche und polnische Firmen"). */
const INFLECTED = /\p{Ll}(?:e|en|er|em|es)$/u;

/** Whether the word, by its letters alone, can be a Konjunktiv I in "-e" of some verb. */
export function hasKonjunktivShape(lower: string): boolean {
  if (lower.length < MIN_LENGTH || !lower.endsWith("e") || NON_VERB.has(lower)) return false;
  // "-te" is the weak past ("sagte", "stellte"); t-stems ("halte") are listed
  if (lower.endsWith("te") || ADJECTIVE_ENDING.test(lower) || PARTICIPLE_ENE.test(lower)) return false;
  if (FOREIGN_LETTERS.test(lower)) return false;
  if (lower.endsWith("weise") && lower.slice(0, -5).replace(PREFIX, "") !== "") return false;
  if (isPresentParticiple(lower)) return false;
  return VOWEL.test(lower.slice(0, -1));
}

/** hasKonjunktivShape of a token, kept on its Word (every lower-case word of a paragraph is asked). */
function tokenHasKonjunktivShape(t: Token): boolean {
  const w = t.word;
  if (!w) return hasKonjunktivShape(t.lower);
  return (w.konjunktivShape ??= hasKonjunktivShape(t.lower));
}

/** "folgende", "mangelnde": stem + "-end(e)"; "beende", "verwende" are stem "-end" + "-e" (no vowel before). */
function isPresentParticiple(lower: string): boolean {
  if (/[^aeiouäöü]e[lr]nde$/.test(lower)) return true;
  if (!lower.endsWith("ende")) return false;
  return VOWEL.test(lower.slice(0, -4).replace(PREFIX, ""));
}

/** Whether the word at k stands where an attributive adjective stands: after an article or before its noun. */
function isAttributivePlace(tokens: readonly Token[], k: number, sentenceFirst: number): boolean {
  const before = k > sentenceFirst ? tokens[k - 1] : undefined;
  if (before) {
    if (before.kind === "n" || before.kind === "m") return true;
    // "Kraut- und -fäule": the second part of a compound
    if (before.text === "-" && before.end === tokens[k].start) return true;
    // a demonstrative opening the sentence is the subject ("Das gelte auch …")
    const subjectDemonstrative = k - 1 === sentenceFirst && before.lower === DEMONSTRATIVE_SUBJECT;
    if (ATTRIBUTE_BEFORE.has(before.lower) && !subjectDemonstrative) return true;
    // right after a subject pronoun opening the sentence only a verb can stand ("Er lege Wert …")
    if (k - 1 === sentenceFirst && SUBJECT_PRONOUN.has(before.lower)) return false;
  }
  const after = tokens[k + 1];
  if (!after || after.kind !== "w") return false;
  // before its noun, or the predicate before a copula ("…, dass es rege ist")
  if (isCap(after) || COPULA.has(after.lower)) return true;
  // "deutsche und polnische", "schnelle und leise": two adjectives joined
  if (COORDINATOR.has(after.lower)) return INFLECTED.test(tokens[k + 2]?.lower ?? "");
  // "viele kleine rote Boote": one adjective of a series before the noun
  return !ATTRIBUTE_BEFORE.has(after.lower) && INFLECTED.test(after.lower) && isCap(tokens[k + 2]);
}

/** Whether the clause of the word at k has "ich" before or right after it ("…, die ich ansehe"). */
function hasFirstPersonSubject(tokens: readonly Token[], k: number, sentenceFirst: number): boolean {
  if (FIRST_PERSON.has(tokens[k + 1]?.lower ?? "")) return true;
  for (let j = k - 1; j >= sentenceFirst && tokens[j].kind !== "p"; j--) if (FIRST_PERSON.has(tokens[j].lower)) return true;
  return false;
}

/** Whether the token is a listed Konjunktiv form in lower case (a capitalised one is a noun: "eine Plane"). */
export function isListedKonjunktivForm(t: Token): boolean {
  return t.kind === "w" && t.text === t.lower && LISTED.has(t.lower);
}

/** Whether the lower-case word at k is a Konjunktiv form: a listed one, or stem + "-e" in a verb's place. */
export function isKonjunktivForm(tokens: readonly Token[], k: number, sentenceFirst: number): boolean {
  const t = tokens[k];
  // capitalised or inner capitals: a noun ("eine Plane") or a brand, no verb
  if (t.kind !== "w" || t.text !== t.lower) return false;
  if (LISTED.has(t.lower)) return true;
  if (!tokenHasKonjunktivShape(t)) return false;
  return !isAttributivePlace(tokens, k, sentenceFirst) && !hasFirstPersonSubject(tokens, k, sentenceFirst);
}
