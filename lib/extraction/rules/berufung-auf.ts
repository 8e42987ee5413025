// Rule "berufung-auf": "unter Berufung auf X", "mit Verweis auf X", "mit Bezug auf X" – X is the
// origin of what the reporter carries, and wins over the reporting medium.

import { ORIGIN_MARKERS } from "../lexicon";
import { prepositionalMatch } from "./laut";
import type { TokenCueRule } from "./types";

export const berufungAufRule: TokenCueRule = {
  id: "berufung-auf",
  description: "Herkunftsangabe: „unter Berufung auf X“, „mit Verweis auf X“",
  triggerWords: new Set(["auf"]),
  trigger: (cx, k) => cx.tokens[k].lower === "auf" && ORIGIN_MARKERS.has(cx.tokens[k - 1]?.lower ?? ""),
  match: (cx, k) => prepositionalMatch(cx, k, true),
};
