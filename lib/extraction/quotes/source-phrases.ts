// Source phrases as cues: "laut X", "X zufolge", "nach Angaben X", "Seiner Meinung nach", ", so X"
// (also "so betont X"), "Demnach"/"Danach" after a named document, and ", wonach …" after a report
// noun. Each gives an indirect quotation of its sentence, or the speaker of a quotation before it.

import { DOCUMENT_SOURCE_ADVERBS } from "../lexicon/quote-words";
import { type Token, type TokenSpan as Span, isCap } from "../tokens";
import { DOCUMENT_ADVERB_RULE, isDocumentArgument, opensDocumentAdverb } from "./document-adverb";
import { isReportingAdjective } from "./laut-werden";
import { hasAdjectiveEnding } from "./morphology";
import type { ParagraphContext, SourceCue, Speaker } from "./paragraph-context";
import { contentLast, pushMixed } from "./reader-drafts";
import {
  ATTRIBUTE_MAX,
  attributedPhrase,
  attributesBefore,
  documentPhraseIn,
  isSourceNoun,
  phraseFrom,
  quotedSource,
} from "./reader-phrases";
import { noteSentenceCue, noteSpeaker, resolveSpan } from "./reader-speakers";
import { CONTENT_END_GRAMMAR, startsSubject, subjectAfterOpeningWord } from "./reader-subjects";
import {
  ANAPHORIC,
  OBLIQUE,
  PREP,
  QUOTE_FINAL_PUNCTUATION,
  SOURCE_POST,
  SOURCE_PREP,
  SPEAKER_MAX,
  clauseStart,
  isBreak,
} from "./reader-words";
import { SO_VERB_RULE, soVerbCue } from "./so-verb";
import { verbCueAt } from "./verb-cues";
import { WONACH_RULE, relativeSourceAt } from "./wonach";

/** Rule id of ", so X" read without its comma after a quotation that ends in its own punctuation. */
const SO_AFTER_MARK_RULE = "speaker.so-after-mark";

/** Rule id of a "Demnach" resolved to the document the sentence before named. */
const ANAPHORIC_DOCUMENT_RULE = "speaker.anaphoric-document";

/**
 * A source written in lower case right after "laut"/"gemäß" ("laut dpa", "laut taz"): one word that
 * is no function word, no adjective before a noun and has no adjective ending.
 */
function lowerCaseSource(tokens: Token[], i: number, end: number): Span | null {
  const t = tokens[i];
  if (!t || i > end || t.kind !== "w" || isCap(t) || t.text.length < 2) return null;
  if (CONTENT_END_GRAMMAR.isFunctionWord(t.lower) || hasAdjectiveEnding(t.lower) || isCap(tokens[i + 1])) return null;
  return { first: i, last: i };
}

/**
 * The source phrase after "nach": a noun phrase one of whose first nouns is a source noun ("Angaben
 * der Polizei", "Grupps Meinung"), also opened by adjectives or possessives ("eigenen Angaben",
 * "offiziellen chinesischen Angaben", "seiner Meinung").
 */
function sourcePhraseAfter(tokens: Token[], i: number, end: number): Span | null {
  let k = i;
  while (k <= end && k - i < ATTRIBUTE_MAX && tokens[k].kind === "w" && !isCap(tokens[k]) && !PREP.has(tokens[k].lower)) k++;
  if (k > end || !isCap(tokens[k])) return null;
  const phrase = k === i ? phraseFrom(tokens, i, end) : phraseFrom(tokens, k, end);
  if (!phrase) return null;
  const nouns = tokens.slice(phrase.first, Math.min(phrase.last, phrase.first + 2) + 1).filter((w) => isCap(w));
  return nouns.some((w) => isSourceNoun(w)) ? { first: i, last: phrase.last } : null;
}

/** Rule id: "nach eigenen Angaben" resolved to the subject of its clause. */
const OWN_STATEMENT_RULE = "speaker.own-statement";

/** "eigene" in its forms: a source phrase naming the subject's own words ("nach eigenen Angaben"). */
const OWN_ADJECTIVE = /^eigene[mnrs]?$/;

/**
 * The subject whose own words a source phrase with "eigene" names: the phrase opening the sentence
 * ("Der Verein prüft nach eigenen Angaben …") or, when the source phrase opens it, the subject
 * after the verb that follows ("Nach eigenen Angaben plant die Firma …").
 */
