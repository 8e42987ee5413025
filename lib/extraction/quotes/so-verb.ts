// Rule "indirect.so-verb": a cue clause inserted after a comma with "so" and a speech verb before
// its subject ("Die Lage, so betont die Polizei, sei ruhig", "…, so vermutet die Zeitung"). The
// sentence around it is the quotation, the subject after the verb its speaker.

import type { Token, TokenSpan as Span } from "../tokens";
import { BETWEEN_VERB_AND_SUBJECT } from "../lexicon/quote-words";

export const SO_VERB_RULE = "indirect.so-verb";

const BEFORE_SUBJECT = new Set(BETWEEN_VERB_AND_SUBJECT);
/** How many of them are skipped. */
const SKIP_MAX = 2;

/**
 * At token i ("so" after a comma): the cue (so + verb, with a separable particle) and the speaker
 * phrase after the verb, or null when no speech verb follows "so" or no subject follows the verb.
 */
export function soVerbCue(
  toks: readonly Token[],
  i: number,
  verbAt: (k: number) => { verb: number; last: number } | null,
  phraseAt: (k: number) => Span | null,
): { cue: Span; speaker: Span } | null {
  const verb = verbAt(i + 1);
  if (!verb || verb.verb !== i + 1) return null;
  let k = verb.verb + 1;
  while (k - verb.verb <= SKIP_MAX && BEFORE_SUBJECT.has(toks[k]?.lower ?? "")) k++;
  const speaker = phraseAt(k);
  return speaker ? { cue: { first: i, last: Math.max(verb.last, verb.verb) }, speaker } : null;
}
