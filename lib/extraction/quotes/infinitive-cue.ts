// Rule "cue.infinitive-head": a directive or commissive verb outside the speech-verb lexicon
// (lexicon/infinitive-cue-verbs.ts: "ordnete an", "beauftragte", "gab vor", "hat sich
// entschlossen") is a cue only when its clause is followed by a comma and a zu-infinitive clause
// – the order, request or promise as given ("Der Rat ersuchte die Stadt, die Gebühr zu senken").
// Such a verb alone names an act, not what was said ("ordnete eine Prüfung an").

import { HABEN_FORMS } from "../lexicon/quote-words";
import { type Token, isCap } from "../tokens";
import { type InfinitiveCueReading, infinitiveCueReadings } from "./morphology";
import { CLAUSE_EDGES, NON_CONTENT_OPENER, PARTICLE_WINDOW, isBreak, set } from "./reader-words";
import type { VerbCue } from "./verb-cues";

export const INFINITIVE_HEAD_RULE = "cue.infinitive-head";

const HABEN = set(HABEN_FORMS);

/** A parenthesis may stand inside the cue clause ("beauftragte X (SPD), …"); any other mark ends it. */
const PARENTHESES = set(["(", ")"]);

/**
 * The directive or commissive verb at i as a cue, when the clause after its comma ends in "zu" +
 * infinitive (`endsInZuInfinitive`, from quotes/cue-content.ts) and opens with no "um"/"ohne"/"statt".
 */
export function infinitiveCueAt(
  tokens: Token[],
  i: number,
  end: number,
  endsInZuInfinitive: (from: number) => boolean,
): VerbCue | null {
  const t = tokens[i];
  if (t.kind !== "w" || isCap(t)) return null;
  for (const reading of infinitiveCueReadings(t.lower)) {
    const last = reading.particle ? particleAt(tokens, i, end, reading.particle) : i;
    if (last < 0 || (reading.participle && !hasHabenBeside(tokens, i, end))) continue;
    const comma = clauseBreakAfter(tokens, last, end);
    if (comma < 0 || comma >= end || NON_CONTENT_OPENER.has(tokens[comma + 1].lower)) continue;
    if (endsInZuInfinitive(comma + 1)) return cueOf(reading, i, last);
  }
  return null;
}

const cueOf = (reading: InfinitiveCueReading, verb: number, last: number): VerbCue => ({
  verb,
  last,
  lemma: reading.lemma,
  rule: INFINITIVE_HEAD_RULE,
});

/** The separable particle closing the verb's clause ("ordnete … an,"), or -1. */
function particleAt(tokens: Token[], i: number, end: number, particle: string): number {
  const limit = Math.min(end, i + PARTICLE_WINDOW);
  for (let k = i + 1; k <= limit && !isBreak(tokens[k]) && tokens[k].text !== "."; k++)
    if (tokens[k].lower === particle && isBreak(tokens[k + 1])) return k;
  return -1;
}

/** A form of "haben" in the participle's clause, before it or right after it ("…, der ihn beauftragt hatte, …"). */
function hasHabenBeside(tokens: Token[], i: number, end: number): boolean {
  if (i < end && HABEN.has(tokens[i + 1].lower)) return true;
  for (let k = i - 1; k >= 0 && i - k <= PARTICLE_WINDOW && !CLAUSE_EDGES.has(tokens[k].text) && tokens[k].text !== "."; k--)
    if (HABEN.has(tokens[k].lower)) return true;
  return false;
}

/** The comma that closes the cue clause after its last token (the object stands between), or -1. */
function clauseBreakAfter(tokens: Token[], last: number, end: number): number {
  const limit = Math.min(end, last + PARTICLE_WINDOW);
  let k = last + 1;
  // "…, der ihn beauftragt hatte, …": the perfect's auxiliary closes the clause
  if (k <= limit && HABEN.has(tokens[k].lower)) k++;
  for (; k <= limit; k++) {
    if (tokens[k].text === ",") return k;
    if (tokens[k].kind === "p" && !PARENTHESES.has(tokens[k].text)) return -1;
  }
  return -1;
}
