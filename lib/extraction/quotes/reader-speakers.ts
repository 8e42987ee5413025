// Speaker bookkeeping of the paragraph reader: resolving a phrase through the text's speaker memory,
// the last speaker to carry into a continuation, the cues of the sentence being read, and whether a
// cue stands inside the content of an earlier cue. Shared by the cue, source and direct-quote steps.

import type { Token, TokenSpan as Span } from "../tokens";
import type { TextSpan } from "../types";
import { isNonAgentPhrase, isPersonPhrase } from "./non-agent-subject";
import type { ParagraphContext, Speaker } from "./paragraph-context";
import { isSpeechNoun, phraseFrom } from "./reader-phrases";
import { ADVERB, ADVERBS_AFTER_VERB, CARRY_PARAGRAPHS, OBLIQUE, SPEAKER_MAX } from "./reader-words";
import type { ResolvedSource } from "./resolve";
import { isTimePhrase } from "./time-phrase";
import type { VerbCue } from "./verb-cues";

/** Rule id of a quotation whose cue named no subject and which takes the sentence's or the last speaker. */
export const SUBJECTLESS_CUE_RULE = "speaker.subjectless-cue";

export function textSpan(ctx: ParagraphContext, s: Span): TextSpan {
  const { tokens } = ctx;
  return {
    start: tokens[s.first].start,
    end: tokens[s.last].end,
    text: ctx.text.slice(tokens[s.first].start, tokens[s.last].end),
  };
}

export function resolveSpan(ctx: ParagraphContext, s: Span | null): ResolvedSource | null {
  return s ? ctx.memory.resolve(ctx.tokens.slice(s.first, s.last + 1)) : null;
}

export function carry(ctx: ParagraphContext, paragraphs = CARRY_PARAGRAPHS): Speaker | null {
  const lastSpeaker = ctx.state.lastSpeaker;
  return lastSpeaker && ctx.paragraph - lastSpeaker.para <= paragraphs
    ? { span: null, carried: lastSpeaker.span, source: lastSpeaker.source }
    : null;
}

export function noteSpeaker(ctx: ParagraphContext, speaker: Speaker | null): void {
  if (!speaker?.span || !speaker.source) return;
  ctx.memory.remember(speaker.source);
  // "X meldete, Y habe bestätigt, …": Y is part of what X reports, X stays the one to continue
  if (ctx.nestedCue) return;
  ctx.state.lastSpeaker = { span: textSpan(ctx, speaker.span), source: speaker.source, para: ctx.paragraph };
}

/** A person (name or role) right after the finite cue verb, with its resolved source; null when none. */
export function personAfterVerb(ctx: ParagraphContext, toks: Token[], cue: VerbCue, sEnd: number): Speaker | null {
  let r = cue.verb + 1;
  if (toks[r]?.lower === "sich") r++;
  while (r < cue.verb + 1 + ADVERBS_AFTER_VERB && ADVERB.has(toks[r]?.lower ?? "")) r++;
  if (OBLIQUE.has(toks[r]?.lower ?? "")) return null;
  const span = phraseFrom(toks, r, Math.min(sEnd, r + SPEAKER_MAX));
  if (!span || isTimePhrase(toks, span) || isNonAgentPhrase(toks, span, isSpeechNoun)) return null;
  const source = resolveSpan(ctx, span);
  return isPersonPhrase(toks, span, source) ? { span, source } : null;
}

/** A cue of this sentence whose speaker is named: quoted phrases of the sentence may take it. */
export function noteSentenceCue(ctx: ParagraphContext, speaker: Speaker, cue: Span): void {
  if (!speaker.span) return;
  ctx.sentenceSpeaker ??= { speaker, cue };
  ctx.sentenceCues.push({ speaker, cue });
}

function noteEarlierContent(ctx: ParagraphContext): void {
  const { earlierContent, drafts, tokens } = ctx;
  for (; earlierContent.seen < drafts.length; earlierContent.seen++) {
    const d = drafts[earlierContent.seen];
    // a content clause after its cue; not the main clause after "Wie X mitteilte, …"
    const contentAfterCue = !!d.cue && tokens[d.cue.last].end <= d.start && !d.rules.includes("indirect.wie");
    if (!contentAfterCue || !d.speaker?.span) continue;
    const { starts, ends, maxEnds } = earlierContent;
    if (starts.length > 0 && d.start < starts[starts.length - 1]) ctx.contentStartsAscend = false;
    starts.push(d.start);
    ends.push(d.end);
    maxEnds.push(Math.max(d.end, maxEnds[maxEnds.length - 1] ?? d.end));
  }
}

/** Whether token k stands inside a quotation an earlier cue of this sentence gave a speaker. */
export function insideEarlierContent(ctx: ParagraphContext, k: number): boolean {
  noteEarlierContent(ctx);
  const at = ctx.tokens[k].start;
  const { starts, ends, maxEnds } = ctx.earlierContent;
  if (!ctx.contentStartsAscend) return starts.some((start, n) => start <= at && at < ends[n]);
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid] <= at) low = mid + 1;
    else high = mid;
  }
  return low > 0 && maxEnds[low - 1] > at;
}
