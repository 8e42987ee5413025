// Rule "so-x": the quotation tag ", so X" / "“, so X" after a statement.

import { CLOSE_QUOTES, isCap } from "../tokens";
import { NP, ResolvedActor, capSeq, fromEntry, germanInstitution } from "../attribution";
import { partyOfWords } from "../parties";
import { ARTICLES } from "../lexicon";
import { CueContext, phraseAt, resolvePronoun, wordsOf } from "./context";
import type { TokenCueRule } from "./types";

/** How far the role phrase before an apposition may reach ("so der Leiter der … des Gebiets X, Name"). */
const ROLE_PHRASE_MAX = 12;

/**
 * "so der/die ROLE …, Vorname Name": the name in apposition after the role phrase is the speaker,
 * with the side and official status of the role phrase. Returns null when no name follows.
 */
function appositionSpeaker(cx: CueContext, k: number, role: NP | null): { actor: ResolvedActor; last: number } | null {
  const { tokens, memory } = cx;
  let comma = k + 1;
  while (comma < tokens.length && comma - k <= ROLE_PHRASE_MAX && tokens[comma].text !== ",") {
    if (tokens[comma].kind === "p" && tokens[comma].text !== "-") return null;
    comma++;
  }
  if (comma >= tokens.length || tokens[comma].text !== "," || comma === k + 1) return null;
  const nameEnd = capSeq(tokens, comma + 1, 3);
  const after = tokens[nameEnd + 1];
  if (nameEnd <= comma || !isCap(tokens[comma + 1]) || (after && after.kind === "w")) return null;
  const roleWords = tokens.slice(k + 1, comma).map((t) => t.text);
  const m = memory.matcher.matchAt(tokens, comma + 1);
  if (m && m.last === nameEnd) return { actor: fromEntry(memory, m, "Akteursverzeichnis (Apposition)"), last: nameEnd };
  if (nameEnd === comma + 1) return null; // one word after the comma: not clearly a name
  const party = role?.actor?.party ?? partyOfWords(roleWords) ?? roleWords.map(germanInstitution).find(Boolean) ?? "OTHER";
  return {
    actor: {
      name: wordsOf(tokens, comma + 1, nameEnd),
      party,
      official: role?.actor?.official ?? false,
      kind: "PERSON",
      roles: [],
      how: `Apposition zu „${roleWords.join(" ")}“`,
    },
    last: nameEnd,
  };
}

export const soRule: TokenCueRule = {
  id: "so-x",
  description: "Zitatanschluss „…, so X“",
  triggerWords: new Set(["so"]),
  trigger: (cx, k) =>
    cx.tokens[k].lower === "so" && k > 0 && (cx.tokens[k - 1].text === "," || CLOSE_QUOTES.has(cx.tokens[k - 1].text)),
  match: (cx, k) => {
    const { tokens, memory } = cx;
    const n = phraseAt(cx, k + 1);
    // a role phrase with an article may be followed by the person's name in apposition
    const named = ARTICLES.has(tokens[k + 1]?.lower ?? "") ? appositionSpeaker(cx, k, n) : null;
    let a: ResolvedActor | null = named ? named.actor : n ? resolvePronoun(cx, n) : null;
    let last = named ? named.last : n ? n.last : k;
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
