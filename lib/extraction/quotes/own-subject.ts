// Rule "speaker.own-subject": a Konjunktiv sentence without a known cue continues the last speaker,
// unless it names its own: its main clause has a subject that can speak, its finite verb is
// indicative, and the Konjunktiv stands only in a clause after a comma ("Die Anwohner
// befürchten, die Mieten würden steigen", "Ein Sprecher ließ durchblicken, dass … sei"). The verb is
// then a verb of saying or thinking the cue lexicon does not know, and its subject holds the view.
// The subject opens the clause, or – German puts the finite verb second – it follows the finite
// verb when a time phrase, an adverb or a prepositional phrase stands first ("Am Freitag
// befürchteten die Anwohner, …", "Zudem gab die Wirtin zu bedenken, …", "Im Gemeinderat warnte
// die Fraktion, …"); there a nominative pronoun is the subject too ("Zudem befürchtet sie, …").

import type { Token, TokenSpan as Span } from "../tokens";
import { isCap } from "../tokens";
import { BETWEEN_VERB_AND_SUBJECT } from "../lexicon/quote-words";
import { PRONOUN_SUBJECTS as NOMINATIVE_PRONOUN } from "../lexicon";

export const OWN_SUBJECT_RULE = "speaker.own-subject";

export interface OwnSubjectGrammar {
  phraseFrom: (toks: Token[], i: number, end: number) => Span | null;
  startsSubject: (t: Token | undefined) => boolean;
  isOblique: (lower: string) => boolean;
  isPronoun: (lower: string) => boolean;
  isFunctionWord: (lower: string) => boolean;
  isPreposition: (lower: string) => boolean;
  isAdverb: (lower: string) => boolean;
  isTimePhrase: (toks: readonly Token[], span: Span) => boolean;
  namesNoOne: (toks: Token[], span: Span) => boolean;
  /** Whether the phrase names someone who can speak: a known or earlier named actor, a role or a body noun. */
  canSpeak: (toks: Token[], span: Span) => boolean;
}

/** How far a fronted prepositional phrase may reach before the finite verb. */
const FRONTED_MAX = 10;
/** Adverbs and the reflexive that may stand between the finite verb and its subject. */
const AFTER_VERB = new Set(BETWEEN_VERB_AND_SUBJECT);
/** Possessives and attributive adjective endings: words inside a fronted phrase, no finite verb. */
const POSSESSIVE = /^(?:mein|dein|sein|ihr|unser|euer)(?:e|en|er|em|es)?$/;
const ADJECTIVE_ENDING = /(?:er|em|es)$/;

/** Whether a word can be the finite verb: lower case, no function word, no pronoun. */
function isVerbWord(t: Token | undefined, g: OwnSubjectGrammar): boolean {
  return !!t && t.kind === "w" && !isCap(t) && !g.isFunctionWord(t.lower) && !g.isPronoun(t.lower);
}

/**
 * The finite verb after fronted material at `first` in [first, last]: after a time phrase ("Am
 * Freitag", "Ende Mai"), a clause adverb, or a prepositional phrase (the first lower-case word that
 * can be a verb right after a capitalised one); -1 when the clause does not open so.
 */
function verbAfterFronted(toks: Token[], first: number, last: number, g: OwnSubjectGrammar): number {
  const t = toks[first];
  if (g.isAdverb(t.lower)) return isVerbWord(toks[first + 1], g) ? first + 1 : -1;
  if (g.isPreposition(t.lower)) {
    for (let k = first + 1; k <= last && k - first <= FRONTED_MAX; k++) {
      const w = toks[k];
      // the stop of an ordinal ("Am 3. Mai") stays inside the phrase
      if (w.kind === "p" && !(w.text === "." && toks[k - 1].kind === "n")) return -1;
      if (!isVerbWord(w, g) || POSSESSIVE.test(w.lower) || !isCap(toks[k - 1])) continue;
      // an adjective right after the preposition or with a case ending ("Am frühen Morgen") is inside it
      if (k - 1 === first || ADJECTIVE_ENDING.test(w.lower)) continue;
      return k;
    }
    return -1;
  }
  const phrase = g.startsSubject(t) ? g.phraseFrom(toks, first, last) : null;
  return phrase && g.isTimePhrase(toks, phrase) && isVerbWord(toks[phrase.last + 1], g) ? phrase.last + 1 : -1;
}

/** The clause's subject and finite verb: the subject first, or the subject after the verb of fronted material. */
function subjectAndVerb(
  toks: Token[],
  first: number,
  last: number,
  g: OwnSubjectGrammar,
): { subject: Span; verb: number } | null {
  const t = toks[first];
  if (g.startsSubject(t) && !g.isOblique(t.lower) && !g.isPronoun(t.lower)) {
    const subject = g.phraseFrom(toks, first, last);
    if (subject && !g.isTimePhrase(toks, subject)) return { subject, verb: subject.last + 1 };
  }
  const verb = verbAfterFronted(toks, first, last, g);
  if (verb < 0) return null;
  let s = verb + 1;
  while (s <= last && s - verb <= 2 && AFTER_VERB.has(toks[s].lower)) s++;
  const next = toks[s];
  if (s > last || !g.startsSubject(next) || g.isOblique(next.lower)) return null;
  // after the verb a nominative pronoun is the subject too ("Zudem befürchtet sie, …"), a dative is not
  if (g.isPronoun(next.lower) && !NOMINATIVE_PRONOUN.has(next.lower)) return null;
  const subject = g.phraseFrom(toks, s, last);
  return subject ? { subject, verb } : null;
}

/**
 * The subject of the sentence [first, last] when the clause up to the first comma after the
 * subject holds no Konjunktiv and a Konjunktiv follows after it; null otherwise.
 */
export function ownSubject(
  toks: Token[],
  first: number,
  last: number,
  hasKonjunktiv: (from: number, to: number) => boolean,
  g: OwnSubjectGrammar,
): Span | null {
  const found = subjectAndVerb(toks, first, last, g);
  if (!found) return null;
  const { subject } = found;
  if (g.namesNoOne(toks, subject) || !g.canSpeak(toks, subject)) return null;
  const verb = toks[found.verb];
  // the finite verb: a lower-case word that is no function word
  if (!isVerbWord(verb, g)) return null;
  // "-e" without "-te" is a Konjunktiv I of the third person ("erfolge", "bereite") or no verb at all
  if (verb.lower.endsWith("e") && !verb.lower.endsWith("te")) return null;
  let comma = Math.max(subject.last, found.verb) + 1;
  while (comma < last && toks[comma].text !== ",") comma++;
  if (comma >= last || hasKonjunktiv(first, comma)) return null;
  return hasKonjunktiv(comma + 1, last) ? subject : null;
}
