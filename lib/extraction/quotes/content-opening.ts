// Rule "indirect.content-opening": openings of a content clause after a cue's comma that the
// clause check in quotes/cue-content.ts does not know (it takes "dass"/"ob", a Konjunktiv, an
// article or pronoun opening a main clause, or a clause ending in "zu" + infinitive):
//  - an infinitive clause opened by its "zu", with clauses of its own after it ("schlug vor, zu
//    prüfen, ob …");
//  - a main clause whose subject opens with a demonstrative ("sagte, diese Regel spare Geld").

import type { Token } from "../tokens";
import { isCap } from "../tokens";
import { DEMONSTRATIVE_DETERMINERS, INFINITIVE_MARKER } from "../lexicon/quote-words";

export const CONTENT_OPENING_RULE = "indirect.content-opening";

const DEMONSTRATIVE = new Set(DEMONSTRATIVE_DETERMINERS);
/** How far the verb of a demonstrative's clause is looked for. */
const CLAUSE_WINDOW = 30;
/** An infinitive: lower case, ending in -en, -ern or -eln ("prüfen", "ändern", "handeln"). */
const INFINITIVE = /^\p{Ll}{2,}(?:en|ern|eln)$/u;

/** Whether the clause starting at c opens with "zu" + infinitive or with a demonstrative and its noun. */
export function opensContentClause(tokens: readonly Token[], c: number): boolean {
  const first = tokens[c];
  const second = tokens[c + 1];
  if (!first || !second || first.kind !== "w" || isCap(first)) return false;
  if (first.lower === INFINITIVE_MARKER) return second.kind === "w" && !isCap(second) && INFINITIVE.test(second.lower);
  return DEMONSTRATIVE.has(first.lower) && second.kind === "w" && isCap(second) && hasVerbAfter(tokens, c + 2);
}

/** Whether a lower-case word (the clause's verb) follows before the next punctuation: "dieser Tage." is a time phrase. */
function hasVerbAfter(tokens: readonly Token[], from: number): boolean {
  const limit = Math.min(tokens.length, from + CLAUSE_WINDOW);
  for (let k = from; k < limit && tokens[k].kind !== "p"; k++) if (tokens[k].kind === "w" && !isCap(tokens[k])) return true;
  return false;
}
