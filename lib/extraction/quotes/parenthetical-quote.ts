// Rule "speaker.parenthetical-name": a direct quotation that fills a parenthesis right after a
// noun phrase ("…, der Verbandschef Paul Sommer („…“) und …") is that person's own words, set
// beside the name the way an apposition is; the sentence's cue, which may name someone else
// ("so A, B („…“) und C"), does not decide it.

import type { Token, TokenSpan } from "../tokens";

export const PARENTHETICAL_NAME_RULE = "speaker.parenthetical-name";

/** Words of a name phrase before the parenthesis: at most this many. */
const PHRASE_MAX = 6;

/**
 * The noun phrase that ends right before the parenthesis around `quote`, or null when the quotation
 * does not fill a parenthesis. The longest phrase ending there counts (article and role included),
 * never across punctuation.
 */
export function nameBeforeParenthesis(
  tokens: readonly Token[],
  quote: TokenSpan,
  phraseFrom: (first: number, last: number) => TokenSpan | null,
): TokenSpan | null {
  const open = quote.first - 1;
  if (tokens[open]?.text !== "(" || tokens[quote.last + 1]?.text !== ")") return null;
  let best: TokenSpan | null = null;
  for (let s = open - 1; s >= 0 && open - s <= PHRASE_MAX && tokens[s].kind !== "p"; s--) {
    const phrase = phraseFrom(s, open - 1);
    if (phrase && phrase.last === open - 1) best = phrase;
  }
  return best;
}
