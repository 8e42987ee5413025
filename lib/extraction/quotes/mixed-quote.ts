// Rule "indirect.mixed": reported speech that quotes part of its words directly ("Die Lage sei
// „unter Kontrolle“, sagte X", "X sagte, „solche Fälle“ gebe es nicht"). The quoted part is a
// direct quotation; the clause around it, with the same cue and speaker, is an indirect one as
// well when it has words of its own outside the marks.

import type { Token, TokenSpan as Span } from "../tokens";

export const MIXED_QUOTE_RULE = "indirect.mixed";
/** After a cue, a zu-infinitive after the marks makes the quoted words its object: "warf ihm vor,
 *  „…“ zu verschweigen" reports the accusation as well (added to MIXED_QUOTE_RULE). */
export const MIXED_INFINITIVE_RULE = "indirect.mixed-infinitive";

/** Words outside the quotation marks a clause needs to be reported speech of its own. */
const OWN_WORDS_MIN = 2;

/** Whether the clause [from, to] has enough words outside the direct quotation `quote` in it (a
 *  zu-infinitive after the marks needs only itself: "„…“ abzulehnen"). */
export function isMixedClause(
  tokens: readonly Token[],
  from: number,
  to: number,
  quote: Span,
  ownWordsMin = OWN_WORDS_MIN,
): boolean {
  if (quote.first < from || quote.last > to) return false;
  // a colon before the marks introduces the quotation: the words before it are its frame
  if (tokens[quote.first - 1]?.text === ":") return false;
  let own = 0;
  for (let k = from; k <= to; k++) if ((k < quote.first || k > quote.last) && tokens[k].kind !== "p") own++;
  return own >= ownWordsMin;
}
