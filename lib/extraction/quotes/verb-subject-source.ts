// Rule "source.quote-over-verb-subject": a figure inside a quotation whose speaker is named before it
// in the figure's sentence takes that speaker when the claim rules read the subject of another speech
// verb of the sentence as the figure's source – the verb of a relative clause inside the speaker's
// phrase ("X, dessen Amt … zuständig ist, sagte, dass …"; "so der Bericht eines Y, der … ermittelt,
// seien …") or a verb above the quotation's own speaker ("Das Amt bestätigte die Zählung des Y,
// wonach …"). The quotation's grammar ties the figure to its own speaker. Known actors stay (the
// claim rules resolve them better), so do source phrases ("laut", "nach Angaben", "unter Berufung
// auf"; they name whom the speaker cites, which the claim dev sets count as the source) and a
// source attached to the speaker's phrase as its genitive ("nach Angaben der Behörde").

import type { ExtractedClaim, ExtractedQuote } from "../types";
import { claimRules } from "./continuation-source";
import { GENITIVE_LINKS } from "../lexicon/function-words";
import { speechVerbRule } from "../rules/speech-verb";

export const VERB_SUBJECT_SOURCE_RULE = "source.quote-over-verb-subject";

const inSentence = (c: ExtractedClaim, start: number, end: number): boolean => start >= c.sentenceStart && end <= c.sentenceEnd;

const GENITIVE_LINK_SET = new Set(GENITIVE_LINKS);

/** Whether the claim's source is a genitive attribute of the speaker's phrase: "der …", "von …" right after it. */
function attachedToSpeaker(c: ExtractedClaim, speakerEnd: number): boolean {
  if (speakerEnd > c.sourceStart) return false;
  const firstWord = c.sourceText.split(/\s/, 1)[0].toLowerCase();
  if (!GENITIVE_LINK_SET.has(firstWord)) return false;
  return c.sentence.slice(speakerEnd - c.sentenceStart, c.sourceStart - c.sentenceStart).trim() === "";
}

/** Whether the quotation's speaker before the figure outranks the unknown speech-verb subject the claim rules chose. */
export function speakerOverVerbSubject(c: ExtractedClaim, q: ExtractedQuote, isKnown: (actor: string) => boolean): boolean {
  const sp = q.speaker;
  if (!sp || !inSentence(c, sp.start, sp.end) || sp.end > c.start) return false;
  if (!inSentence(c, c.sourceStart, c.sourceEnd) || c.actor === q.actor || isKnown(c.actor)) return false;
  if (!claimRules(c).includes(speechVerbRule.id)) return false;
  const apartFromSpeaker = sp.end <= c.sourceStart || sp.start >= c.sourceEnd;
  return apartFromSpeaker && !attachedToSpeaker(c, sp.end);
}
