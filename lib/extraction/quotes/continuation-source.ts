// Rule "source.continuation-over-carried": a figure in a free indirect continuation (a Konjunktiv
// or reportative sentence without a cue of its own, or a direct quotation that carries the last
// speaker, as a quoted phrase inside such a continuation does) whose claim source was carried over from an
// earlier sentence takes the continuation's resolved source instead. Both are remembered speakers,
// but the claim rules carry whatever filled the last cue's source slot (a counted noun, a role
// without its person), while the quotation layer follows the grammar of reported speech back to
// the one whose speech the sentence continues. The claim rules' reading stays where it is the
// better one: the same mention read by both (their canonical name and party win), an origin named
// by a nested attribution ("unter Berufung auf …": the guideline's source is the origin), and a
// quotation whose resolved source is only a source noun ("Angaben") with no one named.

import type { ExtractedClaim, ExtractedQuote } from "../types";
import { SOURCE_NOUNS } from "../lexicon/quote-words";
import { bodyNoun, personRole } from "../actors";
import { berufungAufRule } from "../rules/berufung-auf";

export const CONTINUATION_OVER_CARRIED_RULE = "source.continuation-over-carried";
/** Rule id find-quotes gives a direct quotation without a cue that takes the last speaker. */
const CARRIED_SPEAKER_RULE = "speaker.carried";

const SOURCE_NOUN_SET = new Set(SOURCE_NOUNS);
/** Claim rules that name the origin behind a reporter. */
const ORIGIN_RULES = new Set([berufungAufRule.id]);

/** Whether the claim's source was carried from outside its sentence. */
export function sourceCarried(c: ExtractedClaim): boolean {
  return c.sourceStart < 0 || c.sourceStart < c.sentenceStart || c.sourceEnd > c.sentenceEnd;
}

/** The rule ids a claim's explanation ends with ("… Regeln: a, b."). */
export function claimRules(c: ExtractedClaim): string[] {
  const m = /Regeln: ([^.]*)\.$/.exec(c.explanation);
  return m ? m[1].split(", ") : [];
}

/** How far before the claim's sentence its carried cue is looked for (keeps the search bounded). */
const CARRIED_CUE_WINDOW = 4000;

/** Where the carried cue stands before the claim's sentence, or null when it is not found there. */
function carriedCueSpan(text: string, c: ExtractedClaim): [number, number] | null {
  if (!c.sourceText) return null;
  const from = Math.max(0, c.sentenceStart - CARRIED_CUE_WINDOW);
  const at = text.slice(from, c.sentenceStart).lastIndexOf(c.sourceText);
  return at < 0 ? null : [from + at, from + at + c.sourceText.length];
}

/**
 * Whether a quotation continues a speaker named before it without a cue of its own: a free indirect
 * continuation, or a direct quotation that took the last speaker (rule speaker.carried) – also a
 * quoted phrase inside a continuation, which is the innermost quotation around its figures.
 */
function continuesSpeaker(q: ExtractedQuote): boolean {
  return q.type === "free_indirect" || (q.type === "direct" && q.rules.includes(CARRIED_SPEAKER_RULE));
}

/** Whether a continuation's speaker, named before the claim's sentence, replaces a carried source. */
export function continuationOverCarried(text: string, c: ExtractedClaim, q: ExtractedQuote): boolean {
  if (!continuesSpeaker(q) || !q.speaker || q.speaker.end > c.sentenceStart) return false;
  if (!sourceCarried(c) || SOURCE_NOUN_SET.has(q.actor.toLowerCase())) return false;
  if (claimRules(c).some((id) => ORIGIN_RULES.has(id))) return false;
  const cue = carriedCueSpan(text, c);
  if (!cue) return false;
  const sameMention = q.speaker.start < cue[1] && q.speaker.end > cue[0];
  return !sameMention || namesMore(q.actor, c.actor);
}

/** Whether the quotation's source is a name (no role or body noun) that the claim's source lacks. */
function namesMore(quoteActor: string, claimActor: string): boolean {
  const words = quoteActor.split(/\s+/);
  if (words.some((w) => w[0] === w[0].toLowerCase() || personRole(w) || bodyNoun(w))) return false;
  const claimWords = claimActor.toLowerCase().split(/[\s-]+/);
  // a genitive name is the stem of the claim's adjective ("Südkoreas" – "südkoreanisch")
  const stem = (w: string): string => w.toLowerCase().replace(/s$/, "");
  return !words.some((w) => claimWords.some((cw) => cw.startsWith(stem(w))));
}
