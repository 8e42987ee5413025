// Rule "laut": a preposition that names the source directly ("laut X", "gemäß X", "laut einer
// Studie des Instituts X", "laut Angaben der Polizei").

import { unknownNP } from "../attribution";
import { DETERMINERS, PREPOSITIONAL_CUES } from "../lexicon";
import { CueContext, phraseAt, resolvePronoun, coordinated } from "./context";
import { adjectivesFrom, angabenCompound, documentCue, isSourceDocument } from "./source-document";
import type { RuleMatch, TokenCueRule } from "./types";

/**
 * The source after the preposition at token k: a document noun ("einer Umfrage des Instituts X")
 * names its author; otherwise the phrase itself is the source.
 */
export function prepositionalMatch(cx: CueContext, k: number, origin: boolean): RuleMatch | null {
  const { tokens, memory, para } = cx;
  const t = tokens[k];
  let j = k + 1;
  if (tokens[j] && DETERMINERS.has(tokens[j].lower)) j++;
  const { adjs, next } = adjectivesFrom(tokens, j, k + 5);
  const noun = tokens[next];
  if (isSourceDocument(noun)) {
    const c = documentCue(cx, k, next, adjs, angabenCompound(noun));
    return c ? { cue: { ...c, label: `Präpositionaler Hinweis „${t.text}“` }, resumeAfter: c.last } : null;
  }
  const n = phraseAt(cx, k + 1) ?? unknownNP(tokens, k + 1, memory, para);
  const a = n ? resolvePronoun(cx, n) : null;
  if (!n || !a) return null;
  return {
    cue: {
      kind: "prep",
      first: origin ? k - 2 : k,
      last: n.last,
      actor: a,
      co: coordinated(cx, n),
      label: origin ? `Herkunft „${tokens[k - 1].text} auf“` : `Präpositionaler Hinweis „${t.text}“`,
      anchor: k,
      origin,
    },
    resumeAfter: n.last,
  };
}

export const lautRule: TokenCueRule = {
  id: "laut",
  description: "Präposition, die die Quelle nennt: „laut X“, „gemäß X“",
  triggerWords: PREPOSITIONAL_CUES,
  trigger: (cx, k) => PREPOSITIONAL_CUES.has(cx.tokens[k].lower),
  match: (cx, k) => prepositionalMatch(cx, k, false),
};
