// Subject finders of the quotation layer: who a clause names as its subject when the cue rules ask
// (inverted order, a verb before "und", a colon's clause, a sentence without a cue, relative
// pronouns and their antecedent), and the grammar objects handed to the rule modules (GRAMMAR,
// CONTENT_END_GRAMMAR, QUOTED_OBJECT_GRAMMAR), built once at load.

import { NOT_SPEAKER_HEADS as NOT_SPEAKER_HEAD } from "../lexicon";
import { FRONTED_ADVERB_ENDINGS } from "../lexicon/speaker-phrases";
import { type Token, type TokenSpan as Span, isCap } from "../tokens";
import { invertedSubject } from "./colon-subject";
import { INVERTED_NOMINATIVE_RULE, invertedNominative } from "./inverted-nominative";
import { speechVerbReadings } from "./morphology";
import { isNonAgentPhrase } from "./non-agent-subject";
import {
  APPOSITION_NAME_MAX,
  isQuantityStart,
  isSpeechNoun,
  nameAppositionEnd,
  phraseFrom,
  quantityPhrase,
} from "./reader-phrases";
import {
  ADVERB,
  ADVERBIAL_SUBORDINATOR,
  AUX,
  COMPLEMENTIZER,
  DEMONSTRATIVE,
  DET,
  DURATION_ADVERB,
  FRONTED_PREDICATIVE,
  GENITIVE_ONLY,
  NOMINATIVE_PRONOUN,
  OBLIQUE,
  OPENER,
  PREP,
  PRONOUN,
  QUANTIFIER,
  RELATIVE_PRONOUN,
  SOURCE_PREP,
  SPEAKER_MAX,
  clauseStart,
  isFunctionWord,
} from "./reader-words";
import type { ResolvedSource } from "./resolve";
import { coordinatedSubject, isFocusParticleBefore } from "./subject";
import { isTimePhrase } from "./time-phrase";

/**
 * "…brachte die Sprecherin der Fraktion, Vorname Name, zum Ausdruck: „…“": a clause that starts
 * right after the closing comma of a name apposition continues the clause before it, so the
 * fronted-object reading (speaker.colon-fronted-object) sees the whole clause; the start of that
 * clause, else `at` unchanged.
 */
export function acrossNameApposition(tokens: Token[], from: number, at: number, inside: Int32Array): number {
  const close = at - 1;
  if (close <= from || tokens[close].text !== ",") return at;
  for (let open = close - 2; open > from && close - open <= APPOSITION_NAME_MAX + 1; open--)
    if (tokens[open].text === "," && nameAppositionEnd(tokens, open, close) === at)
      return clauseStart(tokens, from, open, inside);
  return at;
}

/**
 * Whether a phrase opening a sentence is its subject and names an agent: a nominative article
 * ("Die Organisation", not "Den Unmut") or a known actor; a lone capitalised word is mostly an
 * adverb or a verb opening the sentence ("Zwar", "Hatte").
 */
export function opensWithSubject(tokens: Token[], span: Span, source: ResolvedSource | null): boolean {
  const first = tokens[span.first].lower;
  if (OBLIQUE.has(first) || GENITIVE_ONLY.has(first)) return false;
  if (DET.has(first)) return true;
  return !!source && source.rule !== "speaker.as-written" && span.last > span.first;
}

/** A cue after "und" takes the subject of the verb before it instead of its object. */
export const COORDINATED_OBJECT_RULE = "speaker.coordinated-object";

/**
 * The subject of the verb before "und" at verb - 1: the phrase opening its clause or the sentence,
 * or the subject right after that verb when a phrase or a subordinate clause is fronted
 * ("Im Landtag sprach die Ministerin und forderte …", "Als …, biss der Mann zu und rief …").
 */
export function firstVerbSubject(tokens: Token[], sStart: number, verb: number, inside: Int32Array): Span | null {
  if (inside[sStart] >= 0) return null;
  const clause = clauseStart(tokens, sStart, verb - 1, inside);
  for (const at of clause > sStart ? [clause, sStart] : [sStart]) {
    const subject =
      coordinatedSubject(tokens, at, verb, GRAMMAR) ??
      invertedSubject(tokens, at, verb - 2, GRAMMAR) ??
      subjectAfterOpeningVerb(tokens, at, verb - 2);
    if (subject) return subject;
  }
  return null;
}

/**
 * The subject of the clause whose object is a speech noun without an owner ("X erhob die Forderung,
 * …"): the phrase opening the sentence, a number phrase ("40 Prozent vertreten die Ansicht, …"), or
 * the subject after the finite verb when an adverbial or a subordinate clause stands first ("So
 * fassten die Delegierten den Beschluss, …", "Da …, erteilten sie den Befehl, …").
 */