function ownStatementSubject(tokens: Token[], source: Span, sentence: Span): Span | null {
  const own = source.first <= source.last && OWN_ADJECTIVE.test(tokens[source.first].lower);
  if (!own) return null;
  const sStart = sentence.first;
  if (source.first > sStart + 1 && startsSubject(tokens[sStart]) && !OBLIQUE.has(tokens[sStart].lower)) {
    const subject = phraseFrom(tokens, sStart, source.first - 1);
    if (subject && subject.last < source.first - 1) return subject;
  }
  return source.first <= sStart + 1 ? subjectAfterOpeningWord(tokens, source.last + 1, sentence.last) : null;
}

/** "„…!“ so X": a closing mark at k after the quotation's own final punctuation (no comma needed; rule speaker.so-after-mark). */
function closesPunctuatedQuote(ctx: ParagraphContext, k: number): boolean {
  const { inside } = ctx;
  return inside[k] >= 0 && ctx.directSpans[inside[k]].last === k && QUOTE_FINAL_PUNCTUATION.has(ctx.tokens[k - 1]?.text ?? "");
}

export function readRelativeSource(ctx: ParagraphContext, relative: NonNullable<ReturnType<typeof relativeSourceAt>>): number {
  const { tokens, inside, end } = ctx;
  ctx.cued = true;
  let last = relative.contentFirst;
  while (last < end && tokens[last + 1].text !== "," && inside[last + 1] < 0) last++;
  const speaker: Speaker = { span: relative.speaker, source: resolveSpan(ctx, relative.antecedent) };
  ctx.drafts.push({
    start: tokens[relative.contentFirst].start,
    end: tokens[last].end,
    type: "indirect",
    cue: relative.cue,
    speaker,
    rules: [WONACH_RULE],
  });
  noteSentenceCue(ctx, speaker, relative.cue);
  return relative.cue.last;
}

/**
 * Every word a source phrase of sourceAt opens with: each of its readings below starts at one of
 * them, so any other word (asked for every word of a paragraph) is decided by one lookup.
 */
const SOURCE_OPENERS: ReadonlySet<string> = new Set([
  ...SOURCE_PREP,
  ...SOURCE_POST,
  "nach",
  "so",
  ...ANAPHORIC,
  ...DOCUMENT_SOURCE_ADVERBS,
]);

/** The source phrase the token at i opens, if any. */
export function sourceAt(ctx: ParagraphContext, i: number): SourceCue | null {
  const { tokens, inside, sentence, previous } = ctx;
  const token = tokens[i];
  if (!SOURCE_OPENERS.has(token.lower)) return null;
  // (not the adjective of "Kritik wurde laut": rule speaker.laut-werden)
  if (SOURCE_PREP.has(token.lower) && token.kind === "w" && !isReportingAdjective(tokens, i, sentence.last))
    return prepositionSource(tokens, i, sentence.last);
  if (SOURCE_POST.has(token.lower) && i > sentence.first) return postpositionSource(tokens, inside, i, sentence.first);
  if (token.lower === "nach" && i < sentence.last && isSourceNoun(tokens[i - 1])) {
    // "Seiner Meinung nach", "Medienberichten nach": the source phrase stands before
    const f = attributesBefore(tokens, clauseStart(tokens, Math.max(sentence.first, i - SPEAKER_MAX), i - 1, inside), i - 1);
    return { cue: { first: i, last: i }, speaker: { first: f, last: i - 1 } };
  }
  if (token.lower === "nach" && i < sentence.last) {
    // "nach Angaben der Polizei", "nach einer Studie des Instituts", "nach Polizeiangaben"
    const phrase = sourcePhraseAfter(tokens, i + 1, sentence.last);
    return phrase ? { cue: { first: i, last: i }, speaker: phrase } : null;
  }
  if (
    token.lower === "so" &&
    i > sentence.first &&
    (tokens[i - 1].text === "," || (token.text === "so" && closesPunctuatedQuote(ctx, i - 1)))
  )
    return soSource(tokens, i, sentence.last);
  if (ANAPHORIC.has(token.lower) && (i === sentence.first || isBreak(tokens[i - 1]))) {
    // "Demnach" refers to a document the sentence before named without a cue ("Das steht so im
    // Gutachten der Kommission. Demnach …"), else to the last speaker (rule speaker.anaphoric-document)
    const document = previous && !ctx.previousCued ? documentPhraseIn(tokens, previous, inside) : null;
    return { cue: { first: i, last: i }, speaker: { first: i, last: i }, referent: document };
  }
  if (previous && opensDocumentAdverb(tokens, i, sentence.first)) return documentAdverbSource(tokens, inside, previous, i);
  return null;
}

