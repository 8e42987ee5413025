// Reportative "sollen": with a perfect infinitive ("soll … gewesen sein", "sollen … getötet worden
// sein", "… verschwunden sein sollen") it marks a claim made by someone else, like a Konjunktiv I
// ("er sei … gewesen"). With a plain infinitive ("soll gebaut werden") it is a plan or an
// obligation, so only the perfect infinitive counts; "sein" after a weak participle is a state
// ("soll bis dahin fertiggestellt sein") and does not count either.

import type { Token } from "../tokens";

const SOLLEN = new Set(["soll", "sollen"]);
const PERFECT_AUXILIARY = new Set(["sein", "haben"]);
/** How far back in its clause a "soll" before the perfect infinitive may stand. */
const SOLLEN_WINDOW = 20;

// a module constant: built once (tsx/esbuild compile a \p{…} literal into a new RegExp per evaluation)
const GE_PARTICIPLE = /ge\p{Ll}+(?:t|en)$/u;
/** A past participle: "ge-" forms, "worden", or an inseparable-prefix verb in -t/-en ("verletzt", "verschwunden"). */
function isParticiple(t: Token | undefined): boolean {
  if (!t || t.kind !== "w" || t.text[0] !== t.lower[0]) return false;
  const w = t.lower;
  if (w === "worden" || w === "gewesen") return true;
  if (w.length < 5 || !/(?:t|en)$/.test(w)) return false;
  return /^(?:ge|be|ver|er|ent|zer|emp|miss)/.test(w) || GE_PARTICIPLE.test(w);
}

/** Whether token k is the auxiliary of a perfect infinitive ("gewesen sein") governed by "soll(en)" nearby. */
export function isReportativePerfect(toks: readonly Token[], k: number, first: number): boolean {
  const t = toks[k];
  if (t.kind !== "w" || !PERFECT_AUXILIARY.has(t.lower) || !isParticiple(toks[k - 1])) return false;
  // "sein" after a weak participle is a state, often planned ("soll fertiggestellt sein")
  if (t.lower === "sein" && toks[k - 1].lower.endsWith("t")) return false;
  if (toks[k + 1] && SOLLEN.has(toks[k + 1].lower)) return true;
  for (let j = k - 2; j >= first && j >= k - SOLLEN_WINDOW; j--) {
    if (toks[j].kind === "p" && toks[j].text !== "(" && toks[j].text !== ")") return false;
    if (SOLLEN.has(toks[j].lower)) return true;
  }
  return false;
}
