// A time phrase is never a speaker: "sagte heute Abend", "Ende Januar verkündete der Verband",
// "Am Montag", "Wenige Stunden später" – its words are time nouns (lexicon/time-words.ts), numbers and articles.
// The subject rules of quotes/find-quotes.ts look past it (rule ids stay those of the subject rule).

import type { Token, TokenSpan } from "../tokens";
import { isCap } from "../tokens";
import { TIME_COUNT_WORDS, TIME_NOUNS, TIME_UNIT_PLURALS } from "../lexicon/time-words";
import { parseIntegerWord } from "../number-words";

const TIME_NOUN: ReadonlySet<string> = new Set([...TIME_NOUNS, ...TIME_UNIT_PLURALS]);
const TIME_UNIT: ReadonlySet<string> = new Set(TIME_UNIT_PLURALS);
const TIME_COUNT: ReadonlySet<string> = new Set(TIME_COUNT_WORDS);
const isCountWord = (lower: string): boolean => TIME_COUNT.has(lower) || parseIntegerWord(lower) !== null;

/** Whether every capitalised word of the span is a time noun (and it has one). */
export function isTimePhrase(tokens: readonly Token[], span: TokenSpan): boolean {
  let nouns = 0;
  for (let k = span.first; k <= span.last; k++) {
    const t = tokens[k];
    if (!isCap(t)) continue;
    // "Wenige Stunden", "Zwei Tage": a capitalised count word before a unit of time
    if (isCountWord(t.lower) && TIME_UNIT.has(tokens[k + 1]?.lower ?? "")) continue;
    if (!TIME_NOUN.has(t.lower)) return false;
    nouns++;
  }
  return nouns > 0;
}
