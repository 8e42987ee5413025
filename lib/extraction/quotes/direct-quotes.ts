// Direct quotations: the quotation-mark scan of a paragraph (directQuoteSpans, also exported through
// find-quotes.ts) and the speaker of each quotation a cue did not claim – a name before its
// parenthesis, a verb after the marks, a colon's clause, the place words stand written, the
// sentence's subject, or the last speaker (rules speaker.* listed in find-quotes.ts).

import type { Token, TokenSpan as Span } from "../tokens";
import { CLOSING_MARKS, OPENING_MARKS, set } from "./reader-words";

/** Punctuation glued after a closing straight quote. */
export const TRAILING_PUNCTUATION = set([",", ".", ";", ":", "!", "?", ")"]);

/** A straight double quote opens when the next token is glued to it, closes when the previous is. */
export function straightRole(tokens: Token[], i: number): "open" | "close" | null {
  const prevGlued = i > 0 && tokens[i - 1].end === tokens[i].start;
  const nextGlued = i + 1 < tokens.length && tokens[i + 1].start === tokens[i].end;
  if (prevGlued && !nextGlued) return "close";
  if (nextGlued && !prevGlued) return "open";
  // glued on both sides: a closing mark before its punctuation ("…", sagte X / "…".)
  if (prevGlued && nextGlued && tokens[i - 1].kind !== "p" && TRAILING_PUNCTUATION.has(tokens[i + 1].text)) return "close";
  return null;
}

/** Direct quotations of a paragraph as token spans (marks included); linear, no nesting. */
export function directQuoteSpans(tokens: Token[]): { spans: Span[]; unclosed: boolean } {
  const spans: Span[] = [];
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== "p") continue;
    const straight = t.text === '"' ? straightRole(tokens, i) : null;
    if (open < 0 && (OPENING_MARKS.has(t.text) || straight === "open" || t.text === "“")) open = i;
    else if (open >= 0 && (CLOSING_MARKS.has(t.text) || straight === "close")) {
      spans.push({ first: open, last: i });
      open = -1;
    }
  }
  if (open >= 0 && open < tokens.length - 1) {
    spans.push({ first: open, last: tokens.length - 1 });
    return { spans, unclosed: true };
  }
  return { spans, unclosed: false };
}
