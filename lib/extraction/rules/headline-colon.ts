// Rule "headline-colon": a source before a colon at the start of a headline-like sentence
// ("Selenskyj: …", "Statistisches Bundesamt: …"). Runs only when no other rule found a cue.

import { HEADLINE_BODY, germanInstitution, unknownNP } from "../attribution";
import { phraseAt } from "./context";
import type { CueDraft, SentenceCueRule } from "./types";

const LABEL = "Quelle vor Doppelpunkt";
/** The colon must come within the first words. */
const MAX_COLON_TOKEN = 8;

export const headlineColonRule: SentenceCueRule = {
  id: "headline-colon",
  description: "Quelle vor Doppelpunkt am Satzanfang („Selenskyj: …“)",
  match: (cx, found) => {
    if (found.length > 0) return [];
    const { tokens, memory, para } = cx;
    for (let k = 1; k < Math.min(tokens.length, MAX_COLON_TOKEN); k++) {
      if (tokens[k].text !== ":") continue;
      const cue = (actorCue: CueDraft["actor"]): CueDraft[] => [
        { kind: "colon", first: 0, last: k, actor: actorCue, co: [], label: LABEL, anchor: k },
      ];
      const n = phraseAt(cx, 0);
      if (n && n.actor && n.last === k - 1 && (n.actor.kind !== "BODY" || n.actor.official)) return cue(n.actor);
      if (!n || !n.actor) {
        // an institution outside the lexicon ("Statistisches Bundesamt: …")
        const u = unknownNP(tokens, 0, memory, para);
        const head = u?.actor?.roles[0] ?? "";
        if (u && u.actor && u.last === k - 1 && (HEADLINE_BODY.test(head) || germanInstitution(head))) return cue(u.actor);
      }
      return [];
    }
    return [];
  },
};
