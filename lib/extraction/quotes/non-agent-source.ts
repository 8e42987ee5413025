// Rule "source.quote-over-non-agent": a claim inside a quotation keeps the source the claim rules
// found, except when that source names no one who can speak – a lone pronoun ("Es wurde eine
// Summe genannt") or a lone abstract noun or adverb read as the subject of a speech verb ("Die
// Verspätung erklärte …", "Einschränkend fügte X hinzu"). Then the quotation's resolved source, found
// with the grammar of reported speech, is the better reading. Multi-word sources and known actors,
// bodies, roles and source nouns ("Angaben") always stay: they are the claim rules' strength.

import { bodyNoun, personRole } from "../actors";
import { NON_AGENT_ENDINGS, NON_AGENT_PRONOUNS } from "../lexicon/speaker-phrases";
import { SOURCE_NOUNS } from "../lexicon/quote-words";

export const NON_AGENT_SOURCE_RULE = "source.quote-over-non-agent";

const PRONOUNS = new Set(NON_AGENT_PRONOUNS);

/** Whether a claim's actor is one word that names no speaker (and is no known actor). */
export function isNonAgentSource(actor: string, isKnown: (actor: string) => boolean): boolean {
  if (!actor || /\s/.test(actor) || isKnown(actor)) return false;
  const lower = actor.toLowerCase();
  if (PRONOUNS.has(lower)) return true;
  if (bodyNoun(actor) || personRole(actor)) return false;
  const head = lower.slice(lower.lastIndexOf("-") + 1);
  if (SOURCE_NOUNS.some((noun) => head.endsWith(noun) || head.endsWith(noun + "en") || head.endsWith(noun + "n"))) return false;
  return NON_AGENT_ENDINGS.some((ending) => head.endsWith(ending));
}
