// Rules "indirect.back-reference" and "indirect.back-reference-clause": a demonstrative ("das",
// "dies") as the object of a cue points back to what was said.
// - indirect.back-reference: a sentence opening with the demonstrative attributes the sentence
//   before it – right before the cue verb ("Das sagte X.") or before a finite auxiliary whose
//   participle is the cue ("Das wurde von X bekannt gegeben.").
// - indirect.back-reference-clause: the demonstrative opens a cue clause after a comma or dash
//   with the speaker after the verb ("Die Lage ist ernst, das sagte X."); the clause before it is
//   the quotation.
// - indirect.back-reference-paragraph: the same opening as indirect.back-reference in a
//   paragraph's first sentence ("Dies teilte das Amt mit.") attributes the last sentence of the
//   paragraph before it, when that sentence ends with a full stop (or "!"/"?") and no quotation
//   of the engine covers it yet (a heading or a quoted sentence is no such sentence).

import type { Token } from "../tokens";
import { AUXILIARIES, BACK_REFERENCE_PRONOUNS } from "../lexicon/quote-words";

export const BACK_REFERENCE_RULE = "indirect.back-reference";
export const BACK_REFERENCE_CLAUSE_RULE = "indirect.back-reference-clause";
export const BACK_REFERENCE_PARAGRAPH_RULE = "indirect.back-reference-paragraph";

const BACK_REFERENCE = new Set(BACK_REFERENCE_PRONOUNS);
const AUXILIARY = new Set(AUXILIARIES);
/** Marks that end the clause before a back-referring cue clause. */
const CLAUSE_BEFORE = new Set([",", "–", "—"]);
/** How far after the auxiliary its participle is looked for (keeps the check bounded). */
const PARTICIPLE_WINDOW = 30;

/**
 * Whether the sentence opening at `first` refers back with its demonstrative to the cue at
 * `verb`: "Das sagte X" (verb second) or "Das wurde … bekannt gegeben" (auxiliary second, the
 * cue later in the same clause, `breakBetween` telling whether a clause break lies between).
 */
export function opensBackReference(
  tokens: readonly Token[],
  first: number,
  verb: number,
  breakBetween: (from: number, to: number) => boolean,
): boolean {
  if (!BACK_REFERENCE.has(tokens[first]?.lower ?? "")) return false;
  if (verb === first + 1) return true;
  return (
    verb > first + 2 &&
    verb - first <= PARTICIPLE_WINDOW &&
    AUXILIARY.has(tokens[first + 1].lower) &&
    !breakBetween(first + 2, verb - 1)
  );
}

/**
 * Whether the cue clause starting at `left` (its demonstrative, the cue verb right after it and
 * the speaker after the verb) refers back to the clause before the comma or dash at left - 1.
 */
export function isBackReferenceClause(
  tokens: readonly Token[],
  sentenceFirst: number,
  left: number,
  verb: number,
  speakerFirst: number,
): boolean {
  return (
    left > sentenceFirst + 1 &&
    verb === left + 1 &&
    speakerFirst > verb &&
    BACK_REFERENCE.has(tokens[left].lower) &&
    CLAUSE_BEFORE.has(tokens[left - 1].text)
  );
}

/** Marks that close a sentence the paragraph after it may refer back to. */
const SENTENCE_CLOSE = new Set([".", "!", "?"]);

/** The last sentence of a paragraph as characters, for a back-reference from the next paragraph. */
export interface ParagraphEnd {
  start: number;
  end: number;
}

/**
 * The sentence [first, last] of `tokens` as the one a next paragraph's "Das sagte X." may refer
 * back to, or null: it must close with a sentence mark and lie outside direct quotations
 * (`quoted(k)` tells whether token k does).
 */
export function paragraphEndOf(
  tokens: readonly Token[],
  first: number,
  last: number,
  quoted: (k: number) => boolean,
): ParagraphEnd | null {
  if (first > last || !SENTENCE_CLOSE.has(tokens[last].text) || quoted(first) || quoted(last)) return null;
  return { start: tokens[first].start, end: tokens[last].end };
}
