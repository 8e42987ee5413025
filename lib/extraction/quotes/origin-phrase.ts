// Rule "speaker.origin-phrase": a cue verb that names its source with "aus" rather than with a
// subject – "hervorgehen aus" ("Dies geht aus einem Bericht der Behörde hervor", "Wie aus einer
// Mitteilung der Firma hervorgeht, …") – has the "aus" phrase of its clause as the speaker. Its
// subject ("Dies") or a speaker carried from before is not who said it.

import type { Token, TokenSpan as Span } from "../tokens";
import { BACK_REFERENCE_PRONOUNS, ORIGIN_CUE_LEMMAS, ORIGIN_PLACEHOLDERS, ORIGIN_PREPOSITIONS } from "../lexicon/quote-words";

export const ORIGIN_PHRASE_RULE = "speaker.origin-phrase";
export const LITERAL_ORIGIN_RULE = "cue.literal-origin";

const ORIGIN_LEMMA = new Set(ORIGIN_CUE_LEMMAS);
const ORIGIN_PREPOSITION = new Set(ORIGIN_PREPOSITIONS);
/** What may stand before the source: "Wie aus …", "Dies/Das/Es geht aus …". */
const PLACEHOLDER_SUBJECT = new Set([...BACK_REFERENCE_PRONOUNS, ...ORIGIN_PLACEHOLDERS]);

/**
 * The phrase after "aus" between the clause start `left` and the cue's last token (the verb or
 * its particle) when the cue's lemma takes its source that way; null otherwise.
 */
export function originPhrase(
  tokens: readonly Token[],
  cue: { verb: number; last: number; lemma: string },
  left: number,
  phraseFrom: (first: number, last: number) => Span | null,
): Span | null {
  if (!ORIGIN_LEMMA.has(cue.lemma)) return null;
  for (let k = left; k < cue.last - 1; k++) {
    if (ORIGIN_PREPOSITION.has(tokens[k].lower)) return phraseFrom(k + 1, cue.last - 1);
    // a subject of its own before the source ("das Team ging gestärkt aus der Saison hervor"): the
    // verb's literal sense, not a source
    if (k !== cue.verb && !PLACEHOLDER_SUBJECT.has(tokens[k].lower)) return null;
  }
  return null;
}

/**
 * Rule "cue.literal-origin": an origin lemma whose clause has a subject of its own before the "aus"
 * phrase ("weil die Firma gestärkt aus der Krise hervorgegangen sei") is used in its literal sense:
 * something came out of something, nobody said anything, so the verb is no cue and its subject no
 * speaker. Only the clause [left, cue.last) is read.
 */
export function isLiteralOrigin(
  tokens: readonly Token[],
  cue: { verb: number; last: number; lemma: string },
  left: number,
): boolean {
  if (!ORIGIN_LEMMA.has(cue.lemma)) return false;
  let ownSubject = false;
  for (let k = left; k < cue.last; k++) {
    if (ORIGIN_PREPOSITION.has(tokens[k].lower)) return ownSubject;
    if (k !== cue.verb && tokens[k].kind === "w" && !PLACEHOLDER_SUBJECT.has(tokens[k].lower)) ownSubject = true;
  }
  return false;
}
