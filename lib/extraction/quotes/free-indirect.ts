// Free indirect speech: a sentence without a cue that continues the last speaker (Konjunktiv,
// "soll(en)", conditional "würde", the reported words before a closing quotation, an idle cue),
// and the agents uncued sentences name, which a later continuation or quotation may take.

import type { Token, TokenSpan as Span } from "../tokens";
import { BEFORE_QUOTE_RULE, reportedPartBefore } from "./before-quote";
import { CONDITIONAL_CONTINUATION_RULE, hasConditionalForm } from "./conditional-continuation";
import { IDLE_CUE_RULE, cuesWereIdle } from "./idle-cue";
import { OWN_SUBJECT_RULE, type OwnSubjectGrammar, ownSubject } from "./own-subject";
import type { ParagraphContext, Speaker } from "./paragraph-context";
import { PARAGRAPH_MENTION_RULE, isNamedAgent } from "./paragraph-mention";
import { phraseFrom } from "./reader-phrases";
import { carry, resolveSpan } from "./reader-speakers";
import { GRAMMAR, invertedSentenceSubject, startsSubject } from "./reader-subjects";
import { isKnownSpeaker } from "./resolve";
import { BARE_QUOTE_MIN_WORDS, PRONOUN, countWords } from "./reader-words";
import { SOLLEN_CONTINUATION_RULE, hasSollenForm } from "./sollen-continuation";
import { isTimePhrase } from "./time-phrase";

/** Rule id of a Konjunktiv sentence without a cue that continues the last speaker. */
const KONJUNKTIV_CONTINUATION_RULE = "free_indirect.konjunktiv";

/**
 * The rule by which a sentence without a cue right after a quotation continues it through a modal
 * form that alone reports nothing: "soll(en)" + infinitive, else the conditional "würde"; or null.
 */
function modalContinuationRule(tokens: Token[], from: number, to: number, inside: Int32Array): string | null {
  if (hasSollenForm(tokens, from, to, inside)) return SOLLEN_CONTINUATION_RULE;
  return hasConditionalForm(tokens, from, to, inside) ? CONDITIONAL_CONTINUATION_RULE : null;
}

/**
 * A subject named at the start of a sentence without a cue is what a later pronoun refers to.
 * Returns the agent this uncued sentence opens with (rule speaker.sentence-subject), null when none.
 */
export function noteSentenceMention(ctx: ParagraphContext): Speaker | null {
  const { tokens, inside, sentence, end, cued } = ctx;
  let sentenceMention: Speaker | null = null;
  if (
    !cued &&
    startsSubject(tokens[sentence.first]) &&
    !PRONOUN.has(tokens[sentence.first].lower) &&
    inside[sentence.first] < 0
  ) {
    const span = phraseFrom(tokens, sentence.first, end);
    const mention = resolveSpan(ctx, span);
    if (mention) ctx.memory.remember(mention);
    if (span && mention && isNamedAgent(mention)) {
      sentenceMention = { span, source: mention };
      // the subject of a Konjunktiv sentence is part of what is reported, not a new source
      if (!ctx.isReportedSentence(sentence.first, end)) ctx.paragraphMention = sentenceMention;
    }
  } else if (!cued && inside[sentence.first] < 0 && !ctx.isReportedSentence(sentence.first, end)) {
    // "Am 3. März hat die Schulbehörde den Plan vorgelegt.": the subject after the verb (rule speaker.paragraph-mention)
    const span = invertedSentenceSubject(tokens, sentence.first, end);
    const mention = span && !PRONOUN.has(tokens[span.first].lower) ? resolveSpan(ctx, span) : null;
    if (span && mention && isNamedAgent(mention)) ctx.paragraphMention = { span, source: mention };
  }
  return sentenceMention;
}

/**
 * A short quoted fragment that closes the sentence ("… sei „völlig unrealistisch“.") belongs to
 * the continuation around it (rule direct.embedded), it does not make the sentence a direct quotation.
 */
function quotedAt(ctx: ParagraphContext, k: number): boolean {
  const { inside } = ctx;
  return inside[k] >= 0 && !isClosingFragment(ctx.tokens, ctx.directSpans[inside[k]], ctx.sentence.first);
}

/**
 * --- a Konjunktiv sentence without a cue continues the last speaker. Pushes the continuation
 * and returns its speaker, null when the sentence continues no one.
 */
