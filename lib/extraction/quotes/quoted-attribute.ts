// Rule "cue.quoted-attribute": a short quoted phrase inside the cue clause, standing in a noun
// phrase after the cue verb ("berichtete im Fachblatt „Natur und Umwelt“, es seien …", "nannte den
// Plan einen „faulen Kompromiss“, der … schade"), is a name or a quoted attribute, not the quotation
// the cue introduces: when a comma and a content clause ("dass …" or a Konjunktiv clause) follow
// it, the cue clause goes on past the marks and the content clause is the indirect quotation. The
// quoted phrase stays a direct quotation of its own.

import type { Token, TokenSpan as Span } from "../tokens";

export const QUOTED_ATTRIBUTE_RULE = "cue.quoted-attribute";

/** Longest quoted phrase read as an attribute (a name or a short label, not a statement). */
const ATTRIBUTE_MAX_WORDS = 6;
/** Punctuation that makes a quoted phrase a statement of its own. */
const STATEMENT_PUNCTUATION = new Set([".", "!", "?", ":", ","]);

export interface QuotedAttributeGrammar {
  /** Whether a token opens or stands in a noun phrase (a determiner or a capitalised noun). */
  inNounPhrase: (t: Token) => boolean;
  /** Whether the tokens from `first` to the sentence's content end form a content clause. */
  opensContent: (first: number) => boolean;
  /** The index of the ")" closing the "(" at k, -1 when it is not closed. */
  parenthesisEnd: (k: number) => number;
}

/**
 * For a quotation that opens at token `at` inside the cue clause (`cueLast` = the cue's last
 * token, `end` = the sentence's content end): the last token of the quoted attribute (with a
 * parenthesis right after it) when a comma and a content clause follow; -1 otherwise.
 */
export function quotedAttributeEnd(
  tokens: readonly Token[],
  quote: Span,
  at: number,
  cueLast: number,
  end: number,
  grammar: QuotedAttributeGrammar,
): number {
  if (quote.first !== at || at <= cueLast + 1 || !grammar.inNounPhrase(tokens[at - 1])) return -1;
  let words = 0;
  for (let j = quote.first + 1; j < quote.last; j++) {
    if (STATEMENT_PUNCTUATION.has(tokens[j].text)) return -1;
    if (tokens[j].kind !== "p" && ++words > ATTRIBUTE_MAX_WORDS) return -1;
  }
  let last = quote.last;
  // "im Fachblatt „…“ („…“), es sei …": a parenthesis after the name belongs to it
  if (tokens[last + 1]?.text === "(") last = grammar.parenthesisEnd(last + 1);
  if (last < 0 || last + 2 > end || tokens[last + 1].text !== ",") return -1;
  return grammar.opensContent(last + 2) ? last : -1;
}
