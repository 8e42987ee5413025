// Subjects of a cue verb that the plain "subject before the verb" reading misses:
//  speaker.focus-particle  a focus particle before the subject ("Auch der Minister sagte, …",
//                          "Selbst die Opposition lobte …"): the subject is the phrase after it
//  speaker.coordinated     a cue verb joined by "und" to a verb that is no cue ("X dankte den
//                          Helfern und ergänzte, …"): it shares the sentence's subject, the
//                          phrase that opens the sentence or a pronoun right after its first verb

import type { Token } from "../tokens";
import { FOCUS_PARTICLES } from "../lexicon/quote-words";

export const FOCUS_PARTICLE_RULE = "speaker.focus-particle";
export const COORDINATED_RULE = "speaker.coordinated";
export const COORDINATED_INVERTED_RULE = "speaker.coordinated-inverted";

const FOCUS = new Set(FOCUS_PARTICLES);

/** Whether token k is a focus particle standing before a capitalised word or a determiner phrase. */
export function isFocusParticleBefore(
  toks: readonly Token[],
  k: number,
  isSubjectStart: (t: Token | undefined) => boolean,
): boolean {
  const t = toks[k];
  return !!t && t.kind === "w" && FOCUS.has(t.lower) && isSubjectStart(toks[k + 1]);
}

/** The grammar helpers of the quotation finder that the subject rules read. */
export interface SubjectGrammar {
  phraseFrom: (toks: Token[], i: number, end: number) => { first: number; last: number } | null;
  startsSubject: (t: Token | undefined) => boolean;
  /** A nominative pronoun right after the finite verb in [at, last] ("Im Mai legte er …"). */
  invertedPronoun: (toks: Token[], at: number, last: number) => { first: number; last: number } | null;
  /** Whether a word opens an oblique (non-nominative) phrase ("dem", "den"). */
  isOblique: (lower: string) => boolean;
}

/**
 * The subject a coordinated cue verb shares (the verb before "und" was no cue): the phrase that
 * opens the sentence when it is a subject, else a nominative pronoun right after the first verb.
 */
export function coordinatedSubject(
  toks: Token[],
  sStart: number,
  verb: number,
  g: SubjectGrammar,
): { first: number; last: number } | null {
  if (verb - 1 <= sStart) return null;
  let first = sStart;
  if (isFocusParticleBefore(toks, first, g.startsSubject)) first++;
  if (g.startsSubject(toks[first]) && !g.isOblique(toks[first].lower)) {
    const phrase = g.phraseFrom(toks, first, verb - 2);
    if (phrase) return phrase;
  }
  return g.invertedPronoun(toks, sStart, verb - 2);
}
