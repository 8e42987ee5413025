// Direct quotations: the quotation-mark scan of a paragraph (directQuoteSpans, also exported through
// find-quotes.ts) and the speaker of each quotation a cue did not claim – a name before its
// parenthesis, a verb after the marks, a colon's clause, the place words stand written, the
// sentence's subject, or the last speaker (rules speaker.* listed in find-quotes.ts).

import type { Token, TokenSpan as Span } from "../tokens";
import { CLAUSE_SUBJECT_RULE, CLOSED_CLAUSE_RULE, clauseClosedBefore } from "./clause-subject";
import { COLON_FRONTED_OBJECT_RULE, finiteVerbAfterFronted } from "./colon-fronted-object";
import { colonSubject } from "./colon-subject";
import { EMBEDDED_QUOTE_RULE, isEmbeddedFragment } from "./embedded-quote";
import { isNonAgentPhrase } from "./non-agent-subject";
import type { DirectSpeaker, ParagraphContext, SentenceCue, Speaker } from "./paragraph-context";
import { isNamedAgent } from "./paragraph-mention";
import { PARENTHETICAL_NAME_RULE, nameBeforeParenthesis } from "./parenthetical-quote";
import { enclosingDraft, nearestCueBefore } from "./reader-drafts";
import { isSpeechNoun, phraseFrom, quotedSource } from "./reader-phrases";
import { SUBJECTLESS_CUE_RULE, carry, noteSpeaker, personAfterVerb, resolveSpan } from "./reader-speakers";
import {
  type FoundSpan,
  GRAMMAR,
  INVERTED_SENTENCE_SUBJECT_RULE,
  acrossNameApposition,
  colonSpeaker,
  invertedSentenceSubject,
  isRelativePronounAt,
  opensWithSubject,
} from "./reader-subjects";
import {
  BARE_QUOTE_MIN_WORDS,
  CLOSING_MARKS,
  DIRECT_CARRY_PARAGRAPHS,
  NAMING,
  NON_CONTENT_OPENER,
  OBLIQUE,
  OPENING_MARKS,
  PRONOUN,
  SOURCE_PREP,
  clauseStart,
  countWords,
  isFunctionWord,
  set,
} from "./reader-words";
import { VERB_AFTER_QUOTE_RULE, verbAfterQuote } from "./verb-after-quote";
import { WRITTEN_PLACE_RULE, writtenPlace } from "./written-place";

/** Punctuation glued after a closing straight quote. */
const TRAILING_PUNCTUATION = set([",", ".", ";", ":", "!", "?", ")"]);

/** A straight double quote opens when the next token is glued to it, closes when the previous is. */
function straightRole(tokens: Token[], i: number): "open" | "close" | null {
  const prevGlued = i > 0 && tokens[i - 1].end === tokens[i].start;
  const nextGlued = i + 1 < tokens.length && tokens[i + 1].start === tokens[i].end;
  if (prevGlued && !nextGlued) return "close";
  if (nextGlued && !prevGlued) return "open";
  // glued on both sides: a closing mark before its punctuation ("…", sagte X / "…".)
  if (prevGlued && nextGlued && tokens[i - 1].kind !== "p" && TRAILING_PUNCTUATION.has(tokens[i + 1].text)) return "close";
  return null;
}

/** Direct quotations of a paragraph as token spans (marks included); linear, no nesting. */
export function directQuoteSpans(tokens: Token[]): { spans: Span[]; unclosed: boolean } {
  const spans: Span[] = [];
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== "p") continue;
    const straight = t.text === '"' ? straightRole(tokens, i) : null;
    if (open < 0 && (OPENING_MARKS.has(t.text) || straight === "open" || t.text === "“")) open = i;
    else if (open >= 0 && (CLOSING_MARKS.has(t.text) || straight === "close")) {
      spans.push({ first: open, last: i });
      open = -1;
    }
  }
  if (open >= 0 && open < tokens.length - 1) {
    spans.push({ first: open, last: tokens.length - 1 });
    return { spans, unclosed: true };
  }
  return { spans, unclosed: false };
}

/** A direct quotation inside a sentence without a cue takes the agent the sentence opens with. */
const SENTENCE_SUBJECT_RULE = "speaker.sentence-subject";

