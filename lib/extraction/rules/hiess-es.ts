// Rule "hiess-es": "hieß es aus dem Ministerium", "Aus Kreisen der Armee hieß es", "hieß es in
// dem Bericht" (the report named before) and bare "…, hieß es" (the paragraph's speaker).

import { isCap, isLowerWord } from "../tokens";
import {
  DEFINITE_DOCUMENT_DETERMINERS,
  GENITIVE_ARTICLES,
  HIESS_ORIGIN_PREPOSITIONS,
  INDEFINITE_DOCUMENT_DETERMINERS,
  SOURCE_DOCUMENTS,
  STATEMENT_NOUNS,
} from "../lexicon";
import { CueContext, lastMentionBefore, phraseAt } from "./context";
import type { CueDraft, TokenCueRule } from "./types";

const LABEL = "„hieß es“ mit Herkunftsangabe";

function hiessCue(cx: CueContext, v: number): CueDraft | null {
  const { tokens, lastSpeaker, mentions, inQuote } = cx;
  let k = v + 1;
  if (tokens[k] && tokens[k].lower === "es") k++;
  const p = tokens[k];
  if (p && HIESS_ORIGIN_PREPOSITIONS.has(p.lower)) {
    // "hieß es in dem Bericht": the report named before, i.e. the paragraph's speaker
    const d = p.lower === "im" ? p : tokens[k + 1];
    const doc = p.lower === "im" ? tokens[k + 1] : tokens[k + 2];
    const namedBefore =
      !!lastSpeaker &&
      !!d &&
      !!doc &&
      ((DEFINITE_DOCUMENT_DETERMINERS.has(d.lower) && SOURCE_DOCUMENTS.has(doc.lower.replace(/(e?s)$/, ""))) ||
        (STATEMENT_NOUNS.has(doc.lower) && !INDEFINITE_DOCUMENT_DETERMINERS.has(d.lower)));
    if (lastSpeaker && doc && namedBefore) {
      const after = tokens[p.lower === "im" ? k + 2 : k + 3];
      if (!after || !(GENITIVE_ARTICLES.has(after.lower) || after.lower === "von")) {
        return {
          kind: "pronoun",
          first: v,
          last: p.lower === "im" ? k + 1 : k + 2,
          actor: { ...lastSpeaker, how: `${lastSpeaker.how}; „hieß es ${p.text} … ${doc.text}“ → zuvor genannte Quelle` },
          co: [],
          label: LABEL,
          anchor: v,
        };
      }
    }
    const n = phraseAt(cx, k + 1);
    if (n && n.actor) return { kind: "verb", first: v, last: n.last, actor: n.actor, co: [], label: LABEL, anchor: v };
  }
  // bare "…, hieß es": the paragraph's speaker (a genitive like "Verluste der Ukraine" is no source)
  if (lastSpeaker)
    return {
      kind: "pronoun",
      first: v,
      last: tokens[v + 1]?.lower === "es" ? v + 1 : v,
      actor: { ...lastSpeaker, how: `${lastSpeaker.how}; „hieß es“ → Sprecher des Absatzes` },
      co: [],
      label: LABEL,
      anchor: v,
    };
  for (let mi = lastMentionBefore(cx, v); mi >= 0; mi--) {
    const m = mentions[mi];
    if (v - m.last > 12) break;
    const pre = tokens[m.first - 1];
    if (pre && isCap(pre) && !SOURCE_DOCUMENTS.has(pre.lower) && GENITIVE_ARTICLES.has(tokens[m.first].lower)) continue; // genitive complement
    if (m.actor && !inQuote[m.first])
      return {
        kind: "verb",
        first: m.first,
        last: v,
        actor: m.actor,
        co: [],
        label: LABEL,
        anchor: v,
        npFirst: m.first,
        npLast: m.last,
      };
  }
  return null;
}

export const hiessRule: TokenCueRule = {
  id: "hiess-es",
  description: "„hieß es“ mit Herkunft („aus dem Ministerium“) oder als Fortsetzung des Sprechers",
  triggerWords: new Set(["hieß"]),
  trigger: (cx, k) => cx.tokens[k].lower === "hieß" && isLowerWord(cx.tokens[k]) && !cx.inQuote[k],
  match: (cx, k) => {
    const cue = hiessCue(cx, k);
    return cue ? { cue } : null;
  },
};
