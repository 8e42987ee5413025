// Rule "cue.light-verb": a light-verb construction as the cue of a quotation ("Die Stadt legte
// Wert darauf, dass …", "X brachte zum Ausdruck, …", "weil sie der Meinung ist, dass …"). The
// verb and its noun stand in one clause, in either order; the content clause after the cue is
// found like that of any speech verb. Constructions: lib/extraction/lexicon/light-verb-cues.ts.

import type { Token } from "../tokens";
import { isCap as importedIsCap } from "../tokens";
import { LIGHT_VERB_CUES } from "../lexicon/light-verb-cues";
// Bound once: tsx compiles every use of an imported binding into two getter calls (these run per token).
const isCap = importedIsCap;

export const LIGHT_VERB_RULE = "cue.light-verb";

/** How many tokens may stand between the verb and its noun. */
const NOUN_WINDOW = 6;
interface Reading {
  lemma: string;
  nouns: ReadonlySet<string>;
  lowerCase: boolean;
}

const byForm = new Map<string, Reading[]>();
for (const cue of LIGHT_VERB_CUES)
  for (const form of cue.verbForms) {
    const list = byForm.get(form) ?? [];
    list.push({ lemma: cue.lemma, nouns: new Set(cue.nouns), lowerCase: !!cue.lowerCase });
    byForm.set(form, list);
  }

const CLAUSE_END = new Set([",", ".", ":", ";", "!", "?", "–", "„", "“", '"']);

/** Whether t completes the reading: one of its nouns (capitalised), or its lower-case complement. */
function isComplement(t: Token, reading: Reading): boolean {
  if (t.kind !== "w" || !reading.nouns.has(t.lower)) return false;
  return reading.lowerCase ? !isCap(t) : isCap(t);
}

/**
 * A light-verb cue at token i (the verb): its noun within the clause after it (main clause:
 * "legte … Wert darauf") or right before it (verb-final clause: "… Wert darauf legte"). Returns
 * the cue in the form of a speech verb cue: `verb` is its first token, `last` its last.
 */
export function lightVerbCueAt(
  tokens: readonly Token[],
  i: number,
  end: number,
): { verb: number; last: number; lemma: string; particleFirst?: boolean } | null {
  const t = tokens[i];
  if (t.kind !== "w" || isCap(t)) return null;
  const readings = byForm.get(t.lower);
  if (!readings) return null;
  for (const reading of readings) {
    const lemma = reading.lemma;
    for (let k = i + 1; k <= end && k - i <= NOUN_WINDOW && !CLAUSE_END.has(tokens[k].text); k++)
      if (isComplement(tokens[k], reading)) return { verb: i, last: withDarauf(tokens, k, end), lemma };
    for (let k = i - 1; k >= 0 && i - k <= 2 && !CLAUSE_END.has(tokens[k].text); k--)
      if (isComplement(tokens[k], reading)) return { verb: k, last: i, lemma, particleFirst: true };
  }
  return null;
}

/** The cue includes a pronominal adverb right after its noun ("Wert darauf"). */
function withDarauf(tokens: readonly Token[], k: number, end: number): number {
  return k + 1 <= end && /^da(?:r)?(?:auf|an|über|von|zu|mit)$/.test(tokens[k + 1].lower) ? k + 1 : k;
}
