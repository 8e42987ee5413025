// Attribution: who a figure comes from. This module holds the speaker side – noun phrases
// resolved through the gazetteer, role nouns (resolved to the person or body named earlier in the
// text, or named "Gouverneur von <Ort>"), body nouns named with their party ("Ukrainischer
// Rettungsdienst"), unknown speakers kept as written – and the text-wide coreference memory
// (AttributionContext). The cue rules that find a speaker live one per module in
// lib/extraction/rules/ (registry: rules/index.ts); their word lists in lib/extraction/lexicon/;
// the party a claim finally gets is decided in lib/extraction/party-resolution.ts.

import type { ActorKind, Party } from "./types";
import { Token, isCap as importedIsCap, isLowerWord, OPEN_QUOTES, ruleWordToken } from "./tokens";
import {
  ActorMatcher,
  ActorMatch,
  bodyName,
  bodyNameWithAdjective,
  bodyNoun,
  tokenBody,
  tokenRole,
  memo,
  personRole,
  PERSON_ROLES,
  NAMED_AS_WRITTEN,
} from "./actors";
import {
  partyOfWords,
  placeParty,
  tokenPlaceParty,
  wordParty,
  SIDE_NAMES,
  PARTY_ADJECTIVE,
  PARTY_PREFIX,
  MULTIWORD_PLACE_HEADS,
} from "./parties";
import {
  ARTICLES,
  BACK_REFERENCE_PRONOUNS,
  BODY_PLACE_PREPOSITIONS,
  CONTINUATION_ADVERBS,
  COUNTRY_NAMES,
  DOMAIN_PREPOSITIONS,
  GENERIC_BODY_NOUNS,
  GENITIVE_ARTICLES,
  LOCATIVE_PREPOSITIONS,
  MASCULINE_GENITIVE_ARTICLES,
  PLURAL_ARTICLES,
  POSSESSIVE_PRONOUNS,
  PRONOUN_SUBJECTS,
  ROLE_FALLBACKS,
  SEAT_PREPOSITIONS,
  DESCRIPTIVE_ROLES,
  DETERMINERS,
  GERMAN_PARTY_TAGS,
  LOCAL_BODIES,
  LOCAL_ROLES,
  NOT_SPEAKER_HEADS,
  PREPOSITIONS,
  PRONOUNS,
  REPORTED_SPEECH,
  SOURCE_DOCUMENTS,
  SPEECH_VERBS,
} from "./lexicon";
import {
  COUNTRY_ADJECTIVES,
  FEMININE_HEAD_ENDINGS,
  GERMAN_AUTHORITY_ENDINGS,
  GERMAN_INSTITUTION_PARTS,
  GERMAN_INSTITUTION_PREFIXES,
  GERMAN_INSTITUTION_WORDS,
  GERMAN_STATE_PREFIXES,
  HEADLINE_BODY_ENDINGS,
  NATIONALITY_PERSON_NOUNS,
  NEUTER_HEAD_ENDINGS,
  NON_STATE_PREFIXES,
  OFFICIAL_HEAD_ENDINGS,
  POSSESSED_SPEAKER_NOUNS,
  SOURCE_ADJECTIVE_PREFIXES,
} from "./lexicon/speaker-words";
// Bound once: tsx compiles every use of an imported binding into two getter calls (these run per token).
const isCap = importedIsCap;

export { SPEECH_VERBS, REPORTED_SPEECH } from "./lexicon";

export interface ResolvedActor {
  name: string;
  party: Party;
  official: boolean;
  kind: ActorKind;
  /** Role heads this actor can be referred to by ("präsident", "gouverneur", "verteidigungsministerium"). */
  roles: string[];
  /** How the actor was resolved, for the explanation. */
  how: string;
}

export interface Cue {
  /** Id of the cue rule that found it (lib/extraction/rules/), named in the claim's explanation. */
  rule: string;
  kind: "verb" | "prep" | "side" | "own" | "colon" | "so" | "pronoun";
  /** Token span of the cue in the sentence. */
  first: number;
  last: number;
  actor: ResolvedActor | null;
  /** Further sources of a coordinated cue ("nach Angaben der US-Regierung und der Ukraine"). */
  co: ResolvedActor[];
  /** German description of the cue family. */
  label: string;
  /** Token of the verb or preposition (distance to the number is measured from here). */
  anchor: number;
  /** The speaker was guessed (nearest phrase, not in subject position): reported speech wins. */
  weak?: boolean;
  /** "unter Berufung auf X": X is the origin of what the reporter carries. */
  origin?: boolean;
  /** Verb of promise/announcement ("zugesagt"): inside reported speech it is content, not a cue. */
  pledge?: boolean;
  /** For verb cues whose speaker phrase alone is the cue text (speaker before a late verb). */
  npFirst?: number;
  npLast?: number;
}

const GERMAN_INSTITUTION_WORD_SET: ReadonlySet<string> = new Set(GERMAN_INSTITUTION_WORDS);
const LOWER_LETTERS = /^[a-zäöüß]+$/;

/** A federal or state body by its name: "bundes…"/"landes…" with an authority ending, letters only. */
function isGermanStateAuthority(w: string): boolean {
  if (!LOWER_LETTERS.test(w)) return false;
  return GERMAN_STATE_PREFIXES.some(
    (prefix) =>
      w.startsWith(prefix) &&
      GERMAN_AUTHORITY_ENDINGS.some((ending) => w.endsWith(ending) && w.length >= prefix.length + ending.length),
  );
}

/** A body that exists only in the German state ("Landkreis", "Jobcenter", "Sozialdezernentin"). */
function isGermanInstitution(w: string): boolean {
  return (
    GERMAN_INSTITUTION_WORD_SET.has(w) ||
    GERMAN_INSTITUTION_PREFIXES.some((prefix) => w.startsWith(prefix)) ||
    GERMAN_INSTITUTION_PARTS.some((part) => w.includes(part)) ||
    isGermanStateAuthority(w)
  );
}

/** "DE" for a body of the German state (memoised per word: asked for every role and body phrase). */
export const germanInstitution = memo((word: string): Party | null => {
  const w = word.toLowerCase();
  return isGermanInstitution(w) || isGermanInstitution(w.replace(/(es|s|n|en)$/, "")) ? "DE" : null;
});

