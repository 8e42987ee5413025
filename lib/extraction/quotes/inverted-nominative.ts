// Rule "speaker.inverted-nominative": German puts an object first as readily as a subject. A phrase
// before the finite verb opened by "die", "das" or "eine" may be nominative or accusative; when
// right after the finite verb stands "der"/"ein" + a masculine role noun in the singular ("der
// Minister", "ein Sprecher", "der Vorsitzende" – not "der Ministerin" or "der Vorsitzenden", which
// are dative or genitive), that phrase is nominative, so it is the subject and the fronted phrase
// is the object ("Die Pläne der Stadt kritisierte der Vorsitzende scharf").

import type { Token, TokenSpan as Span } from "../tokens";
import { isCap } from "../tokens";
import { personRole } from "../actors";
import { BETWEEN_VERB_AND_SUBJECT, CASE_AMBIGUOUS_ARTICLES, MASCULINE_NOMINATIVE_ARTICLES } from "../lexicon/quote-words";

export const INVERTED_NOMINATIVE_RULE = "speaker.inverted-nominative";

const AMBIGUOUS = new Set(CASE_AMBIGUOUS_ARTICLES);
const MASCULINE_NOMINATIVE = new Set(MASCULINE_NOMINATIVE_ARTICLES);
const AFTER_VERB = new Set(BETWEEN_VERB_AND_SUBJECT);
/** Words between the article and its noun (adjectives, a number): at most this many. */
const ATTRIBUTES_MAX = 3;
/** Words a feminine role noun ends with (its own or the plural ending). */
const FEMININE_ROLE = /in(?:nen)?$/;

export interface InvertedNominativeGrammar {
  phraseFrom: (toks: Token[], i: number, end: number) => Span | null;
  /** Prepositions, determiners, conjunctions, clause adverbs: words that are no finite verb. */
  isFunctionWord: (lower: string) => boolean;
}

/**
 * A noun made of a present or past participle in the weak nominative singular ("Vorsitzende",
 * "Beauftragte", "Abgeordnete"): after "der" only the nominative ends in -e, the other cases in -en.
 */
const NOMINALISED_PARTICIPLE = /(?:end|t)e$/;

/** Whether the capitalised word is a masculine role noun in the nominative singular (no ending added). */
function isMasculineRoleNominative(word: Token): boolean {
  const head = word.lower.slice(word.lower.lastIndexOf("-") + 1);
  if (NOMINALISED_PARTICIPLE.test(head)) return true;
  const role = personRole(word.text);
  if (!role || FEMININE_ROLE.test(role.suffix)) return false;
  return word.lower.endsWith(role.suffix);
}

/**
 * The subject after the finite verb when the phrase `fronted` before it may be an object: the
 * finite verb is the token after `fronted` (the cue verb or an auxiliary), then "der"/"ein" +
 * a masculine role noun. Null otherwise.
 */
export function invertedNominative(toks: Token[], fronted: Span, end: number, g: InvertedNominativeGrammar): Span | null {
  if (!AMBIGUOUS.has(toks[fronted.first].lower)) return null;
  const finite = toks[fronted.last + 1];
  if (!finite || finite.kind !== "w" || isCap(finite) || g.isFunctionWord(finite.lower)) return null;
  let r = fronted.last + 2;
  while (r <= end && r - fronted.last <= 3 && AFTER_VERB.has(toks[r].lower)) r++;
  if (r > end || !MASCULINE_NOMINATIVE.has(toks[r].lower)) return null;
  let head = r + 1;
  while (head <= end && head - r <= ATTRIBUTES_MAX && toks[head].kind === "w" && !isCap(toks[head])) head++;
  if (head > end || !isCap(toks[head]) || !isMasculineRoleNominative(toks[head])) return null;
  return g.phraseFrom(toks, r, end);
}
