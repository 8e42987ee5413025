// Rule "cue.naming-participle": "…, auch Nordwind genannt, …", "– kurz „GVK“ genannt –": the
// participle of "nennen" after "auch"/"kurz" and a term gives a name, it reports no speech; the term
// is no speaker to continue and its clause no quotation.

import type { Token } from "../tokens";
import { NAMING_ADVERBS } from "../lexicon/quote-words";

export const NAMING_PARTICIPLE_RULE = "cue.naming-participle";

const NAMING_ADVERB = new Set(NAMING_ADVERBS);
const PARTICIPLE = "genannt";
/** How many tokens the named term may span between the adverb and the participle. */
const TERM_MAX = 6;

/** Whether the cue verb at `verb` is "genannt" right after "auch/kurz" + a term in its own clause. */
export function isNamingParticiple(tokens: readonly Token[], verb: number, clauseFirst: number): boolean {
  if (tokens[verb]?.lower !== PARTICIPLE) return false;
  for (let k = verb - 2; k >= clauseFirst && verb - k <= TERM_MAX + 1; k--)
    if (NAMING_ADVERB.has(tokens[k].lower)) return k === clauseFirst;
  return false;
}
