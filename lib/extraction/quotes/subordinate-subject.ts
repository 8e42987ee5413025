// Rule "speaker.subordinate-subject": a cue clause opened by a subordinating conjunction has its
// verb at the end and its subject right after the conjunction ("…, da die Anwohner befürchten, die
// Mieten würden steigen", "…, indem er dem Verband vorwarf, …"); the conjunction takes no place
// before the verb, like "wie" or "als" (CUE_CLAUSE_OPENERS). Words as data: lexicon/speaker-phrases.ts.

import type { Token } from "../tokens";
import { SUBJECT_SUBORDINATORS } from "../lexicon/speaker-phrases";

export const SUBORDINATE_SUBJECT_RULE = "speaker.subordinate-subject";

const SUBORDINATOR = new Set(SUBJECT_SUBORDINATORS);

/** Whether token k opens a subordinate cue clause whose subject follows it (at least one word before the verb). */
export function isSubordinatorBeforeSubject(tokens: readonly Token[], k: number, verb: number): boolean {
  return k < verb - 1 && tokens[k].kind === "w" && SUBORDINATOR.has(tokens[k].lower);
}