/**
 * A cue clause right before or after a direct quotation names its speaker. A cue whose subject
 * was not found (a passive, an expletive "es", a relative clause) takes the quotation only
 * when no cue has named its speaker yet, and leaves it open (rule speaker.subjectless-cue).
 * The first cue that named a speaker keeps the quotation: a later cue of the same clause is
 * part of what follows ("„…“, sagte X in ihrer am Montag veröffentlichten Stellungnahme").
 */
export function claimDirect(ctx: ParagraphContext, quoteIndex: number, speaker: Speaker, cue: Span, rule: string): void {
  const claimed = ctx.directSpeaker[quoteIndex];
  if (speaker.span && !claimed.span) Object.assign(claimed, speaker, { cue, rule, open: false });
  else if (!claimed.span) Object.assign(claimed, { cue, rule, open: true });
}

/** The speaker of a direct quotation that ends in this sentence, when no cue gave it one yet. */
export function speakDirectQuote(ctx: ParagraphContext, quoteIndex: number, sentenceMention: Speaker | null): void {
  const { tokens, sentence, end, sentenceSpeaker, sentenceCues } = ctx;
  const quote = ctx.directSpans[quoteIndex];
  const quoteSpeaker = ctx.directSpeaker[quoteIndex];
  if (quoteSpeaker.span || (quoteSpeaker.cue && !quoteSpeaker.open)) return;
  // "…, der Verbandschef Paul Sommer („…“), …": the name the parenthesis stands beside (rule speaker.parenthetical-name)
  // (a short quoted term in parentheses stays a name or gloss: no quotation)
  const named =
    countWords(tokens, quote.first, quote.last) < BARE_QUOTE_MIN_WORDS
      ? null
      : nameBeforeParenthesis(tokens, quote, (f, l) => phraseFrom(tokens, f, l));
  const namedSource = named ? resolveSpan(ctx, named) : null;
  if (named && namedSource && isNamedAgent(namedSource)) {
    Object.assign(quoteSpeaker, { span: named, source: namedSource, cue: null }, { rule: PARENTHETICAL_NAME_RULE });
    return;
  }
  if (quoteSpeaker.open) {
    // a cue without a subject: the speaker a cue of this sentence named, else the last one
    const fallback = sentenceSpeaker?.speaker ?? carry(ctx);
    if (fallback) Object.assign(quoteSpeaker, fallback, { found: SUBJECTLESS_CUE_RULE });
    return;
  }
  // "„…“, meinte die Trainerin": the quotation fills the first place, a finite verb and its
  // subject follow (rule speaker.verb-after-quote)
  const verbAfter = verbAfterQuote(
    tokens,
    quote,
    sentence.first,
    end,
    countWords(tokens, quote.first, quote.last),
    nearestCueBefore(sentenceCues, quote.first) !== null,
    GRAMMAR,
  );
  const framed = verbAfter > 0 ? personAfterVerb(ctx, tokens, { verb: verbAfter, last: verbAfter, lemma: "" }, end) : null;
  if (framed?.span) {
    const speaker: Speaker = { ...framed, found: VERB_AFTER_QUOTE_RULE };
    Object.assign(quoteSpeaker, speaker, { rule: "speaker.after" });
    noteSpeaker(ctx, speaker);
    return;
  }
  // a cue of a subordinate or relative clause speaks for none of the main clause's quotations: not
  // one after the quotation (rule speaker.clause-subject), not one whose clause closed before it
  // (rule speaker.closed-clause)
  const before = nearestCueBefore(sentenceCues, quote.first);
  const open =
    before && isClosedClauseCue(ctx, before, quote) ? sentenceCues.filter((c) => !isClosedClauseCue(ctx, c, quote)) : null;
  const nearest =
    (open ? nearestCueBefore(open, quote.first) : before) ??
    (sentenceSpeaker && !isLaterClauseCue(sentenceSpeaker, quote) ? sentenceSpeaker : null);
  if (nearest) {
    Object.assign(quoteSpeaker, nearest.speaker, { cue: nearest.cue, rule: "speaker.sentence" });
    if (open) quoteSpeaker.found = CLOSED_CLAUSE_RULE;
    return;
  }
  speakUncuedQuote(ctx, quoteSpeaker, quote, sentenceMention);
}

/** Whether a cue's speaker is a subordinate clause's own subject after the quotation (rule speaker.clause-subject). */
const isLaterClauseCue = (cue: SentenceCue, quote: Span): boolean =>
  cue.speaker.found === CLAUSE_SUBJECT_RULE && cue.cue.first > quote.last;

