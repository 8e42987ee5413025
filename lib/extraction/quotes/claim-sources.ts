// Numbers inside a quotation take the quotation's resolved source. Only figures the claim rules
// left without any source get it: a source the claim rules found (in the sentence or carried over
// from the paragraph's last speaker) stays – overriding those lowered the claim dev sets' figures.

import type { ExtractedClaim, ExtractedQuote, Party } from "../types";
import { decideCaveat } from "../caveat";

/** The innermost quotation with a resolved source that contains [start, end). */
function quoteAround(quotes: readonly ExtractedQuote[], start: number, end: number, from: number): ExtractedQuote | null {
  let best: ExtractedQuote | null = null;
  for (let i = from; i < quotes.length && quotes[i].start <= start; i++) {
    const q = quotes[i];
    if (!q.actor || q.end < end) continue;
    if (!best || q.end - q.start < best.end - best.start) best = q;
  }
  return best;
}

/** Give each claim inside a quotation the quotation's source (claims and quotes in text order). */
export function applyQuoteSources(
  claims: ExtractedClaim[],
  quotes: readonly ExtractedQuote[],
  conflictParties: readonly Party[],
  officialOf: (actor: string) => boolean,
): void {
  // quotations are sorted by start; a window start keeps the scan linear for sorted claims
  let from = 0;
  const longest = quotes.reduce((n, q) => Math.max(n, q.end - q.start), 0);
  for (const c of claims) {
    while (from < quotes.length && quotes[from].start < c.start - longest) from++;
    if (c.actor !== "") continue;
    const q = quoteAround(quotes, c.start, c.end, from);
    if (!q) continue;
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
    c.explanation += ` Zitat (${q.type}; Regeln ${q.rules.join(", ")}): Quelle ${q.actor} (${q.party}). ${caveat.reason}`;
  }
}
