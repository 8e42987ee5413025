// Rule "free_indirect.conditional": the singular Konjunktiv II "würde" ("Dann würde der Preis
// steigen") states a condition on its own and is therefore no Konjunktiv form of the recogniser
// (lexicon/konjunktiv.ts). Right after reported speech it goes on reporting what the speaker said,
// like "soll(en)" (quotes/sollen-continuation.ts): it counts only in the sentence directly after a
// quotation of the same paragraph, and carries that quotation's speaker.

import type { Token } from "../tokens";
import { CONDITIONAL_FORMS } from "../lexicon/quote-words";

export const CONDITIONAL_CONTINUATION_RULE = "free_indirect.conditional";

const CONDITIONAL = new Set(CONDITIONAL_FORMS);

/** Whether tokens [from, to] hold a conditional form outside direct quotations (inside[k] < 0). */
export function hasConditionalForm(tokens: readonly Token[], from: number, to: number, inside: Int32Array): boolean {
  for (let k = from; k <= to; k++) if (inside[k] < 0 && tokens[k].kind === "w" && CONDITIONAL.has(tokens[k].lower)) return true;
  return false;
}
