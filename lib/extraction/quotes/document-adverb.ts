// Rule "indirect.document-adverb": "Danach" opening a sentence reads "according to it" when the
// sentence before names a document, a report or a survey as its subject or object ("Das Amt
// veröffentlichte eine Studie. Danach leben …"); elsewhere it is the temporal "afterwards"
// ("Danach fuhr er nach Hause"). A document inside a prepositional phrase ("Nach Angaben der
// Polizei …", "per Vertrag", "über die Medien") is that sentence's own source or circumstance,
// and a "Danach" after it tells what happened next. Unlike "Demnach", "Danach" needs that document.

import type { Token, TokenSpan as Span } from "../tokens";
import { DOCUMENT_SOURCE_ADVERBS, PREPOSITIONS } from "../lexicon/quote-words";

export const DOCUMENT_ADVERB_RULE = "indirect.document-adverb";

const DOCUMENT_ADVERB = new Set(DOCUMENT_SOURCE_ADVERBS);
const PREPOSITION = new Set(PREPOSITIONS);

/** Whether the token at `i` is such an adverb opening its sentence, followed by a word (its verb). */
export function opensDocumentAdverb(tokens: readonly Token[], i: number, sentenceFirst: number): boolean {
  if (i !== sentenceFirst || !DOCUMENT_ADVERB.has(tokens[i].lower)) return false;
  return tokens[i + 1]?.kind === "w";
}

/** Whether the document phrase is a subject or object, not governed by a preposition before it. */
export function isDocumentArgument(tokens: readonly Token[], phrase: Span): boolean {
  const before = tokens[phrase.first - 1];
  return !before || !PREPOSITION.has(before.lower);
}
