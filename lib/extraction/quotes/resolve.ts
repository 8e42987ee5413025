// Resolving a speaker as written to its source: pronouns and "Demnach" to the last speaker, names
// through the actor gazetteer (fuzzy, inflected), a surname or a role noun ("der Minister", "die
// Agentur") to the person or body named before with it, an apposition ("des Leiters der Behörde,
// Vorname Name") to the name. Unknown speakers keep their text without article; the party comes
// from the gazetteer or from party words in the phrase.

import type { ActorEntry, Party } from "../types";
import type { Token } from "../tokens";
import { isCap as importedIsCap } from "../tokens";
import { ActorMatcher, tokenBody, tokenRole } from "../actors";
import { partyOfWords } from "../parties";
import { WEB_NAME_RULE, webNameOf } from "./web-name";
import { POSSESSIVE_OWNER_RULE, possessiveOwnerGenders } from "./possessive-owner";
import { FEMININE_PLURAL_DEMONSTRATIVES, GENITIVE_DETERMINERS, MASCULINE_DEMONSTRATIVES } from "../lexicon/speaker-phrases";
import { PERSON_NOUN_RULE, isPersonNoun } from "./person-noun";
import { ANAPHORIC_SOURCE_ADVERBS, DETERMINERS, SPEAKER_PRONOUNS } from "../lexicon/quote-words";
// Bound once: tsx compiles every use of an imported binding into two getter calls (these run per token).
const isCap = importedIsCap;

export interface ResolvedSource {
  actor: string;
  party: Party;
  official: boolean;
  /** Rule id of the resolution ("speaker.gazetteer", "speaker.pronoun" …). */
  rule: string;
  /** Lower-case role and body heads of the phrase ("minister", "polizei"), for later role nouns. */
  heads: string[];
  person: boolean;
  /** Grammatical gender and number as written ("der Minister" m, "die Ministerin" f), null when unknown. */
  gender?: Gender;
  /** Rule ids of tests that refused a reading (a thing noun read as no surname: "speaker.person-noun"). */
  refused?: string[];
}

/** Gender and number of a speaker phrase, for agreement with a later pronoun. */
export type Gender = "m" | "f" | "n" | "pl" | null;

/**
 * Whether a source names someone who can speak without more context: the resolver knew it
 * (gazetteer, role, pronoun, an earlier speaker) or its phrase has a role or body head. An unknown
 * capitalised noun kept as written is not enough ("Der Sturm" names no speaker).
 */
export function isKnownSpeaker(source: ResolvedSource): boolean {
  return source.heads.length > 0 || source.rule !== "speaker.as-written";
}

/** Which genders each speaker pronoun can refer to (null = a name of unknown gender fits all). */
const PRONOUN_GENDERS: Record<string, readonly Gender[]> = {
  er: ["m", null],
  ihm: ["m", "n", null],
  sie: ["f", "pl", null],
  ihr: ["f", null],
  ihnen: ["pl", null],
  ...Object.fromEntries(MASCULINE_DEMONSTRATIVES.map((w) => [w, ["m", null]])),
  ...Object.fromEntries(FEMININE_PLURAL_DEMONSTRATIVES.map((w) => [w, ["f", "pl", null]])),
};

/**
 * Gender and number from the article and the role noun: "der Sprecher" m, "die Sprecherin" f, "die
 * Sprecher"/"die Sprecherinnen" plural, "das Ministerium" n. A bare name says nothing (null).
 */
export function genderOf(words: Token[]): Gender {
  const role = words.find((w) => isCap(w) && tokenRole(w));
  const roleLower = role?.lower ?? "";
  if (roleLower.endsWith("innen")) return "pl";
  if (roleLower.endsWith("in")) return "f";
  switch (words[0]?.lower) {
    case "der":
      return "m";
    case "die":
      return role ? "pl" : "f";
    case "das":
      return "n";
    case "eine":
      return "f";
    default:
      return role ? "m" : null;
  }
}

