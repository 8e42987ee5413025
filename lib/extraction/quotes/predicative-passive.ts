// Rule "reported.predicative-passive": a sentence that opens with a predicative "als" phrase and
// goes on with a passive of a naming or stating verb ("Als Ursache wurde ein Defekt genannt.",
// "Als Grund wird der Regen angegeben.") reports what someone named, even when the passive leaves
// the one who named it out. The finite "werden" must follow the "als" phrase (a main clause with
// its verb second) and the participle must close the sentence: a temporal "Als X genannt wurde,
// …" has its verb last and a main clause after it.

import type { Token } from "../tokens";

export const PREDICATIVE_PASSIVE_RULE = "reported.predicative-passive";

const FINITE_WERDEN = new Set(["wird", "wurde", "werden", "wurden"]);
/** Most tokens of the "als" phrase before the finite verb. */
const PHRASE_MAX = 8;

/**
 * Whether the sentence [first, end] is "Als <Nomen …> wird/wurde … <participle at verb>" with the
 * participle as its last word before `end`.
 */
export function isPredicativePassive(tokens: readonly Token[], first: number, verb: number, end: number): boolean {
  if (tokens[first].lower !== "als" || verb !== end) return false;
  const noun = tokens[first + 1];
  if (!noun || noun.kind !== "w" || noun.text[0] === noun.lower[0]) return false;
  for (let k = first + 2; k < verb && k - first <= PHRASE_MAX + 1; k++) {
    if (tokens[k].kind === "p") return false;
    if (FINITE_WERDEN.has(tokens[k].lower)) return true;
  }
  return false;
}
