// Rule "source.quote-over-verb-subject": a figure inside a quotation whose speaker is named in the
// figure's sentence takes that speaker when the claim rules read the subject of another speech verb
// of the sentence, standing outside the quotation, as the figure's source – the verb of a relative
// clause inside the speaker's phrase ("X, dessen Amt … zuständig ist, sagte, dass …") or a verb above
// the quotation's own speaker ("Das Amt bestätigte den Bericht des Y, wonach …"). The quotation's
// grammar ties the figure to its own speaker. Known actors stay (the claim rules resolve them
// better), and so do source phrases ("laut", "nach Angaben", "unter Berufung auf"): they name whom
// the speaker cites, which the claim dev sets count as the figure's source.

import type { ExtractedClaim, ExtractedQuote } from "../types";
import { rulesOfExplanation } from "../evaluate";

export const VERB_SUBJECT_SOURCE_RULE = "source.quote-over-verb-subject";

/** The claim rules' id for a source read as the subject of a speech verb (lib/extraction/rules/speech-verb.ts). */
const SPEECH_VERB_RULE = "speech-verb";

const within = (start: number, end: number, c: ExtractedClaim): boolean => start >= c.sentenceStart && end <= c.sentenceEnd;

/** Whether the quotation's speaker in the claim's sentence outranks the unknown speech-verb subject the claim rules chose. */
export function speakerOverVerbSubject(c: ExtractedClaim, q: ExtractedQuote, isKnown: (actor: string) => boolean): boolean {
  const sp = q.speaker;
  if (!sp || !within(sp.start, sp.end, c) || !within(c.sourceStart, c.sourceEnd, c)) return false;
  if (c.actor === q.actor || isKnown(c.actor)) return false;
  if (!rulesOfExplanation(c.explanation).includes(SPEECH_VERB_RULE)) return false;
  const outsideQuote = c.sourceEnd <= q.start || c.sourceStart >= q.end;
  const apartFromSpeaker = sp.end <= c.sourceStart || sp.start >= c.sourceEnd;
  return outsideQuote && apartFromSpeaker;
}
