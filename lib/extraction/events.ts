// The event and the counted thing of a claim: "14 Menschen getötet" and "53 Menschen verletzt"
// both count people, but not the same event. Pure, deterministic, no database/Next/React imports;
// the words are data in ./lexicon/events.ts, the rules below are German morphology and syntax only.

import type { CountedThing } from "./types";
import { tokenize, isCap as importedIsCap, type Token } from "./tokens";
import { wordParty } from "./parties";
import {
  ATTRIBUTION_CONTINUATIONS,
  ATTRIBUTION_OPENERS,
  EVENT_LEXICON,
  MILITARY_CONTEXT_STEMS,
  NATIONALITY_NOUNS,
  NOUN_LEXICON,
  ORIGIN_PREPOSITIONS,
  PLACE_PREPOSITIONS,
  POSTPOSED_ATTRIBUTION,
  PRESENCE_EVENT,
  PRESENCE_PREPOSITIONS,
  POSTMODIFIER_STARTS,
  type EventEntry,
  type NounEntry,
} from "./lexicon/events";
// Bound once: tsx compiles every use of an imported binding into two getter calls (these run per token).
const isCap = importedIsCap;

export interface CountedEvent {
  /** Normalised event ("getötet", "entsandt" …) or "" when the sentence names none. */
  event: string;
  thing: CountedThing;
}

export const NO_THING: CountedThing = Object.freeze({ lemma: "", attribute: "" }) as CountedThing;

interface EventForm {
  words: string[];
  entry: EventEntry;
}

/** Event forms by their first word (multi-word forms such as "ums leben gekommen" included). */
const EVENT_FORMS: ReadonlyMap<string, EventForm[]> = (() => {
  const map = new Map<string, EventForm[]>();
  for (const entry of EVENT_LEXICON) {
    for (const form of entry.forms) {
      const words = form.split(" ");
      const list = map.get(words[0]) ?? [];
      list.push({ words, entry });
      map.set(words[0], list);
    }
  }
  return map;
})();

/** Finite stems of separable verbs → their particle and entry. */
const SEPARABLE_STEMS: ReadonlyMap<string, { particle: string; entry: EventEntry }[]> = (() => {
  const map = new Map<string, { particle: string; entry: EventEntry }[]>();
  for (const entry of EVENT_LEXICON) {
    for (const [stems, particle] of entry.separable ?? []) {
      for (const stem of stems) map.set(stem, [...(map.get(stem) ?? []), { particle, entry }]);
    }
  }
  return map;
})();

const EVENT_BY_NAME: ReadonlyMap<string, EventEntry> = new Map(EVENT_LEXICON.map((e) => [e.event, e]));
const NOUN_FORMS: ReadonlyMap<string, NounEntry> = new Map(NOUN_LEXICON.flatMap((n) => n.forms.map((f) => [f, n] as const)));
const NATIONALITY: ReadonlyMap<string, string> = new Map(
  NATIONALITY_NOUNS.flatMap(([forms, party]) => forms.map((f) => [f, party] as const)),
);
const POSTMODIFIER = new Set(POSTMODIFIER_STARTS);
const PLACE_PREPS = new Set(PLACE_PREPOSITIONS);
const ORIGIN_PREPS = new Set(ORIGIN_PREPOSITIONS);
const PRESENCE_PREPS = new Set(PRESENCE_PREPOSITIONS);
const ATTRIBUTION = new Set(ATTRIBUTION_OPENERS);
const POSTPOSED = new Set(POSTPOSED_ATTRIBUTION);
const ATTRIBUTION_CONTINUES = new Set(ATTRIBUTION_CONTINUATIONS);
/** Compound heads shorter than this are not split ("Ort" must not match "Sport"). */
const MIN_COMPOUND_BASE = 4;
/** Tokens on each side of the figure that are read (a long news sentence has ~60). */
const CONTEXT_TOKENS = 50;
const CONTEXT_CHARS = 400;

/** The last sentence's tokens: consecutive claims of one sentence tokenize it once. */
let lastSentence = "";
let lastTokens: Token[] = [];
function sentenceTokens(sentence: string): Token[] {
  if (sentence !== lastSentence) {
    lastTokens = tokenize(sentence);
    lastSentence = sentence;
  }
  return lastTokens;
}
/** Tokens between the figure and a clause-final particle of a separable verb. */
const PARTICLE_WINDOW = 12;

/**
 * The event and counted thing of the figure at [valueStart, valueEnd) of `sentence` whose noun
 * phrase is `what` ("nordkoreanische Soldaten"). Offsets are relative to the sentence.
 */
