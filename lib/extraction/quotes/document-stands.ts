// Rule "cue.document-stands": "In dem Bericht steht, dass …" – what stands in a document is what
// the document says. A form of "stehen" followed by a comma and "dass" is a cue like the impersonal
// "heißt es" when its clause opens with a locative preposition and a phrase headed by a source or
// document noun; that phrase is the source. Without such an opening ("Fest steht, dass …") it
// stays an assessment of the writer's, no cue.

import { DOCUMENT_STAND_FORMS } from "../lexicon/speaker-phrases";
import type { Token } from "../tokens";

export const DOCUMENT_STANDS_RULE = "cue.document-stands";

const STAND_FORMS: ReadonlySet<string> = new Set(DOCUMENT_STAND_FORMS);

/** Whether tokens[i] is a form of "stehen" followed by ", dass". */
export function standsBeforeDass(tokens: readonly Token[], i: number): boolean {
  return STAND_FORMS.has(tokens[i].lower) && tokens[i + 1]?.text === "," && tokens[i + 2]?.lower === "dass";
}

/**
 * Whether the clause [left, verb) names a document as where the words stand: a locative
 * preposition first, then a phrase with a source or document noun.
 */
export function opensWithDocument(
  tokens: readonly Token[],
  left: number,
  verb: number,
  isLocative: (t: Token) => boolean,
  isDocumentNoun: (t: Token) => boolean,
): boolean {
  if (left >= verb - 1 || !isLocative(tokens[left])) return false;
  for (let k = left + 1; k < verb; k++) if (isDocumentNoun(tokens[k])) return true;
  return false;
}