/** "…, um …", "…, da …": a comma before such a word opens an adverbial clause of the same clause. */
const opensAdverbialClause = (t: Token): boolean => NON_CONTENT_OPENER.has(t.lower);

/**
 * Whether a cue of a relative clause before the quotation has closed its clause before it: the
 * quotation belongs to the main clause ("X kritisierte Y, der … aufgerufen hatte, als „…“").
 */
function isClosedClauseCue(ctx: ParagraphContext, c: SentenceCue, quote: Span): boolean {
  const { tokens, sentence } = ctx;
  const span = c.speaker.span;
  if (!span || c.cue.last >= quote.first) return false;
  const relative = c.speaker.found === CLAUSE_SUBJECT_RULE || isRelativePronounAt(tokens, span.first, sentence.first);
  if (!relative) return false;
  const [start, end] = [tokens[quote.first].start, tokens[quote.last].end];
  const inContent = ctx.drafts.some(
    (d) => d.type !== "direct" && d.cue?.first === c.cue.first && d.start <= start && d.end >= end,
  );
  if (inContent) return false;
  return clauseClosedBefore(tokens, c.cue.last, quote.first, opensAdverbialClause);
}

/** A direct quotation in a sentence without a cue: its place, a colon's clause, the sentence's subject or the last speaker. */
function speakUncuedQuote(
  ctx: ParagraphContext,
  quoteSpeaker: DirectSpeaker,
  quote: Span,
  sentenceMention: Speaker | null,
): void {
  const { tokens, inside, sentence, end, sentenceStart } = ctx;
  // "Auf dem Schild war „…“ zu lesen": the place the words stand written (rule speaker.written-place)
  const place =
    countWords(tokens, quote.first, quote.last) < BARE_QUOTE_MIN_WORDS
      ? null
      : writtenPlace(
          tokens,
          Math.min(sentence.first, sentenceStart[quote.first]),
          end,
          (k) => inside[k] >= 0,
          (k, e) => phraseFrom(tokens, k, e),
        );
  const placeSource = place ? resolveSpan(ctx, place) : null;
  if (place && placeSource) {
    Object.assign(quoteSpeaker, { span: place, source: placeSource }, { rule: WRITTEN_PLACE_RULE });
    return;
  }
  if (quote.first > 0 && tokens[quote.first - 1].text === ":" && speakColonQuote(ctx, quoteSpeaker, quote)) return;
  const words = countWords(tokens, quote.first, quote.last);
  if (words < BARE_QUOTE_MIN_WORDS) {
    quoteSpeaker.rule = "skip";
    // a fragment of reported speech: the speaker of the reported speech around it
    if (isEmbeddedFragment(tokens, quote, ctx.hasKonjunktiv(sentenceStart[quote.first], end))) {
      const around = enclosingDraft(ctx.drafts, tokens[quote.first].start, tokens[quote.last].end);
      const speaker = around?.speaker ?? carry(ctx);
      Object.assign(quoteSpeaker, speaker ?? {}, { cue: around?.cue ?? null, rule: EMBEDDED_QUOTE_RULE });
    }
    return;
  }
  // a quotation inside a sentence without a cue: the agent the sentence opens with
  // ("Die Organisation feierte die Absage als „…“") rather than the last speaker
  if (
    sentenceMention?.span &&
    sentenceMention.span.last < quote.first &&
    opensWithSubject(tokens, sentenceMention.span, sentenceMention.source) &&
    !ctx.hasKonjunktiv(sentence.first, end)
  ) {
    Object.assign(quoteSpeaker, sentenceMention, { rule: SENTENCE_SUBJECT_RULE });
    return;
  }
  // "Auch der Minister will „…“", "Ursprünglich wollte er „…“": the subject behind a focus
  // particle or after the verb of a fronted adverbial (rule speaker.inverted-sentence-subject)
  const inverted =
    inside[sentence.first] < 0 && !ctx.hasKonjunktiv(sentence.first, end)
      ? invertedSentenceSubject(tokens, sentence.first, quote.first - 1)
      : null;
  const invertedSource = inverted ? resolveSpan(ctx, inverted) : null;
  if (inverted && invertedSource && (isNamedAgent(invertedSource) || PRONOUN.has(tokens[inverted.first].lower))) {
    const speaker: Speaker = { span: inverted, source: invertedSource, found: INVERTED_SENTENCE_SUBJECT_RULE };
    Object.assign(quoteSpeaker, speaker, { rule: SENTENCE_SUBJECT_RULE });
    noteSpeaker(ctx, speaker);
    return;
  }
  const speaker = carry(ctx, DIRECT_CARRY_PARAGRAPHS);
  if (speaker) Object.assign(quoteSpeaker, speaker, { rule: "speaker.carried" });
  else quoteSpeaker.rule = "speaker.none";
}

