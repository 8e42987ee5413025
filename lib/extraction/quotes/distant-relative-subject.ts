// Rule "speaker.distant-relative-subject": in a relative clause whose pronoun is the object and a
// capitalised phrase follows it ("…, die Vorname Name bei der Wahl im Herbst (…) als Ziel
// ausgegeben hatte: „…“"), the subject stands right after the pronoun however long the clause runs
// to its verb. Before, a cue verb more than a speaker's length away from the clause's start took
// the words right before the verb instead ("bei der Wahl im Herbst (…) als Ziel").

import type { Token, TokenSpan as Span } from "../tokens";
import { isCap } from "../tokens";
import { phraseFrom } from "./reader-phrases";

export const DISTANT_RELATIVE_SUBJECT_RULE = "speaker.distant-relative-subject";

/** Relative pronouns that are no nominative of a masculine noun ("der" opens a subject clause itself). */
const OBJECT_RELATIVE = new Set(["das", "dem", "den", "denen", "die"]);

/**
 * The phrase after a relative pronoun opening its clause at `first` (after a comma), when a
 * capitalised word follows the pronoun; at most `maxLength` words. Null otherwise.
 */
export function distantRelativeSubject(
  tokens: Token[],
  first: number,
  last: number,
  maxLength: number,
): (Span & { rule: string }) | null {
  if (tokens[first - 1]?.text !== "," || !OBJECT_RELATIVE.has(tokens[first].text) || !isCap(tokens[first + 1])) return null;
  const phrase = phraseFrom(tokens, first, Math.min(last, first + maxLength));
  return phrase ? { ...phrase, rule: DISTANT_RELATIVE_SUBJECT_RULE } : null;
}