export function continueSentence(ctx: ParagraphContext, mentionBefore: Speaker | null): Speaker | null {
  const { tokens, inside, sentence, end, cued, drafts } = ctx;
  const hasDirect = quotedAt(ctx, sentence.first) || quotedAt(ctx, end);
  // a cue verb that found no content and no speaker ("Der Befund sei von einem Labor geprüft
  // worden") leaves a Konjunktiv sentence reported speech to continue (rule free_indirect.idle-cue)
  const idleCue = cuesWereIdle(cued, ctx.draftsBefore, drafts.length, !!ctx.sentenceSpeaker);
  const konjunktivContinues = (!cued || idleCue) && !hasDirect && ctx.isReportedSentence(sentence.first, end);
  // the rule by which this sentence continues the last speaker; "soll(en)" + infinitive and the
  // conditional "würde" continue only a quotation in the sentence right before it
  const continuedBy: string | null = konjunktivContinues
    ? KONJUNKTIV_CONTINUATION_RULE
    : !cued && !hasDirect && ctx.previousQuoted
      ? modalContinuationRule(tokens, sentence.first, end, inside)
      : null;
  let continuation: Speaker | null = continuedBy ? carry(ctx) : null;
  // a speaker carried from an earlier paragraph is mostly wrong when this paragraph named an agent before
  const carriedFrom = ctx.state.lastSpeaker;
  if (continuation && carriedFrom && carriedFrom.para < ctx.paragraph && mentionBefore)
    continuation = { ...mentionBefore, found: PARAGRAPH_MENTION_RULE };
  // "Die Anwohner befürchten, die Mieten würden steigen": the sentence names its own speaker (rule speaker.own-subject)
  const own: Span | null =
    continuation !== null && konjunktivContinues
      ? ownSubject(tokens, sentence.first, end, ctx.hasKonjunktiv, ownSubjectGrammar(ctx))
      : null;
  if (own && continuation) continuation = { span: own, source: resolveSpan(ctx, own), found: OWN_SUBJECT_RULE };
  // "Die Regeln seien klar: „…“": the reported words before a quotation that closes the
  // sentence continue the last speaker too (rule free_indirect.before-quote)
  const beforeQuoteLast =
    !cued && !continuation && !quotedAt(ctx, sentence.first) && quotedAt(ctx, end)
      ? reportedPartBefore(tokens, sentence.first, ctx.directSpans[inside[end]], ctx.isReportedSentence)
      : -1;
  if (beforeQuoteLast >= 0) continuation = carry(ctx);
  if (continuation)
    drafts.push({
      start: tokens[sentence.first].start,
      end: tokens[beforeQuoteLast >= 0 ? beforeQuoteLast : sentence.last].end,
      type: "free_indirect",
      cue: null,
      speaker: continuation,
      rules: [continuedBy ?? BEFORE_QUOTE_RULE, ...(idleCue && konjunktivContinues ? [IDLE_CUE_RULE] : [])],
    });
  return continuation;
}

/**
 * The grammar ownSubject reads, with this paragraph's resolver as canSpeak. A literal of its own
 * fields, no spread of GRAMMAR plus fields: that pattern built its object slowly in ParagraphContext
 * (about 3 % of the engine's time there, session 21).
 */
function ownSubjectGrammar(ctx: ParagraphContext): OwnSubjectGrammar {
  return {
    phraseFrom: GRAMMAR.phraseFrom,
    startsSubject: GRAMMAR.startsSubject,
    isOblique: GRAMMAR.isOblique,
    isPronoun: GRAMMAR.isPronoun,
    isFunctionWord: GRAMMAR.isFunctionWord,
    isPreposition: GRAMMAR.isPreposition,
    isAdverb: GRAMMAR.isAdverb,
    isTimePhrase,
    namesNoOne: GRAMMAR.namesNoOne,
    canSpeak: (_toks: Token[], span: Span): boolean => {
      const source = resolveSpan(ctx, span);
      return !!source && isKnownSpeaker(source);
    },
  };
}

/** A quoted fragment too short for a quotation of its own that starts after its sentence's first token. */
function isClosingFragment(tokens: Token[], quote: Span, sentenceFirst: number): boolean {
  return quote.first > sentenceFirst && countWords(tokens, quote.first, quote.last) < BARE_QUOTE_MIN_WORDS;
}