export function describeCount(sentence: string, valueStart: number, valueEnd: number, what: string): CountedEvent {
  const all = sentenceTokens(sentence);
  const at = tokenIndexAt(all, valueStart, valueEnd);
  // only the figure's surroundings: a hostile one-line "sentence" of 1 MB with 30 000 figures stays linear
  const from = Math.max(0, at - CONTEXT_TOKENS);
  const tokens = all.slice(from, at + CONTEXT_TOKENS + 1);
  const figure = at - from;
  const head = headOf(tokenize(what.slice(0, CONTEXT_CHARS)));
  const noun = head ? lookupNoun(head.token.lower) : null;
  const eventHit = nearestEvent(tokens, figure);
  const located = !eventHit && !!head && isPerson(head.token.lower, noun) && locatedAfter(tokens, figure, head.token.text);
  const event = noun?.event ?? eventHit?.entry.event ?? (located ? PRESENCE_EVENT : "");
  if (!head) return { event, thing: NO_THING };
  const nationality = NATIONALITY.get(head.token.lower);
  // a noun the lexicon does not know keeps its written form
  const lemma = nationality ? personLemma(tokens) : (noun?.lemma ?? head.token.text);
  let attribute = nationality ?? attributeOfPhrase(head.before, head.after);
  if (!attribute) attribute = originAfter(tokens, figure, head.token.text);
  if (!attribute && eventHit?.entry.agentOwns) attribute = agentAttribute(tokens, figure);
  return { event, thing: { lemma, attribute } };
}

/** "Soldaten aus Nordkorea": an origin phrase right after the head in the sentence. */
function originAfter(tokens: Token[], figure: number, headText: string): string {
  for (let i = figure + 1; i < tokens.length - 1 && i <= figure + PARTICLE_WINDOW; i++) {
    if (tokens[i].text !== headText) continue;
    return ORIGIN_PREPS.has(tokens[i + 1].lower) ? sideOf(tokens[i + 2] ?? tokens[i + 1]) : "";
  }
  return "";
}

function isPerson(lower: string, noun: NounEntry | null): boolean {
  return NATIONALITY.has(lower) || !!noun?.person;
}

/**
 * People counted with a place right after them and no event word ("einige der 11.000 Soldaten im
 * Grenzgebiet Kursk …") are stated to be there: the presence event.
 */
function locatedAfter(tokens: Token[], figure: number, headText: string): boolean {
  for (let i = figure + 1; i < tokens.length - 1 && i <= figure + PARTICLE_WINDOW; i++) {
    if (tokens[i].text !== headText) continue;
    return PRESENCE_PREPS.has(tokens[i + 1].lower);
  }
  return false;
}

/** Index of the first token starting at or after `start` (the figure), by binary search. */
function tokenIndexAt(tokens: Token[], start: number, end: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length && tokens[lo].start < end ? lo : Math.max(0, lo - 1);
}

interface Head {
  token: Token;
  /** Words of the phrase before the head (adjectives: "nordkoreanische"). */
  before: Token[];
  /** Postmodifier after the head ("der russischen Streitkräfte", "aus Nordkorea"). */
  after: Token[];
}

/**
 * The head noun of a noun phrase: the last capitalised word before a postmodifier that follows a
 * noun ("Drohnen | der russischen Streitkräfte"); a phrase that starts with a preposition carries
 * a participle clause before its head ("in den Osten geschickten Nordkoreaner").
 */
function headOf(words: Token[]): Head | null {
  const list = words.filter((t) => t.kind === "w" || t.kind === "m" || t.text === "€" || t.text === "%" || t.text === "$");
  let head = -1;
  for (let i = 0; i < list.length; i++) {
    const t = list[i];
    if (head >= 0 && POSTMODIFIER.has(t.lower) && i > 0) break;
    if (isCap(t) || t.text === "€" || t.text === "%" || t.text === "$" || NOUN_FORMS.has(t.lower)) head = i;
  }
  if (head < 0) return null;
  return { token: list[head], before: list.slice(0, head), after: list.slice(head + 1) };
}

/** The noun entry of a word form, or of the base of a compound ("Kampfdrohnen" → Drohne). */
function lookupNoun(lower: string): NounEntry | null {
  const direct = NOUN_FORMS.get(lower);
  if (direct) return direct;
  const bare = lower.includes("-") ? lower.slice(lower.lastIndexOf("-") + 1) : lower;
  if (bare !== lower && NOUN_FORMS.has(bare)) return NOUN_FORMS.get(bare)!;
  for (let cut = 1; cut <= bare.length - MIN_COMPOUND_BASE; cut++) {
    const base = NOUN_FORMS.get(bare.slice(cut));
    if (base && !base.event) return base;
  }
  return null;
}

/** Nationality nouns count soldiers in a military sentence, people otherwise. */
function personLemma(tokens: Token[]): string {
  const military = tokens.some((t) => t.kind === "w" && MILITARY_CONTEXT_STEMS.some((stem) => t.lower.includes(stem)));
  return military ? "Soldat" : "Mensch";
}