/** Konjunktiv I of "-ieren" verbs ("produziere", "kontrolliere") is unambiguous. */
const KONJ_IERE = /[a-zäöüß]{3}iere$/;

/** Role heads named in an entry's aliases, computed once per alias list (not once per text). */
const aliasRoles = new WeakMap<string[], string[]>();
function rolesOfAliases(aliases: string[]): string[] {
  let r = aliasRoles.get(aliases);
  if (!r) {
    const set = new Set<string>();
    for (const a of aliases) {
      for (const w of a.split(/\s+/)) {
        if (!w || w[0] === w[0].toLowerCase()) continue;
        const role = personRole(w);
        if (role) set.add(role.suffix);
      }
    }
    r = [...set];
    aliasRoles.set(aliases, r);
  }
  return r;
}

// The lookups below walk up to 64 remembered actors per phrase: an actor's lower-case name and its
// words are computed once per name, not once per actor and lookup (bounded caches, cleared when full).
const lowerNames = new Map<string, string>();
const lowerWordsOfNames = new Map<string, readonly string[]>();
const NAME_CACHE_LIMIT = 20_000;

function lowerName(name: string): string {
  let lower = lowerNames.get(name);
  if (lower === undefined) {
    lower = name.toLowerCase();
    if (lowerNames.size >= NAME_CACHE_LIMIT) lowerNames.clear();
    lowerNames.set(name, lower);
  }
  return lower;
}

/** The words of a name in lower case (split at white space). */
function lowerNameWords(name: string): readonly string[] {
  let words = lowerWordsOfNames.get(name);
  if (words === undefined) {
    words = lowerName(name).split(/\s+/);
    if (lowerWordsOfNames.size >= NAME_CACHE_LIMIT) lowerWordsOfNames.clear();
    lowerWordsOfNames.set(name, words);
  }
  return words;
}

// ---------------------------------------------------------------------------------------------
// Context shared across the sentences of one text

export class AttributionContext {
  readonly matcher: ActorMatcher;
  /** Recently mentioned actors, most recent last (bounded). */
  private recent: ResolvedActor[] = [];
  /** Places in order of mention with their paragraph index (bounded). */
  private places: { name: string; party: Party; para: number }[] = [];
  /** Role heads of gazetteer entries, computed lazily. */
  private entryRoles = new Map<string, string[]>();

  constructor(matcher: ActorMatcher) {
    this.matcher = matcher;
  }

  rolesOfEntry(name: string, aliases: string[]): string[] {
    let r = this.entryRoles.get(name);
    if (!r) {
      r = rolesOfAliases(aliases);
      this.entryRoles.set(name, r);
    }
    return r;
  }

  remember(a: ResolvedActor): void {
    this.recent.push(a);
    if (this.recent.length > 64) this.recent.shift();
  }

