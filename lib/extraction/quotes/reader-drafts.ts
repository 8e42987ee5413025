// Drafts and their emission: every step of the reader pushes a draft (span, type, cue, speaker,
// rule ids); at the paragraph's end the drafts are sorted, duplicates of one cue reading dropped,
// speakers turned into text spans and resolved actors, and runs of free indirect speech merged
// (rule free_indirect.run).

import type { TokenSpan as Span } from "../tokens";
import type { ExtractedQuote, TextSpan } from "../types";
import { CONTENT_END_RULE, contentEndAt } from "./content-end";
import { MIXED_INFINITIVE_RULE, MIXED_QUOTE_RULE, isMixedClause } from "./mixed-quote";
import type { Draft, ParagraphContext, Speaker } from "./paragraph-context";
import { noteSpeaker, textSpan } from "./reader-speakers";

const NO_CUE: TextSpan = { start: -1, end: -1, text: "" };

/** Whether two cues share a token. */
const sameCueWords = (a: Span | null, b: Span | null): boolean => !!a && !!b && a.first <= b.last && b.first <= a.last;

/** The last indirect or free indirect quotation drafted so far that contains [start, end), or null. */
export function enclosingDraft(drafts: readonly Draft[], start: number, end: number): Draft | null {
  for (let d = drafts.length - 1; d >= 0; d--) {
    const draft = drafts[d];
    if (draft.type !== "direct" && draft.start <= start && draft.end >= end) return draft;
  }
  return null;
}

/** The last cue of a sentence that starts before token `at` (cues in text order), or null. */
export function nearestCueBefore<T extends { cue: Span }>(cues: readonly T[], at: number): T | null {
  let best: T | null = null;
  for (const c of cues) if (c.cue.first < at) best = c;
  return best;
}

/** Reported speech around a quoted part with words of its own: an indirect quotation too (rule indirect.mixed). */
export function pushMixed(
  ctx: ParagraphContext,
  from: number,
  to: number,
  quoteIndex: number,
  cue: Span,
  speaker: Speaker,
  extraRules: readonly string[] = [],
): void {
  const { tokens } = ctx;
  const ownWordsMin = extraRules.includes(MIXED_INFINITIVE_RULE) ? 1 : undefined;
  if (from > to || !isMixedClause(tokens, from, to, ctx.directSpans[quoteIndex], ownWordsMin)) return;
  ctx.drafts.push({
    start: tokens[from].start,
    end: tokens[to].end,
    type: "indirect",
    cue,
    speaker,
    rules: [MIXED_QUOTE_RULE, ...extraRules],
  });
}

export function contentLast(
  ctx: ParagraphContext,
  from: number,
  fronted: boolean,
  verb = true,
): { last: number; rules: string[] } {
  const last = contentEndAt(ctx.tokens, from, ctx.end, { fronted, verb }, ctx.contentGrammar);
  return { last, rules: last < ctx.end ? [CONTENT_END_RULE] : [] };
}

/** One quotation of a cue, with the cue's speaker as the one to continue. */
export function addCueQuote(
  ctx: ParagraphContext,
  cueSpan: Span,
  speaker: Speaker,
  start: number,
  end: number,
  type: Draft["type"],
  rules: string[],
): void {
  ctx.drafts.push({ start, end, type, cue: cueSpan, speaker, rules });
  noteSpeaker(ctx, speaker);
}

/** The paragraph's drafts in text order as quotations, runs of one speaker merged. */
export function emitDrafts(ctx: ParagraphContext): void {
  const { drafts, state } = ctx;
  const out = state.out;
  drafts.sort((x, y) => x.start - y.start || y.end - x.end);
  let last: Draft | null = null;
  for (const draft of drafts) {
    // two cue readings of the same words ("wurde bekannt" and "bekannt gegeben") give one quotation;
    // two cues ("laut X" and "sagte Y") give one each
    if (last && last.start === draft.start && last.end === draft.end && sameCueWords(last.cue, draft.cue)) continue;
    last = draft;
    const speaker = draft.speaker;
    const speakerText: TextSpan | null = speaker?.span ? textSpan(ctx, speaker.span) : (speaker?.carried ?? null);
    const rules = [
      ...draft.rules,
      ...(speaker?.found ? [speaker.found] : []),
      ...(speaker?.source ? [speaker.source.rule, ...(speaker.source.refused ?? [])] : []),
    ];
    const quote: ExtractedQuote = {
      start: draft.start,
      end: draft.end,
      type: draft.type,
      cue: draft.cue ? textSpan(ctx, draft.cue) : NO_CUE,
      speaker: speakerText,
      actor: speaker?.source?.actor ?? "",
      party: speaker?.source?.party ?? "NONE",
      rules,
    };
    // consecutive sentences continuing one speaker are one free indirect quotation (rule free_indirect.run)
    const previous = out.length > state.paragraphOut ? out[out.length - 1] : undefined;
    if (!continuesRun(state.text, previous, quote)) out.push(quote);
  }
}

/**
 * Whether `next` continues the free indirect quotation `prev` (and was merged into it): both
 * free indirect, same speaker, same paragraph, nothing but white space between them.
 */
function continuesRun(text: string, prev: ExtractedQuote | undefined, next: ExtractedQuote): boolean {
  if (!prev) return false;
  if (prev.type !== "free_indirect" || next.type !== "free_indirect") return false;
  if (prev.actor !== next.actor || prev.speaker?.start !== next.speaker?.start) return false;
  if (prev.end > next.start || text.slice(prev.end, next.start).trim() !== "") return false;
  prev.end = next.end;
  if (!prev.rules.includes(FREE_INDIRECT_RUN_RULE)) prev.rules.push(FREE_INDIRECT_RUN_RULE);
  return true;
}

const FREE_INDIRECT_RUN_RULE = "free_indirect.run";
