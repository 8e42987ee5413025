// Rule "indirect.noun-attached": a speech noun whose content clause follows after prepositional
// attachments ("der Verdacht bei dem Patienten in Köln, er sei infiziert", "Anfragen an den
// Anbieter, die Seite zu sperren", "der Plan von Ministerin X, …"). The attachments stand
// between the noun and the comma; "von X" names whose words they are, like a genitive owner.
// The content test (complementizer, Konjunktiv or zu-infinitive) stays that of indirect.noun.

import type { Token, TokenSpan as Span } from "../tokens";
import { NOUN_ATTACHMENT_PREPOSITIONS, NOUN_OWNER_PREPOSITIONS } from "../lexicon/quote-words";

export const NOUN_ATTACHMENT_RULE = "indirect.noun-attached";

const ATTACHING = new Set(NOUN_ATTACHMENT_PREPOSITIONS);
const OWNER = new Set(NOUN_OWNER_PREPOSITIONS);
/** Attachments read after one noun ("bei dem Patienten in Köln" is two). */
const ATTACHMENTS_MAX = 3;

export interface NounAttachments {
  /** The phrase after "von"/"vom": whose words the noun names; null when none. */
  owner: Span | null;
  /** The token after the last attachment (the comma when the rule applies). */
  next: number;
}

/**
 * Prepositional phrases from k on (each a preposition and a noun phrase, at most
 * ATTACHMENTS_MAX); null when none stands at k.
 */
export function nounAttachmentsAt(
  tokens: Token[],
  k: number,
  end: number,
  phraseFrom: (first: number, last: number) => Span | null,
): NounAttachments | null {
  let owner: Span | null = null;
  let next = k;
  for (let n = 0; n < ATTACHMENTS_MAX && next < end && ATTACHING.has(tokens[next].lower); n++) {
    const phrase = phraseFrom(next + 1, end);
    if (!phrase) break;
    if (n === 0 && OWNER.has(tokens[next].lower)) owner = phrase;
    next = phrase.last + 1;
  }
  return next > k ? { owner, next } : null;
}
