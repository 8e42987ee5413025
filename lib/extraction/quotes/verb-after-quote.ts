// Rule "speaker.verb-after-quote": a direct quotation can fill the first place of a German main
// clause, so the word right after its closing mark (and the comma after it) is the finite verb and
// the subject follows that verb ("„…“, meinte die Trainerin", "„…!“ zeigte sich der Wirt erleichtert",
// "„…“, ließ ein Sprecher verlauten"). Where that verb is none the cue lexicon reads, a person or
// body standing right after it is the quotation's speaker. The verb is no form of "werden" (a
// passive's subject is the one quoted about) and no function word. Inside a sentence – text
// before the quotation – a quoted title or term may be a subject itself ("Der Film „…“ lief …"),
// so there the quotation must be long enough to be said words and no cue may stand before it.

import type { Token, TokenSpan as Span } from "../tokens";
import { isCap } from "../tokens";

export const VERB_AFTER_QUOTE_RULE = "speaker.verb-after-quote";

/** Words a quotation inside a sentence needs to be said words rather than a title or term. */
export const INNER_QUOTE_MIN_WORDS = 6;

/** Finite forms of "werden": after a quotation they open a passive or a future, not a frame. */
const WERDEN = new Set(["werde", "werden", "wird", "wurde", "wurden", "würde", "würden"]);
/** Punctuation that ends the quoted words themselves („…!“ / „…?“ / „….“). */
const QUOTE_FINAL = new Set([".", "!", "?"]);

export interface VerbAfterQuoteGrammar {
  /** Prepositions, determiners, conjunctions, clause adverbs, complementizers, relative pronouns. */
  isFunctionWord: (lower: string) => boolean;
  isPronoun: (lower: string) => boolean;
}

/**
 * The finite verb right after the direct quotation `quote` (a comma may stand between them, or the
 * quoted words end in their own final punctuation), or -1. `sentenceFirst` is the first token of the
 * quotation's sentence; `cueBefore` whether a cue of the sentence stands before the quotation;
 * `words` the quotation's word count.
 */
export function verbAfterQuote(
  tokens: readonly Token[],
  quote: Span,
  sentenceFirst: number,
  end: number,
  words: number,
  cueBefore: boolean,
  g: VerbAfterQuoteGrammar,
): number {
  if (quote.first > sentenceFirst && (words < INNER_QUOTE_MIN_WORDS || cueBefore)) return -1;
  let v = quote.last + 1;
  if (tokens[v]?.text === ",") v++;
  else if (!QUOTE_FINAL.has(tokens[quote.last - 1]?.text ?? "")) return -1;
  const verb = tokens[v];
  if (v > end || !verb || verb.kind !== "w" || isCap(verb)) return -1;
  if (g.isFunctionWord(verb.lower) || g.isPronoun(verb.lower) || WERDEN.has(verb.lower)) return -1;
  return v;
}
