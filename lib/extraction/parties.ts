// Party cues: which side a word points to. Used for unknown speakers ("ein Sprecher der
// ukrainischen Armee"), unnamed sides ("nach russischen Angaben", "Kiew zufolge") and for places
// that tell whose governor, mayor or rescue service speaks ("Gouverneur der Region" after
// "Angriffe auf Charkiw"). Lexicons of stems, capitals and places; no per-article rules.

import type { Party } from "./types";
import {
  HYPHEN_INFIX_STEMS,
  PARTY_STEMS as PARTY_STEM_LISTS,
  PLACES as PLACE_LISTS,
  SHORT_SIDE_WORDS,
} from "./lexicon/party-words";

/**
 * Memo for per-word lookups (bounded: cleared when large, so memory stays flat). A hit costs one
 * lookup (get; has only when the stored answer may be undefined), not has + get.
 */
function memoWord<T>(fn: (w: string) => T, limit = 50_000): (w: string) => T {
  let cache = new Map<string, T>();
  return (w: string): T => {
    const hit = cache.get(w);
    if (hit !== undefined || cache.has(w)) return hit as T;
    const v = fn(w);
    if (cache.size >= limit) cache = new Map();
    cache.set(w, v);
    return v;
  };
}

/** Stems of adjectives/prefixes and names that point to a party (lower-case, matched as prefix). */
const PARTY_STEMS: readonly [string, Party][] = PARTY_STEM_LISTS.flatMap(([party, stems]) =>
  stems.map((stem): [string, Party] => [stem, party as Party]),
);

/** Places by party (cities, regions, oblasts), lower-case. Inflected genitive "-s" is accepted. */
export const PLACE_PARTY: ReadonlyMap<string, Party> = new Map<string, Party>(
  PLACE_LISTS.flatMap(([party, places]) => places.map((place): [string, Party] => [place, party as Party])),
);

/** First words of multi-word places ("krywyj" of "Krywyj Rih"): only these trigger a two-word lookup. */
export const MULTIWORD_PLACE_HEADS: ReadonlySet<string> = new Set(
  [...PLACE_PARTY.keys()].filter((k) => k.includes(" ")).map((k) => k.split(" ")[0]),
);

/** Party of the place a token names, cached on its Word (asked for by several rules). */
export function tokenPlaceParty(token: { text: string; word?: { placeParty: Party | null | undefined } }): Party | null {
  const w = token.word;
  if (!w) return placeParty(token.text);
  if (w.placeParty === undefined) w.placeParty = placeParty(token.text);
  return w.placeParty;
}

/** Party of a place name (lower-case, genitive "-s" tolerated); null when unknown. */
export const placeParty = memoWord(placePartyRaw);

function placePartyRaw(word: string): Party | null {
  const w = word.toLowerCase();
  const p = PLACE_PARTY.get(w);
  if (p) return p;
  if (w.endsWith("s")) return PLACE_PARTY.get(w.slice(0, -1)) ?? null;
  return null;
}

/** Party cue of a single word (adjective, prefix, capital); null when it carries none. */
export const wordParty = memoWord(wordPartyRaw);

/** Whole short words that name a side ("eu", "usa"). */
const SHORT_SIDES: ReadonlyMap<string, Party> = new Map(
  SHORT_SIDE_WORDS.flatMap(([party, words]) => words.map((w): [string, Party] => [w, party as Party])),
);
/** "-bundes" inside a compound → DE. */
const HYPHEN_INFIXES: readonly [string, Party][] = HYPHEN_INFIX_STEMS.flatMap(([party, stems]) =>
  stems.map((stem): [string, Party] => [`-${stem}`, party as Party]),
);

function wordPartyRaw(word: string): Party | null {
  const w = word.toLowerCase();
  const short = SHORT_SIDES.get(w);
  if (short) return short;
  for (const [stem, party] of PARTY_STEMS) {
    if (stem.length <= 3 && !stem.endsWith("-")) continue; // a short stem counts only as a whole word (above)
    if (w.startsWith(stem)) return party;
  }
  for (const [infix, party] of HYPHEN_INFIXES) if (w.includes(infix)) return party;
  // a place: "Saporischschja" in "Gouverneur von Saporischschja"
  return placeParty(w);
}

/** First party cue in a list of words. */
export function partyOfWords(words: readonly string[]): Party | null {
  for (const w of words) {
    const p = wordParty(w);
    if (p) return p;
  }
  return null;
}

/** Name of an unnamed side ("nach ukrainischen Angaben" → "Ukraine"). */
export const SIDE_NAMES: Record<Party, string> = {
  UA: "Ukraine",
  RU: "Russland",
  KP: "Nordkorea",
  US: "USA",
  NATO: "Nato",
  EU: "EU",
  DE: "Deutschland",
  OTHER: "",
  NONE: "",
};

/** Adjective stem used to name a party's bodies ("Ukrainisch" + "es Militär"). */
export const PARTY_ADJECTIVE: Partial<Record<Party, string>> = {
  UA: "Ukrainisch",
  RU: "Russisch",
  KP: "Nordkoreanisch",
  DE: "Deutsch",
};

/** Compound prefix used instead of an adjective ("US-Regierung", "Nato-Militär", "EU-Kommission"). */
export const PARTY_PREFIX: Partial<Record<Party, string>> = { US: "US-", NATO: "Nato-", EU: "EU-" };