export function nounCueSubject(tokens: Token[], sStart: number, clause: number, last: number): Span | null {
  if (startsSubject(tokens[sStart]) && !OBLIQUE.has(tokens[sStart].lower)) return phraseFrom(tokens, sStart, last);
  if (isQuantityStart(tokens, sStart)) return quantityPhrase(tokens, sStart, last);
  return (
    invertedSubject(tokens, sStart, last, GRAMMAR) ??
    subjectAfterOpeningVerb(tokens, clause, last) ??
    (clause > sStart ? invertedPronoun(tokens, clause, last) : null)
  );
}

/** Rule id: the subject of a sentence without a cue behind a focus particle or a fronted adverbial. */
export const INVERTED_SENTENCE_SUBJECT_RULE = "speaker.inverted-sentence-subject";

/**
 * The subject of a sentence without a cue that does not open with it: behind a focus particle
 * ("Auch der Minister will „…“") or after the finite verb of a fronted adverb or prepositional
 * phrase ("Ursprünglich wollte er „…“", "Am Montag nannte die Ministerin den Plan „…“").
 */
export function invertedSentenceSubject(tokens: Token[], first: number, last: number): Span | null {
  if (isFocusParticleBefore(tokens, first, startsSubject) && !OBLIQUE.has(tokens[first + 1].lower))
    return phraseFrom(tokens, first + 1, last);
  if (tokens[first + 1]?.kind === "w" && !isCap(tokens[first + 1]) && isFrontedAdverb(tokens[first]))
    return invertedPronoun(tokens, first, last) ?? subjectAfterOpeningWord(tokens, first + 1, last);
  return invertedSubject(tokens, first, last, GRAMMAR) ?? invertedPronoun(tokens, first, last);
}

/** The subject right after the finite verb at `verb` ("Ursprünglich wollte der Verband …"). */
export function subjectAfterOpeningWord(tokens: Token[], verb: number, last: number): Span | null {
  const next = tokens[verb + 1];
  if (!startsSubject(next) || OBLIQUE.has(next.lower) || isFunctionWord(tokens[verb].lower)) return null;
  return phraseFrom(tokens, verb + 1, last);
}

/** "…, sprang der Mann auf": a clause after a subordinate clause opens with its verb, the subject follows it. */
function subjectAfterOpeningVerb(tokens: Token[], at: number, last: number): Span | null {
  const verb = tokens[at];
  if (at < 1 || tokens[at - 1].text !== ",") return null;
  if (verb.kind !== "w" || isCap(verb) || isFunctionWord(verb.lower) || PRONOUN.has(verb.lower)) return null;
  const next = tokens[at + 1];
  if (!startsSubject(next) || OBLIQUE.has(next.lower)) return null;
  return phraseFrom(tokens, at + 1, last);
}

/** The indefinite subject "man" right before or after the verb at `verb` ("zitierte man", "man zitierte"), or null. */
export function indefiniteSubject(tokens: Token[], verb: number): Span | null {
  for (const k of [verb + 1, verb - 1]) if (tokens[k]?.lower === INDEFINITE_SUBJECT) return { first: k, last: k };
  return null;
}

const INDEFINITE_SUBJECT = "man";

/** A speaker span with the id of the rule that found it when that is not the cue rule's plain reading. */
export type FoundSpan = Span & { rule?: string };

/** The noun phrase opening [first, last] when the finite auxiliary follows it right away ("X hat …"). */
export function subjectBeforeAuxiliary(tokens: Token[], first: number, last: number): Span | null {
  const phrase = phraseFrom(tokens, first, last);
  return phrase && AUX.has(tokens[phrase.last + 1]?.lower ?? "") ? phrase : null;
}

/** How far back the antecedent of a relative pronoun is looked for. */
const ANTECEDENT_MAX = 6;

/** A relative pronoun opening a clause after a comma ("…, der angab, …"). */
export function isRelativePronounAt(tokens: Token[], k: number, sStart: number): boolean {
  return k > sStart && tokens[k - 1].text === "," && RELATIVE_PRONOUN.has(tokens[k].text) && !isCap(tokens[k + 1]);
}

/**
 * The antecedent of a relative pronoun speaker: the capitalised words right before its comma,
 * with their article ("von Ägypten, das vorschlug" → "Ägypten").
 */
export function relativeAntecedent(tokens: Token[], span: Span, sStart: number): Span | null {
  if (span.first !== span.last || !isRelativePronounAt(tokens, span.first, sStart)) return null;
  const last = span.first - 2;
  let first = last;
  while (first > sStart && last - first < ANTECEDENT_MAX && (isCap(tokens[first - 1]) || tokens[first - 1].kind === "m")) first--;
  if (first > sStart && DET.has(tokens[first - 1].lower)) first--;
  return first <= last && (isCap(tokens[last]) || tokens[last].kind === "m") ? { first, last } : null;
}

