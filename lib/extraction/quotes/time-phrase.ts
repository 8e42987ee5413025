// A time phrase is never a speaker: "sagte heute Abend", "Ende Januar verkündete der Verband",
// "Am Montag" – its words are time nouns (lexicon/time-words.ts), numbers and articles.
// The subject rules (quotes/verb-speaker.ts, quotes/reader-subjects.ts) look past it (rule ids stay those of the subject rule).

import type { Token, TokenSpan } from "../tokens";
import { isCap } from "../tokens";
import { TIME_NOUNS } from "../lexicon/time-words";

const TIME_NOUN: ReadonlySet<string> = new Set(TIME_NOUNS);

/** Whether every capitalised word of the span is a time noun (and it has one). */
export function isTimePhrase(tokens: readonly Token[], span: TokenSpan): boolean {
  let nouns = 0;
  for (let k = span.first; k <= span.last; k++) {
    const t = tokens[k];
    if (!isCap(t)) continue;
    if (!TIME_NOUN.has(t.lower)) return false;
    nouns++;
  }
  return nouns > 0;
}
