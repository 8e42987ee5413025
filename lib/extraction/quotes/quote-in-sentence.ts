// Rule "source.quote-in-sentence": a figure inside a quotation whose speaker is named in the
// figure's own sentence ("Nach Angaben der Firma soll … 400 …", "X sagte, dass … 14 …") takes that
// speaker, also when the claim rules carried a source over from an earlier sentence: the speaker
// named next to the figure outranks one remembered from before. A source the claim rules found in
// the sentence itself stays (quotes/claim-sources.ts).

import type { ExtractedClaim, ExtractedQuote } from "../types";

export const QUOTE_IN_SENTENCE_RULE = "source.quote-in-sentence";

/** Whether the quotation's speaker stands in the claim's sentence while the claim's source was carried from outside it. */
export function speakerInSentenceOverCarried(c: ExtractedClaim, q: ExtractedQuote): boolean {
  if (!q.speaker || q.speaker.start < c.sentenceStart || q.speaker.end > c.sentenceEnd) return false;
  return c.sourceStart < 0 || c.sourceStart < c.sentenceStart || c.sourceEnd > c.sentenceEnd;
}
