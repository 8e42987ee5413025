// Rule "speaker.colon-fronted-object": a clause before a colon that opens with an object – an
// oblique article ("Den Unmut der Partei brachte die Sprecherin zum Ausdruck: „…“") or a phrase
// that names no one ("Jede Mitverantwortung weist der Minister von sich: „…“") – has its subject
// after the finite verb; a person standing there speaks.

import type { Token } from "../tokens";
import { isCap } from "../tokens";

export const COLON_FRONTED_OBJECT_RULE = "speaker.colon-fronted-object";

/** How far after the clause's start the finite verb behind the fronted phrase is looked for. */
const FRONTED_MAX = 16;

/**
 * The finite verb after a fronted phrase at `at`: the first lower-case word that is no function
 * word right after a capitalised one (the end of the fronted noun phrase); -1 when none stands there.
 */
export function finiteVerbAfterFronted(
  tokens: readonly Token[],
  at: number,
  last: number,
  isFunctionWord: (lower: string) => boolean,
): number {
  for (let k = at + 1; k <= last && k - at <= FRONTED_MAX; k++) {
    const t = tokens[k];
    if (t.kind === "p" && t.text !== "(" && t.text !== ")") return -1;
    if (t.kind !== "w" || isCap(t) || isFunctionWord(t.lower)) continue;
    const before = tokens[k - 1];
    if (isCap(before) || before.text === ")") return k;
  }
  return -1;
}
