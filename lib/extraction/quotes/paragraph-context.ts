// The reader's state: what findQuotes keeps from one paragraph to the next (TextState), the state
// of the paragraph being read (ParagraphContext, handed to every step of the reader as `ctx`), the
// drafts and speakers those steps record, and the per-paragraph arrays built once (direct
// quotation index per token, running Konjunktiv counts) from buffers reused across paragraphs.

import type { Token, TokenSpan as Span } from "../tokens";
import type { ExtractedQuote, QuoteType, TextSpan } from "../types";
import type { ParagraphEnd } from "./back-reference";
import type { ContentEndGrammar } from "./content-end";
import { directQuoteSpans } from "./direct-quotes";
import { frontedParticipleCueAt } from "./fronted-participle";
import { isReportativePerfect as importedIsReportativePerfect } from "./konjunktiv";
import { isKonjunktivForm, isListedKonjunktivForm } from "./konjunktiv-form";
import { lautWerdenCueAt } from "./laut-werden";
import { lightVerbCueAt } from "./light-verb";
import { isQuotedName, phraseFrom } from "./reader-phrases";
import { CONTENT_END_GRAMMAR, type FoundSpan } from "./reader-subjects";
import { type ResolvedSource, SpeakerMemory } from "./resolve";
import type { VerbCue } from "./verb-cues";

// Bound once: tsx compiles every use of an imported binding into two getter calls (this one runs per token).
const isReportativePerfect = importedIsReportativePerfect;

export interface Speaker {
  span: Span | null;
  /** For a carried speaker: the text span where it was named. */
  carried?: TextSpan;
  source: ResolvedSource | null;
  /** Id of the rule that found the speaker when it is not the cue rule's plain reading. */
  found?: string;
}

export interface Draft {
  start: number;
  end: number;
  type: QuoteType;
  cue: Span | null;
  speaker: Speaker | null;
  rules: string[];
}

/** Longest paragraph (in tokens) whose per-token arrays come from a scratch buffer (1 MB for the three). */
const SCRATCH_MAX = 1 << 16;

/**
 * A zeroed Int32Array of `length` for one paragraph: a view into a buffer kept for the next
 * paragraph (a fresh typed array costs an off-heap allocation each, most paragraphs are short).
 * Out-of-range reads stay undefined as with a fresh array; longer paragraphs get a fresh array.
 */
class Int32Scratch {
  private buffer = new Int32Array(256);
  take(length: number): Int32Array {
    if (length > SCRATCH_MAX) return new Int32Array(length);
    if (length > this.buffer.length)
      this.buffer = new Int32Array(Math.min(SCRATCH_MAX, Math.max(length, this.buffer.length * 2)));
    return this.buffer.subarray(0, length).fill(0);
  }
}

// one buffer per array that lives through a paragraph (findQuotes runs synchronously, never nested)
const sentenceStartScratch = new Int32Scratch();

const insideScratch = new Int32Scratch();

const konjunktivScratch = new Int32Scratch();

const konjunktivFormScratch = new Int32Scratch();

/**
 * Running counts of Konjunktiv forms outside direct quotations, in one pass: listed[k] counts the
 * listed forms in [0, k), byForm[k] also the forms the recogniser finds by stem + "-e"
 * (quotes/konjunktiv-form.ts; every listed form is one of them). Reportative perfects count in both.
 */
function konjunktivCounts(
  tokens: Token[],
  inside: Int32Array,
  sentenceStart: Int32Array,
): { listed: Int32Array; byForm: Int32Array } {
  const listed = konjunktivScratch.take(tokens.length + 1);
  const byForm = konjunktivFormScratch.take(tokens.length + 1);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const counted = inside[k] < 0 && t.kind === "w";
    const reportative = counted && isReportativePerfect(tokens, k, sentenceStart[k]);
    const isListed = reportative || (counted && isListedKonjunktivForm(t));
    listed[k + 1] = listed[k] + (isListed ? 1 : 0);
    byForm[k + 1] = byForm[k] + (isListed || (counted && isKonjunktivForm(tokens, k, sentenceStart[k])) ? 1 : 0);
  }
  return { listed, byForm };
}

