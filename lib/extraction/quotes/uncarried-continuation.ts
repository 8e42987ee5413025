// Rule "free_indirect.uncarried": a sentence in the Konjunktiv without a cue is reported speech
// also when no earlier cue left a speaker to carry (the text opens with what someone did, not
// with what they said: "Die Behörde hat den Bericht vorgelegt. Die Zahl der Fälle sei gestiegen.").
// Its speaker is then the agent an earlier uncued sentence of the paragraph opened with (rule
// speaker.paragraph-mention); without such an agent nothing is found. Only a Konjunktiv I form or
// the reportative "soll … haben" counts here: the Konjunktiv II of an auxiliary or modal ("wäre",
// "hätte … können") states a hypothesis as often as it reports.

import type { Token } from "../tokens";
import { HYPOTHETICAL_FORMS } from "../lexicon/quote-words";

export const UNCARRIED_CONTINUATION_RULE = "free_indirect.uncarried";

const HYPOTHETICAL = new Set(HYPOTHETICAL_FORMS);

/**
 * Whether [first, last] holds a reporting form outside direct quotations (`quoted(k)`): a token
 * `isReporting` accepts (the engine's Konjunktiv recognisers) that is no hypothetical form.
 */
export function hasReportingForm(
  tokens: readonly Token[],
  first: number,
  last: number,
  quoted: (k: number) => boolean,
  isReporting: (k: number) => boolean,
): boolean {
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (t.kind !== "w" || quoted(k) || HYPOTHETICAL.has(t.lower)) continue;
    if (isReporting(k)) return true;
  }
  return false;
}
