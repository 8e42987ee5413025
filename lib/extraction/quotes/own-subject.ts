// Rule "speaker.own-subject": a Konjunktiv sentence without a known cue continues the last speaker,
// unless it names its own: its main clause opens with a subject that can speak, the finite verb after
// it is indicative, and the Konjunktiv stands only in a clause after a comma ("Die Anwohner
// befürchten, die Mieten würden steigen", "Ein Sprecher ließ durchblicken, dass … sei"). The verb is
// then a verb of saying or thinking the cue lexicon does not know, and its subject holds the view.

import type { Token, TokenSpan as Span } from "../tokens";
import { isCap } from "../tokens";

export const OWN_SUBJECT_RULE = "speaker.own-subject";

export interface OwnSubjectGrammar {
  phraseFrom: (toks: Token[], i: number, end: number) => Span | null;
  startsSubject: (t: Token | undefined) => boolean;
  isOblique: (lower: string) => boolean;
  isPronoun: (lower: string) => boolean;
  isFunctionWord: (lower: string) => boolean;
  namesNoOne: (toks: Token[], span: Span) => boolean;
  /** Whether the phrase names someone who can speak: a known or earlier named actor, a role or a body noun. */
  canSpeak: (toks: Token[], span: Span) => boolean;
}

/**
 * The subject opening the sentence [first, last] when the clause up to the first comma holds no
 * Konjunktiv and a Konjunktiv follows after it; null otherwise.
 */
export function ownSubject(
  toks: Token[],
  first: number,
  last: number,
  hasKonjunktiv: (from: number, to: number) => boolean,
  g: OwnSubjectGrammar,
): Span | null {
  const t = toks[first];
  if (!g.startsSubject(t) || g.isOblique(t.lower) || g.isPronoun(t.lower)) return null;
  const subject = g.phraseFrom(toks, first, last);
  if (!subject || g.namesNoOne(toks, subject) || !g.canSpeak(toks, subject)) return null;
  const verb = toks[subject.last + 1];
  // the finite verb right after the subject: a lower-case word that is no function word
  if (!verb || verb.kind !== "w" || isCap(verb) || g.isFunctionWord(verb.lower) || g.isPronoun(verb.lower)) return null;
  // "-e" without "-te" is a Konjunktiv I of the third person ("erfolge", "bereite") or no verb at all
  if (verb.lower.endsWith("e") && !verb.lower.endsWith("te")) return null;
  let comma = subject.last + 1;
  while (comma < last && toks[comma].text !== ",") comma++;
  if (comma >= last || hasKonjunktiv(first, comma)) return null;
  return hasKonjunktiv(comma + 1, last) ? subject : null;
}
