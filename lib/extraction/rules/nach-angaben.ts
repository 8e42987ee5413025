// Rule "nach-angaben": "nach (Adjektive) Angaben (des X | X-s)", "nach US-Angaben", "nach
// ukrainischen Angaben" (the side), "nach eigenen Angaben" (the subject), "nach diesen Angaben".

import { DETERMINERS, GENITIVE_ARTICLES } from "../lexicon";
import { adjectivesFrom, angabenCompound, documentCue, isSourceDocument } from "./source-document";
import type { TokenCueRule } from "./types";

export const nachAngabenRule: TokenCueRule = {
  id: "nach-angaben",
  description: "Quellenangabe mit „nach“: „nach Angaben des X“, „nach ukrainischen Angaben“",
  triggerWords: new Set(["nach"]),
  trigger: (cx, k) => cx.tokens[k].lower === "nach",
  match: (cx, k) => {
    const { tokens } = cx;
    let j = k + 1;
    // "nach diesen Angaben"; "nach der/des …" is a plain preposition
    if (tokens[j] && DETERMINERS.has(tokens[j].lower) && !GENITIVE_ARTICLES.has(tokens[j].lower)) j++;
    const { adjs, next } = adjectivesFrom(tokens, j, k + 4);
    const noun = tokens[next];
    if (!isSourceDocument(noun)) return null;
    const c = documentCue(cx, k, next, adjs, angabenCompound(noun));
    return c ? { cue: c, resumeAfter: c.last } : null;
  },
};
