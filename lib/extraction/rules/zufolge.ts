// Rule "zufolge": the source stands before the postposition ("Kiew zufolge", "Ihm zufolge",
// "ukrainischen Angaben zufolge", "Angaben des X zufolge", "Medienberichten zufolge").

import type { Token } from "../tokens";
import { isCap } from "../tokens";
import { isAdjective, isCityAdjective, isInitialAdjective, unknownNP } from "../attribution";
import { ARTICLES, DETERMINERS, PRONOUNS } from "../lexicon";
import { CueContext, phraseAt, resolvePronoun } from "./context";
import { angabenCompound, documentCue, isSourceDocument } from "./source-document";
import type { CueDraft, TokenCueRule } from "./types";

const LABEL = "Präpositionaler Hinweis „zufolge“";

/** A word that can stand inside the phrase before "zufolge" (article, adjective, capitalised word). */
const phraseWord = (t: Token): boolean => t.kind === "w" && (isAdjective(t) || isCap(t) || DETERMINERS.has(t.lower));

function zufolgeCue(cx: CueContext, z: number): CueDraft | null {
  const { tokens, lastSpeaker, memory, para } = cx;
  const p = tokens[z - 1];
  if (!p) return null;
  if (p.kind === "w" && PRONOUNS.has(p.lower)) {
    if (!lastSpeaker) return null;
    return {
      kind: "pronoun",
      first: z - 1,
      last: z,
      actor: { ...lastSpeaker, how: `${lastSpeaker.how}; Pronomen „${p.text}“ → letzter Sprecher` },
      co: [],
      label: `„${p.text} zufolge“`,
      anchor: z,
    };
  }
  // "… Angaben zufolge" (with adjectives) or "Angaben des X zufolge"
  for (let a = z - 1; a >= Math.max(0, z - 8); a--) {
    const ta = tokens[a];
    if (ta.kind !== "w") break;
    if (isSourceDocument(ta)) {
      let s = a;
      const adjs: Token[] = [];
      while (s - 1 >= 0 && (isAdjective(tokens[s - 1]) || isCityAdjective(tokens[s - 1]) || isInitialAdjective(tokens, s - 1)))
        adjs.unshift(tokens[--s]);
      if (s - 1 >= 0 && tokens[s - 1].lower === "nach") return null; // "nach … Angaben": rule nach-angaben
      const c = documentCue(cx, s, a, adjs, angabenCompound(ta));
      return c ? { ...c, last: z, anchor: z } : null;
    }
    if (!(isAdjective(ta) || isCap(ta) || DETERMINERS.has(ta.lower))) break;
  }
  // a known actor right before: "Kiew zufolge", "russischen Nachrichtenagenturen zufolge"
  for (let s = z - 1; s >= Math.max(0, z - 6); s--) {
    const n = phraseAt(cx, s);
    if (n && n.last === z - 1 && (n.actor || n.pronoun)) {
      const a = resolvePronoun(cx, n);
      if (a) return { kind: "prep", first: s, last: z, actor: a, co: [], label: LABEL, anchor: z };
    }
    if (!phraseWord(tokens[s])) break;
  }
  // an unknown body right before, from the start of its phrase
  for (let s = z - 1; s >= Math.max(0, z - 6); s--) {
    if (!phraseWord(tokens[s])) break;
    const before = tokens[s - 1];
    if (s > 0 && before.kind === "w" && (isAdjective(before) || isCap(before) || ARTICLES.has(before.lower))) continue;
    const u = unknownNP(tokens, s, memory, para);
    if (u && u.actor && u.last === z - 1)
      return { kind: "prep", first: s, last: z, actor: u.actor, co: [], label: LABEL, anchor: z };
    break;
  }
  return null;
}

export const zufolgeRule: TokenCueRule = {
  id: "zufolge",
  description: "Nachgestellte Quelle: „X zufolge“, „Angaben des X zufolge“, „ihm zufolge“",
  triggerWords: new Set(["zufolge"]),
  trigger: (cx, k) => cx.tokens[k].lower === "zufolge",
  match: (cx, k) => {
    const cue = zufolgeCue(cx, k);
    return cue ? { cue } : null;
  },
};
