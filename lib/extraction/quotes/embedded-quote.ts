// Rule "direct.embedded": a short quoted fragment inside reported speech ("Der Plan sei „nicht
// mehr zeitgemäß“") is the speaker's own words, a direct quotation nested in the indirect one.
// Short quoted spans elsewhere are mostly names, titles and scare quotes, so the rule asks for
// reported speech around it: a Konjunktiv form in the sentence outside quotation marks, and a
// fragment that opens with a lower-case word (names and titles open with a capital).

import type { Token, TokenSpan as Span } from "../tokens";
import { isCap } from "../tokens";

export const EMBEDDED_QUOTE_RULE = "direct.embedded";

/**
 * Whether the quoted span (its marks included) is a fragment of reported speech: its first word
 * is lower-case and the sentence it stands in has a Konjunktiv form outside quotation marks.
 */
export function isEmbeddedFragment(tokens: readonly Token[], quote: Span, sentenceHasKonjunktiv: boolean): boolean {
  if (!sentenceHasKonjunktiv) return false;
  const first = tokens[quote.first + 1];
  return !!first && first.kind === "w" && !isCap(first) && quote.first + 1 < quote.last;
}
