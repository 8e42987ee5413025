// Rule "reported.agentless-passive": a passive of a naming or numbering verb without its agent
// ("Die Zahl der Verletzten wurde mit 40 angegeben.", "Es wurde eine Summe von drei Millionen
// genannt.") reports what a source named, the one named before in the text (the speaker is carried
// like that of any cue without a subject). Not when quoted words stand in the sentence: "wird
// „X“ genannt" gives a name, nobody's statement.

import { AGENTLESS_PASSIVE_LEMMAS } from "../lexicon/quote-speech-verbs";
import type { Token } from "../tokens";

export const AGENTLESS_PASSIVE_RULE = "reported.agentless-passive";

const LEMMAS: ReadonlySet<string> = new Set(AGENTLESS_PASSIVE_LEMMAS);
const QUOTE_MARK = /^[„“”"»«]$/;

/** Whether a passive cue of `lemma` in the sentence [first, end] reports a naming (the passive itself is checked by the caller). */
export function isAgentlessNaming(tokens: readonly Token[], lemma: string, first: number, end: number): boolean {
  if (!LEMMAS.has(lemma)) return false;
  for (let k = first; k <= end; k++) if (QUOTE_MARK.test(tokens[k].text)) return false;
  return true;
}