/** Side named inside the noun phrase: an adjective before the head or a genitive/origin after it. */
function attributeOfPhrase(before: Token[], after: Token[]): string {
  for (let i = before.length - 1; i >= 0; i--) {
    const t = before[i];
    if (PLACE_PREPS.has(t.lower)) break; // "in den Osten Russlands geschickten": a destination
    const side = sideOf(t);
    if (side) return side;
  }
  for (const t of after) {
    if (PLACE_PREPS.has(t.lower) && !ORIGIN_PREPS.has(t.lower)) break; // "Soldaten in Kursk": a location
    const side = sideOf(t);
    if (side) return side;
  }
  return "";
}

/** Party code a word points to ("nordkoreanische" → KP); a stem for other countries ("polnisch"). */
function sideOf(t: Token): string {
  if (t.kind !== "w" && t.kind !== "m") return "";
  const party = wordParty(t.text);
  if (!party || party === "NONE") return "";
  if (party !== "OTHER") return party;
  return t.lower.replace(/(en|er|es|em|e)$/, "");
}

/**
 * The clause's agent owns what is deployed ("das isolierte Nordkorea entsandte 10.000 Soldaten"):
 * the first country word that is not inside a source attribution and not after a place preposition.
 */
function agentAttribute(tokens: Token[], figure: number): string {
  const attribution = attributionMask(tokens);
  for (let i = 0; i < tokens.length; i++) {
    if (i === figure || attribution[i]) continue;
    const t = tokens[i];
    if (!isCap(t)) continue;
    // "nach Russland", "im Gebiet Brjansk": a destination or location, not the agent
    if (previousWords(tokens, i, 2).some((w) => PLACE_PREPS.has(w.lower))) continue;
    const side = sideOf(t);
    if (side && side.length <= 4) return side;
  }
  return "";
}

function previousWords(tokens: Token[], i: number, count: number): Token[] {
  const words: Token[] = [];
  for (let j = i - 1; j >= 0 && words.length < count; j--) if (tokens[j].kind === "w") words.push(tokens[j]);
  return words;
}

/**
 * Tokens that belong to a source attribution: from "laut"/"Angaben" over articles, "und",
 * names and side adjectives up to the next other word; the words before a postposed "zufolge".
 */
function attributionMask(tokens: Token[]): boolean[] {
  const mask = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; i++) {
    if (!ATTRIBUTION.has(tokens[i].lower)) continue;
    mask[i] = true;
    if (POSTPOSED.has(tokens[i].lower)) {
      for (let j = Math.max(0, i - 3); j < i; j++) mask[j] = true;
      continue;
    }
    for (let j = i - 1; j >= 0 && j >= i - 2 && tokens[j].kind === "w" && !isCap(tokens[j]); j--) mask[j] = true;
    for (let j = i + 1; j < tokens.length; j++) {
      const t = tokens[j];
      const continues = t.kind === "p" ? t.text === "-" : isCap(t) || ATTRIBUTION_CONTINUES.has(t.lower) || !!wordParty(t.text);
      if (!continues) break;
      mask[j] = true;
    }
  }
  return mask;
}

interface EventHit {
  entry: EventEntry;
  distance: number;
}

/**
 * The event word nearest the figure; a word after it wins a tie (German puts the participle at the
 * end of the clause: "wurden 14 Menschen getötet und 53 verletzt").
 */
function nearestEvent(tokens: Token[], figure: number): EventHit | null {
  let best: EventHit | null = null;
  const consider = (entry: EventEntry, at: number): void => {
    const distance = Math.abs(at - figure) * 2 + (at < figure ? 1 : 0);
    if (!best || distance < best.distance) best = { entry, distance };
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== "w") continue;
    if (isCap(t)) {
      // an event noun elsewhere in the sentence: "Unter den Verletzten seien vier Mitarbeiter"
      const noun = i !== figure ? NOUN_FORMS.get(t.lower) : undefined;
      if (noun?.event) consider(EVENT_BY_NAME.get(noun.event)!, i);
      continue;
    }
    for (const form of EVENT_FORMS.get(t.lower) ?? []) {
      if (matchesWords(tokens, i, form.words)) consider(form.entry, i);
    }
    for (const { particle, entry } of SEPARABLE_STEMS.get(t.lower) ?? []) {
      const at = particleAfter(tokens, i, particle);
      if (at >= 0) consider(entry, at);
    }
  }
  return best;
}

function matchesWords(tokens: Token[], at: number, words: string[]): boolean {
  let i = at;
  for (const word of words) {
    while (i < tokens.length && tokens[i].kind !== "w") i++;
    if (i >= tokens.length || tokens[i].lower !== word) return false;
    i++;
  }
  return true;
}

/** Position of a separable particle closing the clause after its finite verb, or -1. */
function particleAfter(tokens: Token[], from: number, particle: string): number {
  for (let j = from + 1; j < tokens.length && j <= from + PARTICLE_WINDOW * 2; j++) {
    const t = tokens[j];
    if (t.kind === "p" && t.text !== "-" && t.text !== ".") {
      if (t.text === "," || t.text === ";") return -1;
      continue;
    }
    if (t.lower !== particle) continue;
    const next = tokens[j + 1];
    if (!next || next.kind === "p") return j;
  }
  return -1;
}