  /** Most recent actor that has this role head (or whose name ends in the body noun). */
  findByRole(role: string): ResolvedActor | null {
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const a = this.recent[i];
      if (a.roles.includes(role)) return a;
    }
    return null;
  }

  findByNameSuffix(suffix: string): ResolvedActor | null {
    const s = suffix.toLowerCase();
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const a = this.recent[i];
      if (a.kind !== "PERSON" && lowerName(a.name).endsWith(s) && a.party !== "OTHER") return a;
    }
    return null;
  }

  /** Most recent actor one of whose name words ends in `head` ("Mission" → "UN-Menschenrechtsmission"). */
  findByHead(head: string): ResolvedActor | null {
    const h = head.toLowerCase();
    if (h.length < 4) return null;
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const a = this.recent[i];
      if (a.kind === "PERSON") continue;
      for (const w of lowerNameWords(a.name)) if (w.endsWith(h)) return a;
    }
    return null;
  }

  /** Most recent person whose last name is `name` ("Kroll" → "Sabine Kroll"). */
  findPersonByLastName(name: string): ResolvedActor | null {
    const n = name.toLowerCase();
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const a = this.recent[i];
      if (a.kind !== "PERSON") continue;
      const ws = lowerNameWords(a.name);
      if (ws.length >= 2 && ws[ws.length - 1] === n) return a;
    }
    return null;
  }

  /** The most recent non-governmental organisation (think tank, institute, charity). */
  findRecentGroup(): ResolvedActor | null {
    for (let i = this.recent.length - 1; i >= Math.max(0, this.recent.length - 8); i--) {
      const a = this.recent[i];
      if (a.kind === "GROUP") return a;
    }
    return null;
  }

  /** A person mentioned after the (non-person) actor `name`, most recent first. */
  personAfter(name: string): ResolvedActor | null {
    for (let i = this.recent.length - 1; i >= Math.max(0, this.recent.length - 8); i--) {
      const a = this.recent[i];
      if (a.name === name) return null;
      if (a.kind === "PERSON") return a;
    }
    return null;
  }

  /** The person mentioned last (for pronouns without a speaker in the paragraph). */
  recentPerson(): ResolvedActor | null {
    for (let i = this.recent.length - 1; i >= Math.max(0, this.recent.length - 8); i--) {
      if (this.recent[i].kind === "PERSON") return this.recent[i];
    }
    return null;
  }

  /** Party of the most recent official actor of a named side (not OTHER). */
  recentOfficialParty(): Party | null {
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const a = this.recent[i];
      if (a.official && a.party !== "OTHER" && a.party !== "NONE") return a.party;
    }
    return null;
  }

  addPlace(name: string, party: Party, para: number): void {
    this.places.push({ name, party, para });
    if (this.places.length > 64) this.places.shift();
  }

  /** Most recent place of the same paragraph or of up to 3 earlier ones. */
  recentPlace(para: number): { name: string; party: Party } | null {
    for (let i = this.places.length - 1; i >= 0; i--) {
      const p = this.places[i];
      if (p.para <= para && para - p.para <= 3) return p;
    }
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Noun phrases

export interface NP {
  first: number;
  last: number;
  actor: ResolvedActor | null;
  pronoun?: boolean;
  /** Preposition directly governs the phrase ("in Kiew"): not a subject. */
  governed: boolean;
}

export function fromEntry(ctx: AttributionContext, m: ActorMatch, how: string): ResolvedActor {
  const e = m.entry;
  return {
    name: e.canonicalName,
    party: e.party,
    official: e.official,
    kind: e.kind,
    roles: ctx.rolesOfEntry(e.canonicalName, e.aliases),
    how: m.fuzzy ? `${how} (Schreibvariante toleriert)` : how,
  };
}

/** Ends in an adjective ending: -e, -en, -er, -es, -em (what /(e|en|er|es|em)$/ tests, without a regex: asked per word). */
function hasAdjectiveEnding(lower: string): boolean {
  const n = lower.length;
  const last = lower.charCodeAt(n - 1);
  if (last === 101) return true; // e
  return n >= 2 && lower.charCodeAt(n - 2) === 101 && (last === 110 || last === 114 || last === 115 || last === 109); // n r s m
}

const HYPHENATED_ISCH_ADJECTIVE = /-[a-zäöü]*isch(e|en|er|es|em)?$/;

// Word-class bits of a word (wordFlags): the questions the NP parser asks of every word, answered
// once per distinct word instead of once per occurrence and phrase.
const DETERMINER_BIT = 1;
const PRONOUN_BIT = 2;
const PREPOSITION_BIT = 4;
const ADJECTIVE_BIT = 8;
const CITY_ADJECTIVE_BIT = 16;
/** Capitalised word that would be an adjective when it opens the sentence (see isInitialAdjective). */
const INITIAL_ADJECTIVE_BIT = 32;
const INITIAL_ADJECTIVE_ENDING = /(isch|ig|lich)(e|en|er|es|em)$/;

function computeWordFlags(t: Token): number {
  let flags = 0;
  if (DETERMINERS.has(t.lower)) flags |= DETERMINER_BIT;
  if (PRONOUNS.has(t.lower)) flags |= PRONOUN_BIT;
  if (PREPOSITIONS.has(t.lower)) flags |= PREPOSITION_BIT;
  if (
    t.kind === "w" &&
    ((isLowerWord(t) && hasAdjectiveEnding(t.lower) && !DETERMINERS.has(t.lower) && !PRONOUNS.has(t.lower)) ||
      (isCap(t) && t.text.includes("-") && HYPHENATED_ISCH_ADJECTIVE.test(t.text)))
  )
    flags |= ADJECTIVE_BIT;
  if (isCap(t) && t.lower.endsWith("er") && t.lower.length > 4 && wordParty(t.text) !== null) flags |= CITY_ADJECTIVE_BIT;
  if (
    isCap(t) &&
    (SOURCE_ADJECTIVE_PREFIXES.some((prefix) => t.lower.startsWith(prefix)) || INITIAL_ADJECTIVE_ENDING.test(t.lower))
  )
    flags |= INITIAL_ADJECTIVE_BIT;
  return flags;
}

/** The word-class bits of a token, kept on its Word (they depend on the written form alone). */
function wordFlags(t: Token): number {
  const w = t.word;
  if (!w) return computeWordFlags(t);
  if (w.attributionFlags < 0) w.attributionFlags = computeWordFlags(t);
  return w.attributionFlags;
}

export const isAdjective = (t: Token | undefined): boolean => !!t && (wordFlags(t) & ADJECTIVE_BIT) !== 0;

/** An adjective capitalised because it opens the sentence ("Ukrainischen Angaben zufolge"). */
export const isInitialAdjective = (tokens: Token[], k: number): boolean =>
  (k === 0 || (k > 0 && OPEN_QUOTES.has(tokens[k - 1].text))) &&
  tokens[k] !== undefined &&
  (wordFlags(tokens[k]) & INITIAL_ADJECTIVE_BIT) !== 0;

/** "Moskauer", "Kiewer", "Berliner": capitalised adjectives of capitals that point to a party. */
export const isCityAdjective = (t: Token | undefined): boolean => !!t && (wordFlags(t) & CITY_ADJECTIVE_BIT) !== 0;

export function capSeq(tokens: Token[], j: number, max: number): number {
  // consecutive capitalised words that are not role or body nouns (a person's name)
  let k = j;
  while (
    k < tokens.length &&
    k - j < max &&
    isCap(tokens[k]) &&
    !tokenBody(tokens[k]) &&
    !tokenRole(tokens[k]) &&
    !SOURCE_DOCUMENTS.has(tokens[k].lower)
  )
    k++;
  return k - 1;
}

/** Place of one or two tokens at k ("Krywyj Rih", "Rostow am Don" is matched by its first word). */
function placeAt(tokens: Token[], k: number): { name: string; party: Party; len: number } | null {
  const t = tokens[k];
  if (!t || !isCap(t)) return null;
  const n = tokens[k + 1];
  if (n && n.kind === "w" && n.start - t.end === 1 && MULTIWORD_PLACE_HEADS.has(t.lower)) {
    const two = placeParty(t.text + " " + n.text);
    if (two) return { name: t.text + " " + placeLemma(n.text), party: two, len: 2 };
  }
  const p = tokenPlaceParty(t);
  return p ? { name: placeLemma(t.text), party: p, len: 1 } : null;
}

/** First city/region in tokens[from..to]; a country name only when no city or region is named. */
function placeOf(tokens: Token[], from: number, to: number, allowCountry = true): { name: string; party: Party } | null {
  let country: { name: string; party: Party } | null = null;
  for (let k = from; k <= to && k < tokens.length; k++) {
    if (!isCap(tokens[k])) continue;
    const two = placeAt(tokens, k);
    if (two && two.len === 2) return { name: two.name, party: two.party };
    const p = tokenPlaceParty(tokens[k]);
    if (!p) continue;
    if (COUNTRY_NAMES.has(tokens[k].lower)) {
      if (!country) country = { name: placeLemma(tokens[k].text), party: p };
      continue;
    }
    return { name: placeLemma(tokens[k].text), party: p };
  }
  return allowCountry ? country : null;
}

function placeLemma(w: string): string {
  if (placeParty(w) && w.endsWith("s") && placeParty(w.slice(0, -1))) {
    // "Charkiws" → "Charkiw" unless the place itself ends in s ("Sumy" does not, "Odessa" does not)
    return w.slice(0, -1);
  }
  return w;
}

/**
 * Parse a speaker noun phrase starting at token i. Returns null unless the phrase is an actor:
 * a gazetteer entry, a role noun (with or without a name), or a body noun.
 */
export function parseNP(
  tokens: Token[],
  i: number,
  ctx: AttributionContext,
  para: number,
  sentFirstPlace: { name: string; party: Party } | null,
): NP | null {
  const t0 = tokens[i];
  if (!t0 || t0.kind !== "w") return null;
  const flags0 = wordFlags(t0);
  const governed = i > 0 && (wordFlags(tokens[i - 1]) & PREPOSITION_BIT) !== 0;
  if ((flags0 & PRONOUN_BIT) !== 0 && !(tokens[i + 1] && isCap(tokens[i + 1]) && POSSESSIVE_PRONOUNS.has(t0.lower))) {
    return { first: i, last: i, actor: null, pronoun: true, governed };
  }
  let j = i;
  if ((flags0 & DETERMINER_BIT) !== 0) j++;
  // genitive country before the head: "Südkoreas Generalstab", "Russlands Armee"
  let possParty: Party | null = null;
  let possAdj: string | null = null;
  const t1 = tokens[i + 1];
  if (
    j === i &&
    isCap(t0) &&
    t0.lower.endsWith("s") &&
    t0.lower.length > 4 &&
    t1 &&
    isCap(t1) &&
    (tokenBody(t1) || tokenRole(t1))
  ) {
    const pp = wordParty(t0.text.slice(0, -1)) ?? placeParty(t0.text);
    const pm = ctx.matcher.matchAt(tokens, i);
    if (pp && (!pm || pm.entry.kind !== "PERSON")) {
      possParty = pp;
      possAdj = COUNTRY_ADJECTIVE.get(t0.lower.slice(0, -1)) ?? null;
      j = i + 1;
    }
  }
  const adjStart = j;
  while (
    j < tokens.length &&
    j - adjStart < 4 &&
    (isAdjective(tokens[j]) || isInitialAdjective(tokens, j) || (isCityAdjective(tokens[j]) && isCap(tokens[j + 1])))
  )
    j++;
  // gazetteer (aliases may start with an adjective: "ukrainischer Präsident")
  let gm = ctx.matcher.matchAt(tokens, adjStart);
  if (j !== adjStart) {
    const m = ctx.matcher.matchAt(tokens, j);
    if (m && (!gm || m.last > gm.last)) gm = m;
  }
  if (
    gm &&
    gm.entry.kind === "PERSON" &&
    gm.last === gm.first &&
    /s$/.test(tokens[gm.last].text) &&
    tokens[gm.last + 1] &&
    isCap(tokens[gm.last + 1]) &&
    POSSESSED.has(tokens[gm.last + 1].lower)
  ) {
    // "Selenskyjs Büro", "Putins Sprecher": the possessor's side
    const owner = fromEntry(ctx, gm, "Akteursverzeichnis");
    const noun = tokens[gm.last + 1].text;
    return {
      first: i,
      last: gm.last + 1,
      governed,
      actor: {
        ...owner,
        name: `${noun} von ${owner.name}`,
        kind: "BODY",
        roles: [noun.toLowerCase()],
        how: `${owner.how}; Possessiv „${tokens[gm.last].text} ${noun}“`,
      },
    };
  }
  if (gm) {
    let last = gm.last;
    let actor = fromEntry(ctx, gm, "Akteursverzeichnis");
    // role alias followed by the person's name: "der ukrainische Präsident Wolodymyr Selenskyj"
    const nm = ctx.matcher.matchAt(tokens, last + 1);
    const tl = tokens[gm.last];
    if (nm && nm.entry.kind === "PERSON") {
      actor = fromEntry(ctx, nm, "Akteursverzeichnis");
      last = nm.last;
    } else if (gm.entry.kind !== "PERSON" && tokenRole(tl) && capSeq(tokens, last + 1, 3) >= last + 2) {
      // "die russische Menschenrechtsbeauftragte Tatjana Moskalkowa": a person not in the gazetteer
      const e = capSeq(tokens, last + 1, 3);
      actor = {
        name: tokensText(tokens, last + 1, e),
        party: gm.entry.party,
        official: gm.entry.official,
        kind: "PERSON",
        roles: [tokenRole(tl)!.suffix],
        how: `unbekannte Person mit Rolle „${tl.text}“`,
      };
      last = e;
    } else if (gm.entry.kind !== "PERSON" && tokenRole(tokens[gm.last]) === null) {
      // body followed by nothing special
    }
    return { first: i, last, actor, governed };
  }
  const head = tokens[j];
  if (!head || !isCap(head)) return null;
  const role = tokenRole(head);
  const body = role ? null : tokenBody(head);
  if (!role && !body) return null;
  // the attributes and the head as written, for the party of their words ("ukrainische Armee")
  const adjAndHead: string[] = [];
  for (let k = adjStart; k <= j; k++) adjAndHead.push(tokens[k].text);
  let last = j;
  if (body) {
    const nm = ctx.matcher.matchAt(tokens, j + 1);
    if (nm && nm.entry.kind !== "PERSON") {
      return { first: i, last: nm.last, actor: fromEntry(ctx, nm, "Akteursverzeichnis (Name nach Bezeichnung)"), governed };
    }
  }
  // name right after the role noun: "Ministeriumssprecher Erik Muster", "Präsident Selenskyj"
  let nameActor: ResolvedActor | null = null;
  let nameText = "";
  if (role) {
    const nm = ctx.matcher.matchAt(tokens, j + 1);
    if (nm && nm.entry.kind === "PERSON") {
      nameActor = fromEntry(ctx, nm, "Akteursverzeichnis (Name nach Rollenbezeichnung)");
      last = nm.last;
    } else {
      const e = capSeq(tokens, j + 1, 3);
      if (e > j && e - j >= 2) {
        // at least two capitalised tokens: first and last name
        nameText = tokensText(tokens, j + 1, e);
        last = e;
      }
    }
  }
  // genitive complement: "der Region", "der ukrainischen Hauptstadt", "des Verteidigungsministeriums"
  const complWords: string[] = [];
  let complPlace: { name: string; party: Party } | null = null;
  let complActor: ResolvedActor | null = null;
  {
    const g = tokens[last + 1];
    if (g && GENITIVE_ARTICLES.has(g.lower)) {
      let k = last + 2;
      const ks = k;
      while (k < tokens.length && k - ks < 3 && isAdjective(tokens[k])) k++;
      if (tokens[k] && isCap(tokens[k])) {
        const cm = ctx.matcher.matchAt(tokens, ks);
        if (cm) {
          complActor = fromEntry(ctx, cm, "Akteursverzeichnis");
          k = Math.max(k, cm.last);
        }
        // a place or name right after the complement noun: "der Region Kursk", "der Stadt Sumy"
        for (
          let extra = 0;
          extra < 2 && tokens[k + 1] && isCap(tokens[k + 1]) && (placeParty(tokens[k + 1].text) || wordParty(tokens[k + 1].text));
          extra++
        )
          k++;
        for (let c = ks; c <= k; c++) complWords.push(tokens[c].text);
        complPlace = placeOf(tokens, ks, k);
        last = k;
      }
    }
  }
  // location: "in Moskau", "von Charkiw", "aus Kiew"
  let locPlace: { name: string; party: Party } | null = null;
  {
    const l = tokens[last + 1];
    const pl = tokens[last + 2];
    if (l && BODY_PLACE_PREPOSITIONS.has(l.lower) && pl && isCap(pl)) {
      const at = placeAt(tokens, last + 2);
      const pp = at?.party ?? wordParty(pl.text);
      if (pp) {
        locPlace = { name: at ? at.name : placeLemma(pl.text), party: pp };
        last += 1 + (at ? at.len : 1);
      }
    }
  }
  // apposition: ", Vorname Name," after the role phrase
  if (role && !nameActor && !nameText) {
    const c = tokens[last + 1];
    if (c && c.text === ",") {
      const nm = ctx.matcher.matchAt(tokens, last + 2);
      if (nm && nm.entry.kind === "PERSON") {
        nameActor = fromEntry(ctx, nm, "Akteursverzeichnis (Apposition)");
        last = nm.last;
      } else {
        const e = capSeq(tokens, last + 2, 3);
        const after = tokens[e + 1];
        if (e >= last + 3 && (!after || after.text === "," || after.text === "." || (after.kind === "w" && isLowerWord(after)))) {
          nameText = tokensText(tokens, last + 2, e);
          last = e;
        }
      }
    }
  }

  // German party tag after a name: "Erika Muster (CDU)"
  let tagParty: Party | null = null;
  if (tokens[last + 1]?.text === "(" && tokens[last + 3]?.text === ")" && GERMAN_PARTY_TAGS.has(tokens[last + 2]?.lower ?? "")) {
    tagParty = "DE";
    last += 3;
  }
  // employer compound: "Ukrenergo-Chef", "Gazprom-Sprecher", "Nato-Sprecherin"
  let employerParty: Party | null = null;
  if (head.text.includes("-")) {
    const pre = head.text.slice(0, head.text.lastIndexOf("-"));
    const fake: Token[] = [ruleWordToken(head.start, head.start + pre.length, pre, true)];
    const em = ctx.matcher.matchAt(fake, 0);
    employerParty = em && em.entry.kind !== "PERSON" ? em.entry.party : wordParty(pre);
  }
  let partyCue =
    possParty ??
    tagParty ??
    employerParty ??
    partyOfWords(adjAndHead) ??
    germanInstitution(head.text) ??
    (complActor && complActor.party !== "OTHER" ? complActor.party : null) ??
    partyOfWords(complWords) ??
    locPlace?.party ??
    null;
  if (
    !partyCue &&
    role &&
    complWords.length &&
    bodyNoun(complWords[complWords.length - 1]) &&
    !NAMED_AS_WRITTEN.has(bodyNoun(complWords[complWords.length - 1])!.noun)
  ) {
    // "ein Sprecher der Luftwaffe": the body's side from the context, as for the body itself
    partyCue = ctx.recentOfficialParty() ?? sentenceCountry(tokens)?.party ?? null;
  }

  if (nameActor) {
    return {
      first: i,
      last,
      actor: { ...nameActor, roles: [...new Set([...nameActor.roles, ...(role ? [role.suffix] : [])])] },
      governed,
    };
  }
  if (role) {
    const roleWord = roleWordOf(head.text);
    if (nameText) {
      const party = partyCue ?? (role.official ? (sentFirstPlace?.party ?? null) : null) ?? "OTHER";
      return {
        first: i,
        last,
        governed,
        actor: {
          name: nameText,
          party,
          official: role.official,
          kind: "PERSON",
          roles: [role.suffix],
          how: `unbekannte Person mit Rolle „${roleWord}“`,
        },
      };
    }
    // coreference: "der Präsident", "der Gouverneur der Region", "der Staatschef"
    const fallback = ROLE_FALLBACKS.get(role.suffix);
    const co = ctx.findByRole(role.suffix) ?? (fallback ? ctx.findByRole(fallback) : null);
    if (co && (!partyCue || co.party === partyCue)) {
      return { first: i, last, governed, actor: { ...co, how: `Rollenbezeichnung „${roleWord}“ → zuvor genannt` } };
    }
    if (DESCRIPTIVE_ROLES.has(role.suffix) && complWords.length === 0) {
      // "die Grünen-Politikerin", "der Minister": the person named just before, if the side fits
      const rp = ctx.recentPerson();
      if (rp && (!partyCue || rp.party === partyCue)) {
        return { first: i, last, governed, actor: { ...rp, how: `Beschreibung „${roleWord}“ → zuvor genannte Person` } };
      }
    }
    if (LOCAL_ROLES.has(role.suffix)) {
      const place = complPlace ?? locPlace ?? sentFirstPlace ?? ctx.recentPlace(para) ?? sentenceCountry(tokens);
      if (place) {
        return {
          first: i,
          last,
          governed,
          actor: {
            name: `${capitalize(stripRoleInflection(roleWord))} von ${place.name}`,
            party: place.party,
            official: true,
            kind: "PERSON",
            roles: [role.suffix],
            how: `Rolle „${roleWord}“ mit Ort aus dem Kontext`,
          },
        };
      }
    }
    const text = tokensText(tokens, DETERMINERS.has(t0.lower) ? i + 1 : i, last);
    return {
      first: i,
      last,
      governed,
      actor: {
        name: text,
        party: partyCue ?? "OTHER",
        official: role.official,
        kind: "PERSON",
        roles: [role.suffix],
        how: "unbekannter Sprecher (Rollenbezeichnung)",
      },
    };
  }
  // body noun
  const b = body!;
  const lemma = capitalize(b.lemma);
  if (NAMED_AS_WRITTEN.has(b.noun)) {
    // "des Kiewer Instituts für Soziologie" → "Kiewer Institut für Soziologie"
    let end = last;
    const f = tokens[end + 1];
    if (f && DOMAIN_PREPOSITIONS.has(f.lower) && tokens[end + 2] && isCap(tokens[end + 2])) end += 2;
    const name = tokensText(tokens, DETERMINERS.has(t0.lower) ? i + 1 : i, end, head, lemma);
    // think tanks, institutes, charities are no side even with a country prefix ("US-Denkfabrik")
    const party = b.kind === "GROUP" ? "OTHER" : (partyOfWords(adjAndHead) ?? "OTHER");
    if (b.kind === "GROUP" && DETERMINERS.has(t0.lower) && end === j) {
      // "der Denkfabrik" after the institute's full name: the organisation named before
      const co = ctx.findRecentGroup();
      if (co)
        return { first: i, last: end, governed, actor: { ...co, how: `Bezeichnung „${lemma}“ → zuvor genannte Organisation` } };
    }
    return {
      first: i,
      last: end,
      governed,
      actor: {
        name,
        party,
        official: false,
        kind: b.kind,
        roles: [lemma.toLowerCase()],
        how: `Organisation „${lemma}“`,
      },
    };
  }
  let party: Party | null = partyCue;
  let localPlace: { name: string; party: Party } | null = null;
  if (LOCAL_BODIES.has(b.noun)) {
    // a local body is named with its city or region: "Militärverwaltung Sumy", "Feuerwehr Passau"
    const cityAdj = tokens.slice(adjStart, j).find((t) => isCityAdjective(t));
    if (cityAdj) {
      return {
        first: i,
        last,
        governed,
        actor: {
          name: `${cityAdj.text} ${lemma}`,
          party: wordParty(cityAdj.text) ?? "OTHER",
          official: b.official,
          kind: b.kind,
          roles: [lemma.toLowerCase()],
          how: `Stelle „${lemma}“ mit Ortsadjektiv`,
        },
      };
    }
    const pl = complPlace ?? locPlace ?? sentFirstPlace ?? ctx.recentPlace(para);
    // administrations are named after their territory ("Militärverwaltung Sumy"); police, fire
    // brigades and authorities keep the side's name ("Ukrainische Polizei")
    if (pl && b.noun.endsWith("verwaltung") && !COUNTRY_NAMES.has(pl.name.toLowerCase()) && (!party || party === pl.party))
      localPlace = pl;
    if (!party) party = (pl ?? sentenceCountry(tokens))?.party ?? null;
  }
  if (!party) {
    const noun = b.noun.toLowerCase();
    const co = ctx.findByNameSuffix(GENERIC_BODY_NOUNS.has(noun) ? noun : lemma);
    if (co) return { first: i, last, governed, actor: { ...co, how: `Bezeichnung „${lemma}“ → zuvor genannt` } };
    // "die Luftwaffe" without adjective: the side of the text's most recent official speaker,
    // else the country named in the sentence
    party = ctx.recentOfficialParty() ?? sentenceCountry(tokens)?.party ?? null;
  }
  const asWritten = party === "DE" && germanInstitution(head.text) !== null;
  let named =
    !asWritten && party && (PARTY_ADJECTIVE[party] || PARTY_PREFIX[party])
      ? bodyName(party, lemma)
      : tokensText(tokens, DETERMINERS.has(t0.lower) ? i + 1 : i, last, head, lemma);
  if (localPlace && party && (PARTY_ADJECTIVE[party] || PARTY_PREFIX[party]) && !asWritten) named = `${named} ${localPlace.name}`;
  // "Landkreis Musterstadt", "Jobcenter Hameln": a German body with its place name right after it
  if (
    asWritten &&
    last === j &&
    tokens[j + 1] &&
    tokens[j + 1].kind === "w" &&
    isCap(tokens[j + 1]) &&
    tokens[j + 1].start - head.end === 1 &&
    !tokenBody(tokens[j + 1]) &&
    !tokenRole(tokens[j + 1]) &&
    !SOURCE_DOCUMENTS.has(tokens[j + 1].lower) &&
    (!tokens[j + 2] || tokens[j + 2].kind !== "w" || !isCap(tokens[j + 2]))
  ) {
    last = j + 1;
    named = `${named} ${tokens[j + 1].text}`;
  }
  // "Südkoreas Generalstab" → "Südkoreanischer Generalstab" (a side without its own body names)
  if (possAdj && !(party && (PARTY_ADJECTIVE[party] || PARTY_PREFIX[party]))) named = bodyNameWithAdjective(possAdj, lemma);
  return {
    first: i,
    last,
    governed,
    actor: {
      name: named,
      party: party ?? "OTHER",
      official: b.official,
      kind: b.kind,
      roles: [lemma.toLowerCase()],
      how: `Stelle „${lemma}“${party ? " mit Parteihinweis" : ""}`,
    },
  };
}

/** A role noun without its case ending when the rest is still a role ("Sprechers" → "Sprecher"); per word. */
const roleWordOf = memo((text: string): string =>
  text.replace(/(en|n|s)$/, (m) => (personRole(text.slice(0, -m.length)) ? "" : m)),
);

/**
 * The texts of tokens[from..last] (cut at the array's end) joined by single spaces, `head` written
 * as `headText`. A loop instead of slice/map/join: parseNP builds its names this way, and the array
 * built-ins deoptimised its compiled code whenever an array of another elements kind came along.
 */
function tokensText(tokens: Token[], from: number, last: number, head?: Token, headText = ""): string {
  let text = "";
  for (let k = from; k <= last && k < tokens.length; k++) {
    const t = tokens[k];
    if (k > from) text += " ";
    text += t === head ? headText : t.text;
  }
  return text;
}

function capitalize(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
function stripRoleInflection(w: string): string {
  for (const suf of ["en", "s", "n"]) {
    if (w.endsWith(suf) && PERSON_ROLES.some((r) => w.toLowerCase().slice(0, -suf.length).endsWith(r.suffix)))
      return w.slice(0, -suf.length);
  }
  return w;
}

const wordSet = (words: readonly string[]): ReadonlySet<string> => new Set(words);
/** A regular expression that matches any of the endings at the end of a word. */
const endingPattern = (endings: readonly string[]): RegExp => new RegExp(`(${endings.join("|")})$`);

/** Nationality nouns (a person of that nationality). */
const NATIONALITY = wordSet(NATIONALITY_PERSON_NOUNS);
/** Countries (lower-case) → adjective stem, for genitive possessors ("Südkoreas Generalstab"). */
const COUNTRY_ADJECTIVE: ReadonlyMap<string, string> = new Map(COUNTRY_ADJECTIVES);
/** Nouns owned by a person that speak for them ("Selenskyjs Büro", "Putins Sprecher"). */
const POSSESSED = wordSet(POSSESSED_SPEAKER_NOUNS);
/** Words that put a body outside the state of its country (exile and opposition media, NGOs). */
const isNonState = (lower: string): boolean => NON_STATE_PREFIXES.some((prefix) => lower.startsWith(prefix));
/** Heads of official bodies (state agencies, staffs, offices): an unknown body with them is official. */
const OFFICIAL_HEAD = endingPattern(OFFICIAL_HEAD_ENDINGS);
/** Heads that make a phrase before a headline colon a source, not a topic. */
export const HEADLINE_BODY = endingPattern(HEADLINE_BODY_ENDINGS);
const FEM_HEAD = endingPattern(FEMININE_HEAD_ENDINGS);
const NEUT_HEAD = endingPattern(NEUTER_HEAD_ENDINGS);

/** Genitive "-s"/"-es" of a masculine or neuter noun after "des" ("Ausländerzentralregisters"). */
function stripGenitive(w: string): string {
  if (/[^s]es$/.test(w) && w.length > 6 && !/(ses|zes)$/.test(w)) return w.slice(0, -2);
  if (/[^s]s$/.test(w) && w.length > 4) return w.slice(0, -1);
  return w;
}

/**
 * A noun phrase in a cue slot that is not in the gazetteer ("die Bundesagentur für Arbeit",
 * "des Hamburger Instituts Musterforschung", "südkoreanischer Stellen"). Only called where
 * the grammar makes the phrase a speaker. The actor keeps the text (nominative where the article shows
 * the case); the party comes from words in the phrase, a place after it or, as coreference, from a
 * body named before with the same head.
 */
export function unknownNP(tokens: Token[], i: number, ctx: AttributionContext, _para: number): NP | null {
  const t0 = tokens[i];
  if (!t0 || t0.kind !== "w") return null;
  let j = i;
  const det = ARTICLES.has(t0.lower) ? t0.lower : "";
  if (det) j++;
  const adjs: Token[] = [];
  while (j < tokens.length && adjs.length < 3 && tokens[j].kind === "w" && isLowerWord(tokens[j]) && isAdjective(tokens[j]))
    adjs.push(tokens[j++]);
  // capitalised run: "Deutsche Wetterdienst", "Hamburger Instituts Musterforschung"
  let k = j;
  while (k < tokens.length && k - j < 4 && isCap(tokens[k]) && tokens[k].kind === "w" && !/\d/.test(tokens[k].text)) k++;
  if (k === j) return null;
  let headIdx = k - 1;
  // a run ending in a short proper name after the head noun ("Forschungsinstituts Ifo", "Lawinenwarndienst Tirol")
  let nameAfter: Token | null = null;
  if (k - j >= 2 && !/(e|en|er|es|em)$/.test(tokens[k - 2].lower) && !tokenBody(tokens[k - 1])) {
    nameAfter = tokens[k - 1];
    headIdx = k - 2;
  }
  const head = tokens[headIdx];
  if (NOT_SPEAKER_HEADS.has(head.lower) || PRONOUNS.has(head.lower) || DETERMINERS.has(head.lower)) return null;
  if (SPEECH_VERBS.has(head.lower) || PREPOSITIONS.has(head.lower)) return null;
  let last = k - 1;
  // complement: "für Arbeit", "für Kriegsgefangene"
  const compl: Token[] = [];
  if (tokens[last + 1] && DOMAIN_PREPOSITIONS.has(tokens[last + 1].lower) && tokens[last + 2] && isCap(tokens[last + 2])) {
    compl.push(tokens[last + 1], tokens[last + 2]);
    last += 2;
  }
  // location: "in Kiew", "in Moskau" (party only)
  let locParty: Party | null = null;
  if (tokens[last + 1] && SEAT_PREPOSITIONS.has(tokens[last + 1].lower) && tokens[last + 2] && isCap(tokens[last + 2])) {
    const p = placeParty(tokens[last + 2].text) ?? wordParty(tokens[last + 2].text);
    if (p) {
      locParty = p;
      last += 2;
    }
  }
  // "der Niederländer", "die Französin": the person named last (a nationality noun describes a person)
  if (det && adjs.length === 0 && k - j === 1 && NATIONALITY.has(head.lower)) {
    const rp = ctx.recentPerson();
    if (rp)
      return { first: i, last, governed: false, actor: { ...rp, how: `Nationalität „${head.text}“ → zuvor genannte Person` } };
    const p = wordParty(head.text.replace(/(in|e|er)$/, "isch")) ?? "OTHER";
    return {
      first: i,
      last,
      governed: false,
      actor: { name: head.text, party: p, official: false, kind: "PERSON", roles: [], how: "Nationalität" },
    };
  }
  const words = [...adjs, ...tokens.slice(j, k), ...compl];
  const nonState = words.some((w) => isNonState(w.lower));
  // coreference: "des Koordinationsstabs", "die Mission" → the body named before with that head
  const headLemma = MASCULINE_GENITIVE_ARTICLES.has(det) ? stripGenitive(head.text) : head.text;
  if (adjs.length === 0 && k - j === 1 && !compl.length) {
    const pn = det ? null : ctx.findPersonByLastName(head.text);
    if (pn) return { first: i, last, governed: false, actor: { ...pn, how: `Nachname „${head.text}“ → zuvor genannte Person` } };
    const co = ctx.findByHead(headLemma);
    if (co) return { first: i, last, governed: false, actor: { ...co, how: `Bezeichnung „${headLemma}“ → zuvor genannt` } };
  }
  let party: Party | null = nonState
    ? "OTHER"
    : (partyOfWords(words.map((w) => w.text)) ?? locParty ?? germanInstitution(head.text));
  if (party === null) {
    // "In Deutschland leben nach Angaben des X …": a locative of the same clause
    for (let q = Math.max(0, i - 10); q < i; q++) {
      if (LOCATIVE_PREPOSITIONS.has(tokens[q].lower) && tokens[q + 1] && isCap(tokens[q + 1])) {
        const pp = placeParty(tokens[q + 1].text);
        if (pp) {
          party = pp;
          break;
        }
      }
    }
  }
  if (party === null) party = "OTHER";
  const hl = headLemma.toLowerCase();
  const g =
    /(en|n)$/.test(hl) &&
    !/(ien|ion)$/.test(hl) &&
    !MASCULINE_GENITIVE_ARTICLES.has(det) &&
    (det === "" || PLURAL_ARTICLES.has(det)) &&
    !FEM_HEAD.test(hl) &&
    !NEUT_HEAD.test(hl)
      ? "pl"
      : FEM_HEAD.test(hl)
        ? "f"
        : NEUT_HEAD.test(hl)
          ? "n"
          : "m";
  const adjEnd = g === "m" ? "er" : g === "n" ? "es" : "e";
  const nom = (w: Token, idx: number): string => {
    if (w === head) return headLemma;
    if (w === nameAfter) return w.text;
    if (isLowerWord(w) || (idx < k && w !== head && /(e|en|er|es|em)$/.test(w.lower) && idx >= 0)) {
      // adjective: nominative ending by gender
      const stem = w.text.replace(/(en|er|es|em|e)$/, "");
      const out = stem + adjEnd;
      return out[0].toUpperCase() + out.slice(1);
    }
    return w.text;
  };
  const nameWords: string[] = [];
  for (const w of adjs) nameWords.push(nom(w, 0));
  for (let q = j; q < k; q++) {
    const w = tokens[q];
    nameWords.push(
      w === head || w === nameAfter
        ? nom(w, q)
        : q < headIdx && /(e|en|er|es|em)$/.test(w.lower) && !/er$/.test(w.lower)
          ? nom(w, q)
          : w.text,
    );
  }
  for (const w of compl) nameWords.push(w.text);
  // a party named only by the place: "Ukrainischer Koordinationsstab für Kriegsgefangene"
  if (!nonState && locParty && !partyOfWords(words.map((w) => w.text)) && PARTY_ADJECTIVE[locParty])
    nameWords.unshift(PARTY_ADJECTIVE[locParty] + adjEnd);
  const official = !nonState && party !== "OTHER" && OFFICIAL_HEAD.test(hl);
  return {
    first: i,
    last,
    governed: false,
    actor: { name: nameWords.join(" "), party, official, kind: "UNKNOWN", roles: [hl], how: "unbekannte Stelle im Quellen-Slot" },
  };
}

export function sideActor(party: Party, how: string): ResolvedActor {
  return { name: SIDE_NAMES[party] || party, party, official: true, kind: "BODY", roles: [], how };
}

/** All actor noun phrases of a sentence, left to right. */
export function findMentions(
  tokens: Token[],
  ctx: AttributionContext,
  para: number,
  place: { name: string; party: Party } | null,
): NP[] {
  const out: NP[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== "w") continue;
    if (!((wordFlags(t) & (DETERMINER_BIT | ADJECTIVE_BIT)) !== 0 || isCap(t))) continue;
    const np = parseNP(tokens, i, ctx, para, place);
    if (np && (np.actor || np.pronoun)) {
      if (np.pronoun && !PRONOUN_SUBJECTS.has(t.lower)) continue;
      out.push(np);
      i = np.last;
    }
  }
  return out;
}

// Per-sentence memo: the whole-sentence place scan is asked for by many phrases of one sentence.
const countryMemo = new WeakMap<Token[], { name: string; party: Party } | null>();

/** First place of the sentence, a country name allowed (memoised per token list: linear). */
function sentenceCountry(tokens: Token[]): { name: string; party: Party } | null {
  if (countryMemo.has(tokens)) return countryMemo.get(tokens)!;
  const p = placeOf(tokens, 0, tokens.length - 1);
  countryMemo.set(tokens, p);
  return p;
}

/** First city or region of the sentence (for local roles like governors and rescue services). */
export function sentencePlace(tokens: Token[]): { name: string; party: Party } | null {
  return placeOf(tokens, 0, tokens.length - 1, false);
}

export function quoteDepthMask(tokens: Token[]): boolean[] {
  // true for tokens inside a quotation („…“, "…", «…»); toggles on ambiguous '"'
  const mask = new Array<boolean>(tokens.length).fill(false);
  let inside = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k].text;
    if (tokens[k].kind === "p") {
      if (t === "„" || t === "»") {
        inside = true;
        continue;
      }
      if (t === "“" || t === "«") {
        inside = false;
        continue;
      }
      if (t === '"') {
        // glued to the word before: closing; otherwise opening
        inside = !(k > 0 && tokens[k - 1].end === tokens[k].start);
        continue;
      }
    }
    mask[k] = inside;
  }
  return mask;
}

/** Whether a sentence continues reported speech (Konjunktiv I/II, "sollen", or a quotation). */
export function isReportedSpeech(tokens: Token[]): boolean {
  if (tokens.length && OPEN_QUOTES.has(tokens[0].text)) return true;
  // "Demnach wurden …", "Demzufolge …": the figures continue the source just named
  if (tokens.length && CONTINUATION_ADVERBS.has(tokens[0].lower)) return true;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === "w" && (REPORTED_SPEECH.has(t.lower) || (t.lower.endsWith("iere") && KONJ_IERE.test(t.lower) && !isCap(t))))
      return true;
  }
  return false;
}

/** "Das teilte X mit." / "Dies sagte X." — attributes the previous sentence. */
export function isBackReference(tokens: Token[]): boolean {
  if (tokens.length < 3) return false;
  const a = tokens[0].lower;
  const b = tokens[1].lower;
  return BACK_REFERENCE_PRONOUNS.has(a) && SPEECH_VERBS.has(b);
}