const PRONOUNS = new Set([
  ...SPEAKER_PRONOUNS,
  ...ANAPHORIC_SOURCE_ADVERBS,
  ...MASCULINE_DEMONSTRATIVES,
  ...FEMININE_PLURAL_DEMONSTRATIVES,
]);
const DETS = new Set(DETERMINERS);
const GENITIVE_DETS = new Set(GENITIVE_DETERMINERS);

function headsOf(words: Token[]): string[] {
  const heads: string[] = [];
  for (const w of words) {
    if (!isCap(w)) continue;
    const role = tokenRole(w);
    if (role) heads.push(role.suffix.replace(/(in|en|n|e)$/, ""));
    const body = tokenBody(w);
    if (body) heads.push(body.noun.toLowerCase());
  }
  return heads;
}

/**
 * Capitalised words that are neither a role nor a body noun: the name part of a phrase. After a
 * determiner the first noun is the phrase's head ("der Trainer Jonas Weber"), not a name.
 */
function nameWords(words: Token[]): Token[] {
  const caps = words.filter((w) => isCap(w) && !DETS.has(w.lower) && !tokenRole(w) && !tokenBody(w));
  const head = DETS.has(words[0].lower) ? words.find((w, i) => i > 0 && isCap(w)) : undefined;
  return head && caps[0] === head && caps.length > 1 ? caps.slice(1) : caps;
}

/** Whether `name` is the head noun right after the phrase's opening determiner (and adjectives). */
function commonHead(words: Token[], name: Token): boolean {
  return DETS.has(words[0].lower) && words.find((w, i) => i > 0 && isCap(w)) === name;
}

/**
 * Whether the last space-separated word of `name` is `word` (a word without spaces): what
 * `name.split(" ").pop() === word` says, without an array per remembered source and lookup.
 */
function lastWordIs(name: string, word: string): boolean {
  const at = name.length - word.length;
  return at >= 0 && name.endsWith(word) && (at === 0 || name.charCodeAt(at - 1) === 32);
}

/** Memory of the sources named so far in one text, most recent last (bounded). */
export class SpeakerMemory {
  private recent: ResolvedSource[] = [];
  constructor(readonly matcher: ActorMatcher) {}

  remember(s: ResolvedSource): void {
    if (!s.actor || (!s.person && !s.heads.length && s.rule === "speaker.as-written")) return;
    this.recent.push(s);
    if (this.recent.length > 32) this.recent.shift();
  }

  last(): ResolvedSource | null {
    return this.recent.length ? this.recent[this.recent.length - 1] : null;
  }

  private find(pred: (s: ResolvedSource) => boolean): ResolvedSource | null {
    for (let i = this.recent.length - 1; i >= 0; i--) if (pred(this.recent[i])) return this.recent[i];
    return null;
  }