/** What findQuotes keeps from one paragraph to the next. */
export interface TextState {
  readonly text: string;
  readonly memory: SpeakerMemory;
  readonly out: ExtractedQuote[];
  lastSpeaker: { span: TextSpan; source: ResolvedSource; para: number } | null;
  /** Index in `out` of the current paragraph's first quotation (runs never cross a paragraph). */
  paragraphOut: number;
  /** The previous paragraph's last sentence, when a back-reference may take it (rule indirect.back-reference-paragraph). */
  paragraphEnd: ParagraphEnd | null;
}

/** `open`: a cue stands next to the quotation but named no subject (rule speaker.subjectless-cue). */
export type DirectSpeaker = Speaker & { cue: Span | null; rule: string; open?: boolean };

/** A cue of a sentence with the speaker it named. */
export interface SentenceCue {
  speaker: Speaker;
  cue: Span;
}

/** A source phrase ("laut X", "X zufolge", ", so X", "Demnach") and what it names. */
export interface SourceCue {
  cue: Span;
  speaker: Span | null;
  rule?: string;
  referent?: Span | null;
}

type LightVerbCue = NonNullable<ReturnType<typeof lightVerbCueAt>>;

type FrontedParticipleCue = NonNullable<ReturnType<typeof frontedParticipleCueAt>>;

type LautWerdenCue = NonNullable<ReturnType<typeof lautWerdenCueAt>>;

/** A cue verb found at a token, with the reading that found it. */
export interface CueRead {
  cue: VerbCue | LightVerbCue | FrontedParticipleCue | LautWerdenCue;
  /** Where the cue verb's clause begins. */
  cueLeft: number;
  impersonal: VerbCue | null;
  documentStands: VerbCue | null;
  lightVerb: LightVerbCue | null;
  frontedParticiple: FrontedParticipleCue | null;
  lautWerden: LautWerdenCue | null;
}

/** The speaker a cue verb names. */
export interface CueSpeaker {
  speaker: Speaker;
  /** The speaker taken from an earlier cue or the last speaker when the cue has no subject. */
  borrowed: Speaker | null;
  /** A plural phrase before a singular cue verb: its object, not the content fronted (rule speaker.apposed-number). */
  frontedObject: boolean;
}

/** The candidate subjects of a cue verb, one per rule. */
export interface CueSubjects {
  speakerSpan: FoundSpan | null;
  apposed: FoundSpan | null;
  secondClause: FoundSpan | null;
  coordinated: Span | null;
  coordinatedInverted: Span | null;
  coordinatedObject: Span | null;
  afterNonAgent: Speaker | null;
  quoted: Span | null;
  frontedObject: boolean;
}

/**
 * The state of one paragraph while its quotations are read, handed explicitly to the reader's
 * functions (readParagraph and the rule steps it calls). The fields are the paragraph's state;
 * those under "the sentence being read" are reset per sentence. One instance per paragraph, all
 * fields set in the constructor, so every function sees one object shape. The reading stays split
 * into functions of moderate size: one function of the whole took TurboFan seconds per compile
 * (docs/quotes-eval-notes.md, session 19).
 */