/**
 * The speaker of a clause that introduces a quotation with a colon ("Die Ministerin sieht darin
 * einen Erfolg: „…“"): its subject at the start, or a nominative pronoun right after the finite
 * verb when an object or adverbial stands first ("Den Vorschlag lehnt er ab: „…“").
 */
export function colonSpeaker(tokens: Token[], at: number, last: number): FoundSpan | null {
  const inverted = invertedPronoun(tokens, at, last);
  if (inverted) return inverted;
  if (!startsSubject(tokens[at]) || OBLIQUE.has(tokens[at].lower)) return null;
  const fronted = phraseFrom(tokens, at, last);
  // "Die Anwendung der Regel stellte der Vorsitzende in Frage: „…“" (rule speaker.inverted-nominative)
  const nominative = fronted ? invertedNominative(tokens, fronted, last, GRAMMAR) : null;
  return nominative ? { ...nominative, rule: INVERTED_NOMINATIVE_RULE } : fronted;
}

/** A subject pronoun ("er", "sie") right after a lower-case word (the finite verb) in [at, last]. */
function invertedPronoun(tokens: Token[], at: number, last: number): Span | null {
  for (let k = at + 1; k <= last && k - at < SPEAKER_MAX * 2; k++) {
    const prev = tokens[k - 1];
    if (!NOMINATIVE_PRONOUN.has(tokens[k].lower) || isCap(tokens[k])) continue;
    if (prev.kind === "w" && !isCap(prev) && !PREP.has(prev.lower) && !COMPLEMENTIZER.has(prev.lower) && !DET.has(prev.lower))
      return { first: k, last: k };
    return null;
  }
  return null;
}

/** Adverb and adjective endings: a word with one of them standing alone before the verb is no subject. */
const ADVERB_ENDINGS: readonly string[] = FRONTED_ADVERB_ENDINGS;

const hasAdverbEnding = (lower: string): boolean => ADVERB_ENDINGS.some((ending) => lower.endsWith(ending));

/**
 * A lone word before the verb that is an adverbial, not a subject: a clause adverb ("So sagte
 * X"), the expletive "es", or an adverb or adjective by its ending ("Sinngemäß", "Passend").
 */
export function isFrontedAdverb(t: Token): boolean {
  return (
    t.kind === "w" &&
    (ADVERB.has(t.lower) ||
      t.lower === "es" ||
      FRONTED_PREDICATIVE.has(t.lower) ||
      (t.lower.length > 5 && hasAdverbEnding(t.lower)))
  );
}

/** Whether a clause starting with this token starts with its subject (not an adverbial). */
export function startsSubject(t: Token | undefined): boolean {
  if (!t || (t.kind !== "w" && t.kind !== "m")) return false;
  if (
    PREP.has(t.lower) ||
    SOURCE_PREP.has(t.lower) ||
    ADVERB.has(t.lower) ||
    DURATION_ADVERB.has(t.lower) ||
    COMPLEMENTIZER.has(t.lower) ||
    OPENER.has(t.lower) ||
    ADVERBIAL_SUBORDINATOR.has(t.lower)
  )
    return false;
  return DET.has(t.lower) || QUANTIFIER.has(t.lower) || isCap(t) || PRONOUN.has(t.lower);
}

/** The word classes the content-end rule (quotes/content-end.ts) reads; the sentence adds the rest. */
export const CONTENT_END_GRAMMAR = {
  // with the personal pronouns, which content-end.ts's grammar counts as function words too
  isFunctionWord: (w: string) => isFunctionWord(w) || PRONOUN.has(w),
  isPreposition: (w: string) => PREP.has(w),
  isDeterminer: (w: string) => DET.has(w) || QUANTIFIER.has(w),
  isSpeechVerb: (w: string) => speechVerbReadings(w).length > 0,
};

/** The grammar helpers the quoted-object rule (quotes/quoted-object.ts) reads. */
export const QUOTED_OBJECT_GRAMMAR = {
  phraseFrom,
  isAdverb: (w: string) => ADVERB.has(w),
  isTimePhrase,
};

/** The grammar helpers the subject rules (quotes/subject.ts) read. */
export const GRAMMAR = {
  phraseFrom,
  startsSubject,
  invertedPronoun,
  isOblique: (w: string) => OBLIQUE.has(w),
  isPreposition: (w: string) => PREP.has(w),
  isAdverb: (w: string) => ADVERB.has(w),
  isDeterminer: (w: string) => DET.has(w),
  isPronoun: (w: string) => PRONOUN.has(w) || DEMONSTRATIVE.has(w),
  namesNoOne: (toks: Token[], span: Span) =>
    isNonAgentPhrase(toks, span, isSpeechNoun) ||
    toks.slice(span.first, span.last + 1).some((t) => NOT_SPEAKER_HEAD.has(t.lower)),
  isFunctionWord,
};