/** "X erklärte: „…“": the speaker of the clause before a quotation's colon; false when it names none. */
function speakColonQuote(ctx: ParagraphContext, quoteSpeaker: DirectSpeaker, quote: Span): boolean {
  const { tokens, inside, sentenceStart } = ctx;
  const colonFrom = Math.max(sentenceStart[quote.first - 1], quote.first - 40);
  // "Den Unmut … brachte die Sprecherin zum Ausdruck: „…“": a fronted object, the person after the verb (rule speaker.colon-fronted-object)
  const opensWithObject = (x: number, phrase: FoundSpan | null): boolean =>
    (phrase &&
      phrase.first === x &&
      isNonAgentPhrase(tokens, { first: Math.min(x + 1, phrase.last), last: phrase.last }, isSpeechNoun)) ||
    (!phrase && OBLIQUE.has(tokens[x].lower));
  const plainAt = clauseStart(tokens, colonFrom, quote.first - 1, inside);
  // the object reading also across a name apposition after the verb ("…, Name, zum Ausdruck:")
  const wideAt = acrossNameApposition(tokens, colonFrom, plainAt, inside);
  const widens = wideAt !== plainAt && opensWithObject(wideAt, colonSpeaker(tokens, wideAt, quote.first - 2));
  const at = widens ? wideAt : plainAt;
  const fronted = colonSpeaker(tokens, at, quote.first - 2);
  const objectFirst = opensWithObject(at, fronted);
  const verbAfter = objectFirst ? finiteVerbAfterFronted(tokens, at, quote.first - 2, isFunctionWord) : -1;
  const person =
    verbAfter > 0 ? personAfterVerb(ctx, tokens, { verb: verbAfter, last: verbAfter, lemma: "" }, quote.first - 2) : null;
  const span: FoundSpan | null = person?.span ? { ...person.span, rule: COLON_FRONTED_OBJECT_RULE } : fronted;
  const other = span ? null : colonSubject(tokens, sentenceStart[quote.first - 1], at, quote.first - 2, GRAMMAR);
  if (!span && !other) return false;
  const speaker: Speaker = { span: span ?? other!.span, source: resolveSpan(ctx, span ?? other!.span) };
  if (other) speaker.found = other.rule;
  else if (span?.rule) speaker.found = span.rule;
  Object.assign(quoteSpeaker, speaker, { rule: "speaker.colon" });
  noteSpeaker(ctx, speaker);
  return true;
}

/** The paragraph's direct quotations as drafts, with the speakers found for them. */
export function pushDirectDrafts(ctx: ParagraphContext): void {
  const { tokens, directSpans, directSpeaker, unclosed, drafts } = ctx;
  directSpans.forEach((quote, quoteIndex) => {
    const quoteSpeaker = directSpeaker[quoteIndex];
    const before = tokens[quote.first - 1]?.lower ?? "";
    // "laut „Le Monde“": a medium named in marks after a source preposition is no quotation
    if (
      quoteSpeaker.rule === "skip" ||
      NAMING.has(before) ||
      (SOURCE_PREP.has(before) && quotedSource(tokens, quote.first, quote.last) !== null)
    )
      return;
    const embedded = quoteSpeaker.rule === EMBEDDED_QUOTE_RULE;
    const closed = !(unclosed && quoteIndex === directSpans.length - 1);
    drafts.push({
      start: tokens[quote.first].start,
      end: tokens[quote.last].end,
      type: "direct",
      cue: quoteSpeaker.cue,
      speaker: quoteSpeaker.span || quoteSpeaker.carried ? quoteSpeaker : null,
      rules: embedded
        ? [EMBEDDED_QUOTE_RULE]
        : [closed ? "direct.marks" : "direct.unclosed", quoteSpeaker.rule || "speaker.none"],
    });
  });
}
