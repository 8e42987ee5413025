// Rule "free_indirect.sollen": "soll"/"sollen" with a plain infinitive ("Das Werk soll 300 Stellen
// abbauen") is a plan or an obligation on its own, but right after reported speech it goes on
// reporting what the speaker said, like a Konjunktiv continuation. So it counts only in the
// sentence directly after a quotation of the same paragraph, and carries that quotation's speaker.

import type { Token } from "../tokens";
import { SOLLEN_FORMS } from "../lexicon/quote-words";

export const SOLLEN_CONTINUATION_RULE = "free_indirect.sollen";

const SOLLEN = new Set(SOLLEN_FORMS);

/**
 * Whether tokens [from, to] hold a form of "sollen" as the finite verb of a main clause, outside
 * direct quotations (inside[k] < 0): a word follows it. At a clause's end it closes a subordinate
 * clause ("…, die ausgebaut werden sollen"), which tells what is planned, not what someone said.
 */
export function hasSollenForm(tokens: readonly Token[], from: number, to: number, inside: Int32Array): boolean {
  for (let k = from; k < to; k++)
    if (inside[k] < 0 && tokens[k].kind === "w" && SOLLEN.has(tokens[k].lower) && tokens[k + 1].kind !== "p") return true;
  return false;
}