export class ParagraphContext {
  readonly text: string;
  readonly memory: SpeakerMemory;
  /** First token of each token's sentence (a colon's clause never reaches into the sentence before). */
  readonly sentenceStart: Int32Array;
  readonly directSpans: Span[];
  readonly unclosed: boolean;
  readonly inside: Int32Array;
  readonly konjunktiv: Int32Array;
  readonly konjunktivByForm: Int32Array;
  nextDirect = 0;
  readonly directSpeaker: DirectSpeaker[];
  readonly drafts: Draft[] = [];
  /** Whether the cue being read stands inside the content of an earlier cue of its sentence. */
  nestedCue = false;
  previous: Span | null = null;
  /** Whether the previous sentence had a cue (its source nouns then belong to that cue). */
  previousCued = false;
  /** Whether the previous sentence was a quotation (cued or continued): "soll(en)" may continue it. */
  previousQuoted = false;
  /** The last agent an uncued sentence of this paragraph opened with. */
  paragraphMention: Speaker | null = null;
  readonly contentGrammar: ContentEndGrammar;
  // --- the sentence being read
  /** The sentence being read; contentGrammar's phrases end at its last token. */
  sentence: Span = { first: 0, last: -1 };
  /** Where the sentence's content ends (rule span.content-end). */
  end = -1;
  cued = false;
  /** Drafts before this sentence: a cue that found no quotation leaves their count unchanged. */
  draftsBefore = 0;
  /** The first speaker a cue of this sentence named (for quoted words inside the sentence). */
  sentenceSpeaker: SentenceCue | null = null;
  /** Every cue of this sentence with its speaker, in text order (a quoted phrase takes the nearest before it). */
  sentenceCues: SentenceCue[] = [];
  // The content clauses with a speaker that earlier cues of this sentence gave, in the order
  // found: their starts and the largest end up to each. While the starts ascend (they do when
  // each content follows its cue), a binary search answers insideEarlierContent, which keeps a
  // sentence of many cues linear; otherwise every clause is checked.
  earlierContent = { starts: [] as number[], ends: [] as number[], maxEnds: [] as number[], seen: 0 };
  contentStartsAscend = true;

  constructor(
    readonly state: TextState,
    readonly paragraph: number,
    readonly tokens: Token[],
    readonly bounds: Span[],
  ) {
    this.text = state.text;
    this.memory = state.memory;
    const sentenceStart = sentenceStartScratch.take(tokens.length);
    for (const sentence of bounds) sentenceStart.fill(sentence.first, sentence.first, sentence.last + 1);
    this.sentenceStart = sentenceStart;
    const { spans: allDirect, unclosed: unclosedLast } = directQuoteSpans(tokens);
    // quoted names and titles („Die Zeit“) are part of a phrase, not quotations
    const directSpans = allDirect.filter((quote) => !isQuotedName(tokens, quote));
    this.directSpans = directSpans;
    this.unclosed = unclosedLast && directSpans[directSpans.length - 1] === allDirect[allDirect.length - 1];
    const inside = insideScratch.take(tokens.length).fill(-1);
    directSpans.forEach((quote, quoteIndex) => {
      for (let k = quote.first; k <= quote.last; k++) inside[k] = quoteIndex;
    });
    this.inside = inside;
    const { listed: konjunktiv, byForm: konjunktivByForm } = konjunktivCounts(tokens, inside, sentenceStart);
    this.konjunktiv = konjunktiv;
    this.konjunktivByForm = konjunktivByForm;
    this.directSpeaker = directSpans.map(() => ({ span: null, source: null, cue: null, rule: "" }));
    // where a content clause ends (rule span.content-end), with this paragraph's quotations and
    // Konjunktiv forms: built once per paragraph, not per sentence (an object spread and a closure
    // per sentence showed in CPU profiles); used only while its sentence is read
    this.contentGrammar = {
      isFunctionWord: CONTENT_END_GRAMMAR.isFunctionWord,
      isPreposition: CONTENT_END_GRAMMAR.isPreposition,
      isDeterminer: CONTENT_END_GRAMMAR.isDeterminer,
      isSpeechVerb: CONTENT_END_GRAMMAR.isSpeechVerb,
      inside,
      hasKonjunktiv: this.hasKonjunktiv,
      phraseEndAt: (k) => phraseFrom(tokens, k, this.sentence.last)?.last ?? -1,
    };
  }

  /** Whether tokens [from, to] contain a listed Konjunktiv form outside direct quotations (constant time). */
  readonly hasKonjunktiv = (from: number, to: number): boolean => this.konjunktiv[to + 1] - this.konjunktiv[from] > 0;
  /**
   * The same with the forms the recogniser finds by morphology: whether a sentence is reported
   * speech without a cue (free_indirect.konjunktiv). Clause boundaries and embedded quotations
   * keep to the listed forms (with every form, they took more wrong speakers on train).
   */
  readonly isReportedSentence = (from: number, to: number): boolean =>
    this.konjunktivByForm[to + 1] - this.konjunktivByForm[from] > 0;
}
