// Rule "speaker.aus-source": verbs that tell where something can be read ("hervorgehen", "sich
// ergeben") name no speaker as their subject; the source is the phrase after "aus" in their clause
// ("Dies geht aus einem Bericht der Behörde hervor", "Wie aus der Antwort des Ministeriums
// hervorgeht, …", "Wie sich aus den Akten ergab, …"). The phrase must name a document or a
// report ("aus der schwachen Saison hervorgegangen" tells where someone came from, not a source).

import type { Token, TokenSpan as Span } from "../tokens";
import { SOURCE_FROM_AUS_LEMMAS } from "../lexicon/quote-speech-verbs";

export const AUS_SOURCE_RULE = "speaker.aus-source";

const SOURCE_FROM_AUS = new Set(SOURCE_FROM_AUS_LEMMAS);
/** The preposition that names where the words stand. */
const AUS = "aus";

/**
 * The phrase after "aus" between the clause's start and the cue's last token, for a cue whose
 * source is named that way, when one of its words names a document or report; null otherwise.
 */
export function ausSource(
  tokens: readonly Token[],
  left: number,
  cue: { verb: number; last: number; lemma: string },
  phraseFrom: (from: number, to: number) => Span | null,
  namesDocument: (t: Token) => boolean,
): Span | null {
  if (!SOURCE_FROM_AUS.has(cue.lemma)) return null;
  for (let k = left; k < cue.last; k++) {
    if (tokens[k].lower !== AUS || k === cue.verb) continue;
    // the phrase ends before the verb when "aus" stands before it, else before the particle
    const end = k < cue.verb ? cue.verb - 1 : cue.last - 1;
    const phrase = phraseFrom(k + 1, end);
    if (!phrase) return null;
    for (let w = phrase.first; w <= phrase.last; w++) if (namesDocument(tokens[w])) return phrase;
    return null;
  }
  return null;
}
