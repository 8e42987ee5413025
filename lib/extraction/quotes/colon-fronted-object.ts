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

/** Rule id: the name in commas after a role noun, where the colon clause's reading found no speaker. */
export const COLON_APPOSED_NAME_RULE = "speaker.colon-apposed-name";

/** Most words of a name in apposition ("Vorname Name", "Vorname von Name"). */
const APPOSED_NAME_MAX = 4;
/** How far before the name's comma the role noun may stand (adjectives and genitives after it). */
const ROLE_WINDOW = 8;

/**
 * "Den Plan lobte die Sprecherin des Vereins im Landtag, Vorname Name, ausdrücklich: „…“": a name
 * in commas right before the colon clause at `at` is an apposition, and the clause began before
 * it. When a role noun stands shortly before the name's first comma (no clause break between),
 * role and name are one phrase, the subject after the verb: the name is returned. Null otherwise.
 */
export function apposedNameBefore(
  tokens: readonly Token[],
  from: number,
  at: number,
  isRole: (t: Token) => boolean,
): { first: number; last: number } | null {
  const closing = at - 1;
  if (closing <= from || tokens[closing].text !== ",") return null;
  let first = closing;
  while (first - 1 > from && closing - first < APPOSED_NAME_MAX && isCap(tokens[first - 1])) first--;
  const opening = first - 1;
  // a first name and a surname at least: one capitalised word may be a noun of the clause
  if (closing - first < 2 || tokens[opening].text !== ",") return null;
  for (let k = opening - 1; k >= from && opening - k <= ROLE_WINDOW; k--) {
    const t = tokens[k];
    if (t.kind === "p") return null;
    if (isCap(t) && isRole(t)) return { first, last: closing - 1 };
  }
  return null;
}
