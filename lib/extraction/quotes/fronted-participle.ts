// Rule "cue.fronted-participle": a speech verb's participle standing first in its sentence before a
// form of "werden" – an impersonal passive whose "dass"/"ob" clause is what was said ("Kritisiert
// wird vor allem, dass …", "Bestätigt wurde, dass …"). Capitalised only because it opens the
// sentence, so the ordinary cue reading (lower-case words only) misses it. Only a clause opened by
// a complementizer counts: after "Informiert werden die Kunden über X, der …" a relative clause
// follows, not reported speech.

import type { Token } from "../tokens";
import { COMPLEMENTIZERS } from "../lexicon/quote-words";
import { speechVerbReadings } from "./morphology";

export const FRONTED_PARTICIPLE_RULE = "cue.fronted-participle";

const PASSIVE_WERDEN = new Set(["wird", "wurde", "werden", "wurden"]);
const SENTENCE_END = new Set([".", "!", "?"]);
const COMPLEMENTIZER = new Set(COMPLEMENTIZERS);
/** How far the comma before the content clause is looked for. */
const CLAUSE_WINDOW = 30;

/** A participle: weak in -t ("kritisiert", "bestätigt") or strong with ge- ("gesprochen"). */
// a module constant: built once (tsx/esbuild compile a \p{…} literal into a new RegExp per evaluation)
const GE_EN_PARTICIPLE = /^\p{Ll}*ge\p{Ll}+en$/u;
const isParticiple = (w: string): boolean => /t$/.test(w) || GE_EN_PARTICIPLE.test(w);

/** The participle at i as a cue when it opens its sentence, "werden" follows and a "dass"/"ob" clause comes after the next comma. */
export function frontedParticipleCueAt(
  tokens: readonly Token[],
  i: number,
  end: number,
): { verb: number; last: number; lemma: string } | null {
  const t = tokens[i];
  if (t.kind !== "w" || !PASSIVE_WERDEN.has(tokens[i + 1]?.lower ?? "")) return null;
  if (i > 0 && !SENTENCE_END.has(tokens[i - 1].text)) return null;
  if (!isParticiple(t.lower)) return null;
  const reading = speechVerbReadings(t.lower).find((r) => !r.particle);
  if (!reading) return null;
  let k = i + 2;
  while (k < end && k - i < CLAUSE_WINDOW && tokens[k].text !== "," && tokens[k].text !== ".") k++;
  return tokens[k]?.text === "," && COMPLEMENTIZER.has(tokens[k + 1]?.lower ?? "")
    ? { verb: i, last: i, lemma: reading.lemma }
    : null;
}
