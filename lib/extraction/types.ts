// Public contract of the extraction engine. The web app (ingest, article view),
// the CLI and the evaluation all consume these types; change them only together.
// This module (and everything under lib/extraction/) must not import a database,
// Next.js or React.

export const PARTIES = ["UA", "RU", "KP", "US", "NATO", "EU", "DE", "OTHER", "NONE"] as const;
export type Party = (typeof PARTIES)[number];

export const ACTOR_KINDS = ["PERSON", "BODY", "MEDIA", "AGENCY", "GROUP", "UNKNOWN"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** One gazetteer entry; seeded into the Actor table and usable without a database. */
export interface ActorEntry {
  canonicalName: string;
  aliases: string[];
  kind: ActorKind;
  party: Party;
  /** Official body of its party (president, ministry, army, governor, state agency …). */
  official: boolean;
}

export interface ExtractionConfig {
  /** Parties whose official statements need the caveat (default RU and UA). */
  conflictParties: Party[];
  /** Caveat text shown to editors (default: the broadcaster's wording). */
  caveatText: string;
  /** Actor gazetteer; defaults to the built-in list. */
  actors: ActorEntry[];
}

export interface ExtractedClaim {
  /** UTF-16 offsets of valueText in ExtractionResult.text. */
  start: number;
  end: number;
  sentence: string;
  /** UTF-16 offsets of the sentence in ExtractionResult.text. */
  sentenceStart: number;
  sentenceEnd: number;
  /** The number as written, including its qualifier ("mehr als 10.000"). */
  valueText: string;
  value: number;
  /** "rund", "mehr als" … or "" when none. */
  qualifier: string;
  /** For "X von Y": Y; otherwise null. */
  total: number | null;
  /** The noun phrase the number quantifies ("nordkoreanische Soldaten"). */
  what: string;
  /** Normalised event of the figure ("getötet", "verletzt", "entsandt" …; lib/extraction/events.ts); "" when none. */
  event: string;
  /** What is counted, normalised: noun lemma and side ("nordkoreanische Soldaten" → {lemma: "Soldat", attribute: "KP"}). */
  thing: CountedThing;
  /** The attribution cue as written ("" when none). */
  sourceText: string;
  /** UTF-16 offsets of the cue in ExtractionResult.text, or -1/-1 when none or carried over from an earlier sentence. */
  sourceStart: number;
  sourceEnd: number;
  /** Canonical actor name, or the speaker's text for unknown speakers; "" for the newsroom. */
  actor: string;
  party: Party;
  /** Whether the actor is an official body of its party. */
  official: boolean;
  caveat: boolean;
  /**
   * Every source the claim is attributed to ("nach Angaben der US-Regierung und der Ukraine" → two);
   * the first is actor/party/official above. Empty for the newsroom's own figures.
   */
  sources: ClaimSource[];
  /** Human-readable (German) reasons: number rule, attribution cue, caveat decision. */
  explanation: string;
}

/** A counted noun's lemma and its side (party code, a country stem for other states, or ""). */
export interface CountedThing {
  lemma: string;
  attribute: string;
}

/** One source of a claim: canonical actor name (or the speaker's text when unknown) and its party. */
export interface ClaimSource {
  actor: string;
  party: Party;
  official: boolean;
}

export const QUOTE_TYPES = ["direct", "indirect", "free_indirect", "reported"] as const;
export type QuoteType = (typeof QUOTE_TYPES)[number];

/** A span of the text: UTF-16 offsets into ExtractionResult.text and the text they cover. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** One quotation: what is said (start/end), the speech cue, the speaker as written and its resolved source. */
export interface ExtractedQuote {
  start: number;
  end: number;
  type: QuoteType;
  /**
   * The speech verb or preposition. A free indirect continuation has none: {start: -1, end: -1,
   * text: ""}, the same convention as a claim's sourceStart/sourceEnd.
   */
  cue: TextSpan;
  /** The speaker as written ("Er", "der Minister", "Selenskyj"); null when the text names none. */
  speaker: TextSpan | null;
  /** The resolved source: canonical actor name, or the speaker's text when unknown; "" when none. */
  actor: string;
  party: Party;
  /** Ids of the rules that found the quotation and its speaker (e.g. "direct.marks", "speaker.pronoun"). */
  rules: string[];
}

/** A liveblog entry header: "04.11.2024 • 23:36 Uhr" followed by a headline line. */
export interface LiveblogEntry {
  /** Offsets of the whole entry (header line up to the next header or end of text). */
  start: number;
  end: number;
  /** ISO-like local timestamp "2024-11-04T23:36" as printed. */
  timestamp: string;
  headline: string;
}

export interface ExtractionResult {
  /** The text all offsets refer to: the input for plain text, the reduced article text for HTML. */
  text: string;
  /** "Stand: 06.11.2024 11:15 Uhr" as "2024-11-06T11:15", when present. */
  stand: string | null;
  entries: LiveblogEntry[];
  claims: ExtractedClaim[];
  /** Every quotation of the text (direct, indirect, free indirect, reported), in text order. */
  quotes: ExtractedQuote[];
}
