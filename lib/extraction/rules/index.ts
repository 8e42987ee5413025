// The cue rule registry. findCues scans a sentence once: at each token the first token rule
// whose trigger holds owns the token (its match may find a cue or nothing); sentence rules run
// afterwards. To add a rule: write lib/extraction/rules/<id>.ts exporting a TokenCueRule or
// SentenceCueRule, put it in the list below (order decides which rule owns a token), add its
// words to lib/extraction/lexicon/, and unit tests on invented sentences.

import type { Token } from "../tokens";
import type { AttributionContext, Cue, NP, ResolvedActor } from "../attribution";
import { buildCueContext, type CueContext } from "./context";
import type { CueDraft, SentenceCueRule, TokenCueRule } from "./types";
import { lautRule } from "./laut";
import { berufungAufRule } from "./berufung-auf";
import { nachAngabenRule } from "./nach-angaben";
import { zufolgeRule } from "./zufolge";
import { soRule } from "./so-x";
import { hiessRule } from "./hiess-es";
import { speechVerbRule } from "./speech-verb";
import { headlineColonRule } from "./headline-colon";
import { headlineDashRule } from "./headline-dash";

export const TOKEN_RULES: readonly TokenCueRule[] = [
  lautRule,
  berufungAufRule,
  nachAngabenRule,
  zufolgeRule,
  soRule,
  hiessRule,
  speechVerbRule,
];

export const SENTENCE_RULES: readonly SentenceCueRule[] = [headlineColonRule, headlineDashRule];

/**
 * The cue of a rule's draft with the rule's id. Every field written out, in one order: the drafts
 * come in many shapes, and a spread of each (one per cue found) showed in CPU profiles; one shape
 * also keeps the claim pass's reads of the cues monomorphic.
 */
const stamp = (draft: CueDraft, id: string): Cue => ({
  rule: draft.rule ?? id,
  kind: draft.kind,
  first: draft.first,
  last: draft.last,
  actor: draft.actor,
  co: draft.co,
  label: draft.label,
  anchor: draft.anchor,
  weak: draft.weak,
  origin: draft.origin,
  pledge: draft.pledge,
  npFirst: draft.npFirst,
  npLast: draft.npLast,
});

/** Every rule's trigger words: a word outside them starts no cue, and no trigger is asked there. */
const TRIGGER_WORDS: ReadonlySet<string> = new Set(TOKEN_RULES.flatMap((rule) => [...rule.triggerWords.keys()]));

/** The first token rule whose trigger holds at token k (a plain loop: asked for every trigger word). */
function firstTriggered(cx: CueContext, k: number): TokenCueRule | null {
  if (!TRIGGER_WORDS.has(cx.tokens[k].lower)) return null;
  for (const rule of TOKEN_RULES) if (rule.trigger(cx, k)) return rule;
  return null;
}

/** Find the attribution cues of one sentence, and its actor mentions. */
export function findCues(
  tokens: Token[],
  memory: AttributionContext,
  para: number,
  lastSpeaker: ResolvedActor | null,
): { cues: Cue[]; mentions: NP[] } {
  const cx = buildCueContext(tokens, memory, para, lastSpeaker);
  const cues: Cue[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].kind !== "w") continue;
    const rule = firstTriggered(cx, k);
    if (!rule) continue;
    const found = rule.match(cx, k);
    if (!found) continue;
    cues.push(stamp(found.cue, rule.id));
    if (found.resumeAfter !== undefined) k = found.resumeAfter;
  }
  for (const rule of SENTENCE_RULES) for (const draft of rule.match(cx, cues)) cues.push(stamp(draft, rule.id));
  return { cues, mentions: cx.mentions };
}