  /** Resolve the tokens of a speaker phrase. */
  resolve(words: Token[]): ResolvedSource | null {
    const content = words.filter((w) => w.kind === "w" || w.kind === "m");
    if (!content.length) return null;
    if (content.length === 1 && PRONOUNS.has(content[0].lower)) {
      // a personal pronoun refers to the last source that agrees with it in gender and number
      const genders = PRONOUN_GENDERS[content[0].lower];
      const prev = genders ? (this.find((s) => genders.includes(s.gender ?? null)) ?? this.last()) : this.last();
      return prev ? { ...prev, rule: "speaker.pronoun" } : null;
    }
    const web = webNameOf(words);
    if (web) return { actor: web, party: "OTHER", official: false, rule: WEB_NAME_RULE, heads: [], person: false, gender: null };
    const fromGazetteer = this.gazetteer(words);
    if (fromGazetteer) return fromGazetteer;
    const apposition = this.apposition(words);
    if (apposition) return apposition;
    // "seiner Meinung nach", "nach Einschätzung seines Büros": the possessive's referent (rule speaker.possessive)
    const ownerGenders = possessiveOwnerGenders(content);
    if (ownerGenders) {
      const owner = this.find((s) => ownerGenders.includes(s.gender ?? null));
      if (owner) return { ...owner, rule: POSSESSIVE_OWNER_RULE };
    }
    const names = nameWords(content);
    const heads = headsOf(content);
    // "die Kosten": a lone noun after an article is the phrase's head; it matches an earlier phrase
    // as a surname only when it can name a person or body (rule speaker.person-noun), so a thing
    // named twice does not resolve to itself and pass as a known speaker
    const thing = names.length === 1 && commonHead(content, names[0]) && !isPersonNoun(names[0].text, true);
    let refused = false;
    if (names.length === 1) {
      const surname = names[0].text.replace(/s$/, "");
      const known = this.find((s) => s.person && lastWordIs(s.actor, surname));
      if (known && !thing) return { ...known, rule: "speaker.surname" };
      refused = !!known;
    }
    if (!names.length && heads.length) {
      const head = heads[heads.length - 1];
      const known = this.find((s) => s.heads.includes(head));
      if (known) return { ...known, rule: "speaker.role" };
    }
    // an unknown speaker keeps its text without the article ("dessen Stellvertreter" → "Stellvertreter")
    const text = content
      .filter((w, i) => !(i === 0 && (DETS.has(w.lower) || GENITIVE_DETS.has(w.lower))))
      .map((w) => w.text)
      .join(" ");
    const role = content.map(tokenRole).find(Boolean);
    return {
      actor: names.length ? names.map((w) => w.text).join(" ") : text,
      party: partyOfWords(content.map((w) => w.text)) ?? "OTHER",
      official: !!role?.official,
      rule: "speaker.as-written",
      heads,
      person: names.length > 0 && !tokenBody(content[content.length - 1]),
      gender: genderOf(content),
      ...(refused ? { refused: [PERSON_NOUN_RULE] } : {}),
    };
  }

  /**
   * The gazetteer entry a phrase names. A person named after a role or body ("der ukrainische
   * Menschenrechtsbeauftragte Dmytro Lubinez") is the speaker, not the role's own entry.
   */
  private gazetteer(words: Token[]): ResolvedSource | null {
    let e: ActorEntry | null = null;
    for (let i = 0; i < words.length; i++) {
      // words is a list sliced for this phrase: caching its matches would evict its sentence's
      const m = this.matcher.matchAtOnce(words, i);
      if (!m) continue;
      if (!e || (e.kind !== "PERSON" && m.entry.kind === "PERSON")) e = m.entry;
      if (e.kind === "PERSON") break;
    }
    if (!e) return null;
    return {
      actor: e.canonicalName,
      party: e.party,
      official: e.official,
      rule: "speaker.gazetteer",
      heads: headsOf(words),
      person: e.kind === "PERSON",
      gender: genderOf(words.filter((w) => w.kind === "w" || w.kind === "m")),
    };
  }

  /** "des Leiters der Behörde, Vorname Name": the name after the last comma. */
  private apposition(words: Token[]): ResolvedSource | null {
    let comma = -1;
    for (let i = words.length - 1; i >= 0; i--)
      if (words[i].text === ",") {
        comma = i;
        break;
      }
    if (comma < 1) return null;
    const name = words.slice(comma + 1).filter((w) => w.kind === "w");
    if (name.length < 1 || name.length > 4 || !name.every(isCap)) return null;
    const role = words.slice(0, comma);
    const roleNoun = role.map(tokenRole).find(Boolean);
    if (!roleNoun) return null;
    return {
      actor: name.map((w) => w.text).join(" "),
      party: partyOfWords(role.map((w) => w.text)) ?? "OTHER",
      official: roleNoun.official,
      rule: "speaker.apposition",
      heads: headsOf(role),
      person: true,
      gender: genderOf(role),
    };
  }
}
