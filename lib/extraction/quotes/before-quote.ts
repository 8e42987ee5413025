// Rule "free_indirect.before-quote": a sentence without a cue that reports in the Konjunktiv and
// closes with a direct quotation ("Die Regeln seien eindeutig: „…“", "Die Frist sei knapp, man
// brauche nun „…“") holds two quotations: the direct one, and the reported words before
// its marks, which continue the last speaker like any Konjunktiv sentence (free_indirect.konjunktiv).
// The direct quotation alone made the sentence no continuation before.

import type { Token, TokenSpan as Span } from "../tokens";

export const BEFORE_QUOTE_RULE = "free_indirect.before-quote";

/** Words the reported part needs before the marks: shorter ones are a frame ("Er sei „…“"). */
const REPORTED_WORDS_MIN = 4;

/**
 * The last token of the reported words from `first` up to the direct quotation `quote` (the
 * punctuation before the marks left out), or -1 when they are too short or hold no Konjunktiv.
 */
export function reportedPartBefore(
  tokens: readonly Token[],
  first: number,
  quote: Span,
  isReported: (from: number, to: number) => boolean,
): number {
  let last = quote.first - 1;
  while (last > first && tokens[last].kind === "p") last--;
  let words = 0;
  for (let k = first; k <= last; k++) if (tokens[k].kind !== "p") words++;
  return words >= REPORTED_WORDS_MIN && isReported(first, last) ? last : -1;
}