/** "laut X", "gemäß seiner Aussage", "laut dpa", "laut „Le Monde“": the phrase after the preposition at i. */
function prepositionSource(tokens: Token[], i: number, last: number): SourceCue {
  return {
    cue: { first: i, last: i },
    speaker:
      phraseFrom(tokens, i + 1, last) ??
      attributedPhrase(tokens, i + 1, last) ??
      lowerCaseSource(tokens, i + 1, last) ??
      quotedSource(tokens, i + 1, last),
  };
}

/** "X zufolge": the words before the postposition at i, back to a clause break, quotation or preposition. */
function postpositionSource(tokens: Token[], inside: Int32Array, i: number, sentenceFirst: number): SourceCue {
  let f = i - 1;
  while (
    f > sentenceFirst &&
    i - f < SPEAKER_MAX &&
    !isBreak(tokens[f - 1]) &&
    inside[f - 1] < 0 &&
    !PREP.has(tokens[f - 1].lower)
  )
    f--;
  return { cue: { first: i, last: i }, speaker: { first: f, last: i - 1 } };
}

/** ", so X" after a comma or a quotation's own final punctuation at i, also ", so betont X" (rule indirect.so-verb). */
function soSource(tokens: Token[], i: number, last: number): SourceCue | null {
  const speaker = phraseFrom(tokens, i + 1, last);
  if (speaker) return { cue: { first: i, last: i }, speaker: speaker };
  // "…, so betont die Polizei, …": so + speech verb + subject (rule indirect.so-verb)
  const inserted = soVerbCue(
    tokens,
    i,
    (k) => verbCueAt(tokens, k, last),
    (k) => phraseFrom(tokens, k, last),
  );
  return inserted ? { ...inserted, rule: SO_VERB_RULE } : null;
}

/** "Danach" after a sentence naming a document as subject or object (rule indirect.document-adverb). */
function documentAdverbSource(tokens: Token[], inside: Int32Array, previous: Span, i: number): SourceCue | null {
  const document = documentPhraseIn(tokens, previous, inside);
  return document && isDocumentArgument(tokens, document)
    ? { cue: { first: i, last: i }, speaker: { first: i, last: i }, referent: document, rule: DOCUMENT_ADVERB_RULE }
    : null;
}

export function readSource(ctx: ParagraphContext, i: number, source: SourceCue): number {
  const { tokens, inside, sentence } = ctx;
  const token = tokens[i];
  ctx.cued = true;
  // "nach eigenen Angaben": the subject of the clause is the source (rule speaker.own-statement)
  const owner = source.speaker && !source.referent ? ownStatementSubject(tokens, source.speaker, sentence) : null;
  const speaker: Speaker = { span: source.speaker, source: resolveSpan(ctx, owner ?? source.referent ?? source.speaker) };
  if (source.referent && speaker.source) speaker.found = ANAPHORIC_DOCUMENT_RULE;
  else if (token.text === "so" && tokens[i - 1]?.text !== ",") speaker.found = SO_AFTER_MARK_RULE;
  else if (owner && speaker.source) speaker.found = OWN_STATEMENT_RULE;
  // a source phrase inside what a speaker named earlier in the sentence says ("X sagte, nach
  // neuesten Erkenntnissen sei …") is part of X's words: X stays the speaker to continue
  const nested = !!ctx.sentenceSpeaker?.speaker.span;
  ctx.sentenceSpeaker ??= { speaker: speaker, cue: source.cue };
  ctx.sentenceCues.push({ speaker, cue: source.cue });
  // a source phrase right after a closing mark belongs to that quotation: „…“, so X
  const before = source.cue.first - 2 >= sentence.first ? inside[source.cue.first - 2] : -1;
  const quoteBefore = tokens[source.cue.first - 1]?.text === "," ? before : (inside[source.cue.first - 1] ?? -1);
  if (quoteBefore >= 0 && !ctx.directSpeaker[quoteBefore].span) {
    Object.assign(ctx.directSpeaker[quoteBefore], speaker, { cue: source.cue, rule: "speaker.after" });
    pushMixed(ctx, sentence.first, source.cue.first - 2, quoteBefore, source.cue, speaker);
  } else {
    const content = contentLast(ctx, sentence.first, false, false);
    ctx.drafts.push({
      start: tokens[sentence.first].start,
      end: tokens[content.last].end,
      type: "indirect",
      cue: source.cue,
      speaker: speaker,
      rules: [source.rule ?? "indirect.source", ...content.rules],
    });
  }
  if (!nested) noteSpeaker(ctx, speaker);
  return Math.max(i, source.cue.last);
}
