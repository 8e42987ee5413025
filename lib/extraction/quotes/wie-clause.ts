// Rules around a "wie" cue clause ("wie X mitteilte"), which names the source of the main clause
// it is attached to:
//  indirect.wie        "Wie X mitteilte, …" – the main clause after it (in cue-content.ts); this
//                      module lets the clause hold an apposition with its own commas ("Wie der
//                      Sprecher der Stadt, Name, am Montag mitteilte, …"), also one with a
//                      prepositional attribute ("Wie Name, Sprecher der Behörde in Bonn, mitteilte, …")
//  indirect.wie-after  "…, wie X mitteilte." – the cue clause closes the sentence: what stands
//                      before it is the quotation

import type { Token } from "../tokens";
import { COORDINATING_CONJUNCTIONS } from "../lexicon/quote-words";

export const WIE_AFTER_RULE = "indirect.wie-after";

const WIE = "wie";
const CONJUNCTION = new Set(COORDINATING_CONJUNCTIONS);
/** How many comma-separated appositions may stand between "wie" and the clause of its verb. */
const APPOSITION_HOPS = 2;

/**
 * The "wie" that opens the cue clause whose last comma-free part starts at `left`, looking back
 * over up to two appositions; -1 when the clause is no "wie" clause. `clauseStartOf(k)` is the
 * start of the comma-free part that contains token k; `isApposition(first, last)` whether tokens
 * [first, last] are one noun phrase.
 */
export function wieOpenerAt(
  tokens: readonly Token[],
  sentenceFirst: number,
  left: number,
  clauseStartOf: (k: number) => number,
  isApposition: (first: number, last: number) => boolean,
): number {
  let at = left;
  /** Last token of the comma-free part that starts at `at` (before the clause at `left`: the token before its comma). */
  let partEnd = -1;
  for (let hop = 0; hop <= APPOSITION_HOPS; hop++) {
    const word = tokens[at]?.lower ?? "";
    const wie = word === WIE ? at : CONJUNCTION.has(word) && tokens[at + 1]?.lower === WIE ? at + 1 : -1;
    // "Wie der Sprecher, Name, mitteilte": a part before the cue's clause holds the subject only; a
    // part with a verb of its own ("Wie X berichtete, sagte Y …") is a clause, not the cue's opener
    if (wie >= 0) return hop === 0 || isApposition(wie + 1, partEnd) ? wie : -1;
    if (at - 2 < sentenceFirst || tokens[at - 1].text !== ",") return -1;
    const before = clauseStartOf(at - 2);
    // the part between two commas must be an apposition (a noun phrase), not a clause of its own
    if (hop > 0 && !isApposition(at, left - 2)) return -1;
    partEnd = at - 2;
    at = before;
  }
  return -1;
}

/**
 * Whether tokens [first, last] are one apposition: a noun phrase (`phraseEnd` gives where the
 * phrase opening at a token ends, -1 when none opens there), or a noun phrase with one
 * prepositional attribute after it ("Sprecherin der Stadt in Bonn").
 */
export function isAppositionPhrase(
  tokens: readonly Token[],
  first: number,
  last: number,
  phraseEnd: (from: number, to: number) => number,
  isPreposition: (t: Token) => boolean,
): boolean {
  const head = phraseEnd(first, last);
  if (head < 0) return false;
  if (head === last) return true;
  return head + 2 <= last && isPreposition(tokens[head + 1]) && phraseEnd(head + 2, last) === last;
}
