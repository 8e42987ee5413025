// The contract of a cue rule. A rule is data: an id (named in every claim's explanation and in
// the per-rule error report of `npm run eval`), a trigger (a cheap test of the token that can
// start it) and a match function over an explicit context (lib/extraction/rules/context.ts).
// Rules never keep state between calls; everything they may read is in the context.

import type { Cue } from "../attribution";
import type { CueContext } from "./context";

/** A cue as a rule builds it; the registry stamps the rule id. */
export type CueDraft = Omit<Cue, "rule"> & { rule?: string };

export interface RuleMatch {
  cue: CueDraft;
  /** Last token the cue consumed: the scan resumes after it (default: the trigger token). */
  resumeAfter?: number;
}

/** A rule that starts at one token of the sentence. */
export interface TokenCueRule {
  id: string;
  /** German one-line description for the rule list in the README and reviews. */
  description: string;
  /**
   * The lower-case words at which the trigger can hold (the registry asks no trigger at any other
   * word: most words of a sentence start no cue).
   */
  triggerWords: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  /** Whether token k can start this rule. The first rule whose trigger holds owns the token. */
  trigger: (cx: CueContext, k: number) => boolean;
  match: (cx: CueContext, k: number) => RuleMatch | null;
}

/** A rule over the whole sentence, run after the token rules (it sees the cues they found). */
export interface SentenceCueRule {
  id: string;
  description: string;
  match: (cx: CueContext, found: readonly Cue[]) => CueDraft[];
}
