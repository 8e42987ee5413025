// Rule "headline-dash": a headline that names its source at the end after a dash ("… – Bürger-
// meister", "… – Präsident:", "… - Ministerium"). Only for a headline: the sentence has no final
// full stop, question or exclamation mark; runs only when no other rule found a cue.

import type { Token } from "../tokens";
import { phraseAt } from "./context";
import type { SentenceCueRule } from "./types";

const LABEL = "Quelle nach Gedankenstrich am Ende der Überschrift";
const FINAL_MARKS = new Set([".", "!", "?"]);

const isDash = (tokens: Token[], k: number): boolean =>
  tokens[k].text === "–" ||
  tokens[k].text === "—" ||
  (tokens[k].text === "-" &&
    k > 0 &&
    tokens[k].start > tokens[k - 1].end &&
    !!tokens[k + 1] &&
    tokens[k + 1].start > tokens[k].end);

export const headlineDashRule: SentenceCueRule = {
  id: "headline-dash",
  description: "Überschrift mit Quelle am Ende nach Gedankenstrich („… – Bürgermeister“)",
  match: (cx, found) => {
    const { tokens } = cx;
    if (found.length > 0 || tokens.length < 3) return [];
    let end = tokens.length - 1;
    if (tokens[end].text === ":") end--;
    if (FINAL_MARKS.has(tokens[end].text)) return [];
    // the last dash of the headline, with at most four words after it
    for (let k = end - 1; k >= 1 && end - k <= 5; k--) {
      if (!isDash(tokens, k)) continue;
      // a known actor or role only: "Schalke 04 - MSV Duisburg" is a pairing, not a source
      const n = phraseAt(cx, k + 1);
      if (!n || !n.actor || n.last !== end) return [];
      return [
        {
          kind: "colon",
          first: k,
          last: tokens.length - 1,
          actor: n.actor,
          co: [],
          label: LABEL,
          anchor: k,
          npFirst: k + 1,
          npLast: n.last,
        },
      ];
    }
    return [];
  },
};
