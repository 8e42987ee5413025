// Rule "so-x": the quotation tag ", so X" / "“, so X" after a statement.

import { CLOSE_QUOTES } from "../tokens";
import { ResolvedActor, capSeq, fromEntry } from "../attribution";
import { phraseAt, resolvePronoun, wordsOf } from "./context";
import type { TokenCueRule } from "./types";

export const soRule: TokenCueRule = {
  id: "so-x",
  description: "Zitatanschluss „…, so X“",
  trigger: (cx, k) =>
    cx.tokens[k].lower === "so" && k > 0 && (cx.tokens[k - 1].text === "," || CLOSE_QUOTES.has(cx.tokens[k - 1].text)),
  match: (cx, k) => {
    const { tokens, memory } = cx;
    const n = phraseAt(cx, k + 1);
    let a: ResolvedActor | null = n ? resolvePronoun(cx, n) : null;
    let last = n ? n.last : k;
    if (!a) {
      // a name outside the lexicon: the capitalised words after "so"
      const e = capSeq(tokens, k + 1, 3);
      if (e > k) {
        const m = memory.matcher.matchAt(tokens, k + 1);
        a = m
          ? fromEntry(memory, m, "Akteursverzeichnis")
          : {
              name: wordsOf(tokens, k + 1, e),
              party: "OTHER",
              official: false,
              kind: "PERSON",
              roles: [],
              how: "unbekannter Sprecher",
            };
        last = m ? m.last : e;
      }
    }
    if (!a) return null;
    return { cue: { kind: "so", first: k, last, actor: a, co: [], label: "Zitatanschluss „so X“", anchor: k } };
  },
};
