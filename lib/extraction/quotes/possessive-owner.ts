// Rule speaker.possessive: a source phrase whose owner is a possessive ("seiner Meinung nach",
// "nach Einschätzung seines Büros", "ihren Angaben zufolge") names no one itself; the possessive
// refers back, like a pronoun, to the last source that agrees with it ("sein-" a man or a body,
// "ihr-" a woman or a group). The source noun it stands before is no speaker ("Meinung").

import type { Token } from "../tokens";
import { FEMININE_PLURAL_POSSESSIVES, MASCULINE_POSSESSIVES } from "../lexicon/speaker-phrases";

export const POSSESSIVE_OWNER_RULE = "speaker.possessive";

type Gender = "m" | "f" | "n" | "pl" | null;

const MASCULINE: ReadonlySet<string> = new Set(MASCULINE_POSSESSIVES);
const FEMININE_PLURAL: ReadonlySet<string> = new Set(FEMININE_PLURAL_POSSESSIVES);

/**
 * The genders a phrase's possessive owner can refer to, or null when the phrase has none. The
 * possessive opens the phrase ("Seiner Meinung") or follows its first noun as a genitive
 * ("Einschätzung seines Büros"); a possessive further in belongs to someone the phrase names.
 */
export function possessiveOwnerGenders(words: readonly Token[]): readonly Gender[] | null {
  for (const at of [0, 1]) {
    const w = words[at];
    if (!w || w.kind !== "w") continue;
    if (MASCULINE.has(w.lower)) return ["m", "n", null];
    if (FEMININE_PLURAL.has(w.lower)) return ["f", "pl", null];
  }
  return null;
}
