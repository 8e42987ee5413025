// Numbers inside a quotation take the quotation's resolved source. Only figures the claim rules
// left without any source get it: a source the claim rules found in the sentence stays –
// overriding those lowered the claim dev sets' figures – unless it names no one who can speak
// (quotes/non-agent-source.ts); a source carried over from an earlier sentence gives way to a
// quotation whose speaker is named in the figure's sentence (quotes/quote-in-sentence.ts; not when a
// back-reference of the next sentence, "Das teilte X mit", names the claim's source), and to a
// free indirect continuation's speaker named before it (quotes/continuation-source.ts); an unknown
// subject of another speech verb in the sentence gives way to the quotation's speaker named before
// the figure (quotes/verb-subject-source.ts).

import type { ExtractedClaim, ExtractedQuote, Party } from "../types";
import { decideCaveat } from "../caveat";
import { NON_AGENT_SOURCE_RULE, isNonAgentSource } from "./non-agent-source";
import { QUOTE_IN_SENTENCE_RULE, speakerInSentenceOverCarried } from "./quote-in-sentence";
import { CONTINUATION_OVER_CARRIED_RULE, continuationOverCarried } from "./continuation-source";
import { BACK_REFERENCE_RULE } from "./back-reference";
import { VERB_SUBJECT_SOURCE_RULE, speakerOverVerbSubject } from "./verb-subject-source";

/** Quotations looked at per claim: the last ones that start before it (nesting is shallow). */
const NESTING_WINDOW = 8;

/** The innermost quotation with a resolved source that contains [start, end); `upto` = first quote starting after it. */
function quoteAround(quotes: readonly ExtractedQuote[], start: number, end: number, upto: number): ExtractedQuote | null {
  let best: ExtractedQuote | null = null;
  for (let i = upto - 1; i >= 0 && i >= upto - NESTING_WINDOW; i--) {
    const q = quotes[i];
    if (!q.actor || q.end < end) continue;
    if (!best || q.end - q.start < best.end - best.start) best = q;
  }
  return best;
}

/**
 * Whether a back-reference around the claim ("…. Das teilte X mit.") names the claim's own source:
 * X's words are the whole sentence, so a quotation inside it (rule source.quote-in-sentence) does
 * not take the figure from X.
 */
function backReferenceAgrees(quotes: readonly ExtractedQuote[], c: ExtractedClaim, upto: number): boolean {
  for (let i = upto - 1; i >= 0 && i >= upto - NESTING_WINDOW; i--) {
    const q = quotes[i];
    if (q.end >= c.end && namesSameSource(q, c.actor) && q.rules.includes(BACK_REFERENCE_RULE)) return true;
  }
  return false;
}

/**
 * Whether a quotation's source and a claim's actor name the same one: the same actor, or every word
 * of the claim's actor stands in the quotation's speaker phrase (the claim rules may keep the role
 * of "der Vorsitzende der Kommission, Vorname Name" where the quotation resolves the name).
 */
function namesSameSource(q: ExtractedQuote, actor: string): boolean {
  if (q.actor === actor) return true;
  if (!q.speaker || !actor) return false;
  const words = new Set(q.speaker.text.split(/[\s,()]+/));
  return actor.split(" ").every((w) => words.has(w));
}

/** Offsets of the blank lines that separate paragraphs, in order. */
function paragraphBreaks(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\n[ \t\r]*\n/g)) out.push(m.index);
  return out;
}

/** Whether a paragraph break lies between a and b (binary search). */
function breakBetween(breaks: number[], a: number, b: number): boolean {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid] < a) lo = mid + 1;
    else hi = mid;
  }
  return lo < breaks.length && breaks[lo] < b;
}

/**
 * The rule by which the quotation's source replaces a source the claim rules found, or null when
 * that source stays: a source carried from an earlier sentence gives way to the quotation's speaker
 * in this one (unless the next sentence's back-reference names the claim's source), or to a free
 * indirect continuation's speaker; an unknown subject of another speech verb gives way to the
 * quotation's speaker named before the figure.
 */
function overrideRule(
  text: string,
  c: ExtractedClaim,
  q: ExtractedQuote,
  quotes: readonly ExtractedQuote[],
  upto: number,
  isKnown: (actor: string) => boolean,
): string | null {
  if (speakerInSentenceOverCarried(c, q) && !backReferenceAgrees(quotes, c, upto)) return QUOTE_IN_SENTENCE_RULE;
  if (continuationOverCarried(text, c, q)) return CONTINUATION_OVER_CARRIED_RULE;
  if (speakerOverVerbSubject(c, q, isKnown)) return VERB_SUBJECT_SOURCE_RULE;
  return null;
}

/**
 * Give each claim inside a quotation the quotation's source (claims and quotes in text order). A
 * continuation whose speaker was named in an earlier paragraph does not pass it on: the claim rules
 * do not carry a source across paragraphs either.
 */
export function applyQuoteSources(
  text: string,
  claims: ExtractedClaim[],
  quotes: readonly ExtractedQuote[],
  conflictParties: readonly Party[],
  officialOf: (actor: string) => boolean,
  isKnown: (actor: string) => boolean,
): void {
  // the paragraph breaks are asked only for a speaker named before its quotation: found on first need
  let breaks: number[] | null = null;
  // claims and quotations are in text order: one pointer walks the quotations once
  let upto = 0;
  for (const c of claims) {
    while (upto < quotes.length && quotes[upto].start <= c.start) upto++;
    // a source the claim rules found stays, unless it names no one (rule source.quote-over-non-agent)
    const nonAgent = c.actor !== "" && isNonAgentSource(c.actor, isKnown);
    const q = quoteAround(quotes, c.start, c.end, upto);
    // a source the claim rules found gives way to the quotation's only by one of overrideRule's rules
    const override = c.actor !== "" && !nonAgent && q ? overrideRule(text, c, q, quotes, upto, isKnown) : null;
    if (c.actor !== "" && !nonAgent && !override) continue;
    if (q && nonAgent && isNonAgentSource(q.actor, isKnown)) continue;
    if (!q || (q.speaker && q.speaker.end <= q.start && breakBetween((breaks ??= paragraphBreaks(text)), q.speaker.end, c.start)))
      continue;
    const official = officialOf(q.actor);
    const source = { actor: q.actor, party: q.party, official };
    c.actor = q.actor;
    c.party = q.party;
    c.official = official;
    c.sources = [source];
    if (q.speaker) {
      c.sourceText = q.speaker.text;
      c.sourceStart = q.speaker.start;
      c.sourceEnd = q.speaker.end;
    }
    const caveat = decideCaveat([source], c.sentence, c.what, conflictParties);
    c.caveat = caveat.caveat;
    const extra = nonAgent ? NON_AGENT_SOURCE_RULE : (override ?? "");
    const rules = extra ? [...q.rules, extra] : q.rules;
    c.explanation += ` Zitat (${q.type}; Regeln ${rules.join(", ")}): Quelle ${q.actor} (${q.party}). ${caveat.reason}`;
  }
}
