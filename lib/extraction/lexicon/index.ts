// Word lists of the attribution engine, kept as data. Each list lives in one module of this
// folder; matchers build sets from them here. LEXICONS names every list with the form its matcher
// expects, so tests/unit/extraction/lexicon.test.ts keeps them all normalised and free of duplicates.

import type { Party } from "../types";
import * as functionWords from "./function-words";
import * as sourceNouns from "./source-nouns";
import * as roles from "./roles";
import * as places from "./places";
import * as speechVerbs from "./speech-verbs";
import * as adverbials from "./adverbials";
import * as sides from "./sides";
import * as partyWords from "./party-words";
import * as speakerWords from "./speaker-words";
import * as events from "./events";
import * as numberContext from "./number-context";
import * as textStructure from "./text-structure";
import * as speakerPhrases from "./speaker-phrases";
import * as timeWords from "./time-words";
import * as verbPrefixes from "./verb-prefixes";

/** How the matcher compares a list's entries: against `token.lower` or against `token.text`. */
export type LexiconForm = "lower" | "as-written";

export interface Lexicon {
  name: string;
  form: LexiconForm;
  words: readonly string[];
}

/** One list per side of a [side, words] table ("PARTY_STEMS UA"). */
const bySide = (name: string, table: readonly (readonly [string, readonly string[]])[]): Lexicon[] =>
  table.map(([side, words]) => ({ name: `${name} ${side}`, form: "lower", words }));

const lower = (module: Record<string, unknown>, except: string[] = []): Lexicon[] =>
  Object.entries(module)
    .filter(([name, words]) => !except.includes(name) && Array.isArray(words) && typeof words[0] === "string")
    .map(([name, words]) => ({ name, form: "lower", words: words as readonly string[] }));

export const LEXICONS: readonly Lexicon[] = [
  ...lower(functionWords),
  ...lower(sourceNouns),
  ...lower(roles, ["LOCAL_BODIES", "ROLE_FALLBACKS"]),
  { name: "ROLE_FALLBACKS", form: "lower", words: roles.ROLE_FALLBACKS.map(([role]) => role) },
  { name: "LOCAL_BODIES", form: "as-written", words: roles.LOCAL_BODIES },
  ...lower(places),
  ...lower(speechVerbs),
  ...lower(speakerWords, ["COUNTRY_ADJECTIVES"]),
  { name: "COUNTRY_ADJECTIVES", form: "lower", words: speakerWords.COUNTRY_ADJECTIVES.map(([country]) => country) },
  ...lower(adverbials),
  ...bySide("PARTY_STEMS", partyWords.PARTY_STEMS),
  ...bySide("SHORT_SIDE_WORDS", partyWords.SHORT_SIDE_WORDS),
  ...bySide("HYPHEN_INFIX_STEMS", partyWords.HYPHEN_INFIX_STEMS),
  ...bySide("PLACES", partyWords.PLACES),
  ...lower(events),
  ...lower(numberContext),
  ...lower(textStructure),
  ...lower(speakerPhrases),
  ...lower(timeWords),
  ...lower(verbPrefixes),
  ...events.EVENT_LEXICON.map((e): Lexicon => ({ name: `EVENT_LEXICON ${e.event}`, form: "lower", words: e.forms })),
  ...events.NOUN_LEXICON.map((n): Lexicon => ({
    name: `NOUN_LEXICON ${n.lemma}${n.event ? ` (${n.event})` : ""}`,
    form: "lower",
    words: n.forms,
  })),
  ...events.NATIONALITY_NOUNS.map(([forms, side]): Lexicon => ({
    name: `NATIONALITY_NOUNS ${side}`,
    form: "lower",
    words: forms,
  })),
  { name: "CAPITALS", form: "lower", words: sides.CAPITALS.map(([word]) => word) },
  ...sides.SEAT_CAPITALS.map(([side, words]): Lexicon => ({ name: `SEAT_CAPITALS ${side}`, form: "as-written", words })),
  { name: "CITY_ADJECTIVES", form: "as-written", words: sides.CITY_ADJECTIVES.map(([, adjective]) => adjective).sort() },
  { name: "WHOLE_SIDE_NOUNS", form: "lower", words: sides.WHOLE_SIDE_NOUNS },
  { name: "SIDE_PEOPLE", form: "lower", words: sides.SIDE_PEOPLE.map(([word]) => word) },
  { name: "PARTICLE_VERBS", form: "lower", words: speechVerbs.PARTICLE_VERBS.map(([form]) => form) },
  {
    name: "PARTICLE_VERBS (particles)",
    form: "lower",
    words: [...new Set(speechVerbs.PARTICLE_VERBS.flatMap(([, particles]) => particles.split("|")))].sort(),
  },
];

export const wordSet = (words: readonly string[]): ReadonlySet<string> => new Set(words);

export const DETERMINERS = wordSet(functionWords.DETERMINERS);
export const ARTICLES = wordSet(functionWords.ARTICLES);
export const ANAPHORIC_DETERMINERS = wordSet(functionWords.ANAPHORIC_DETERMINERS);
export const PRONOUNS = wordSet(functionWords.PRONOUNS);
export const AUXILIARIES = wordSet(functionWords.AUXILIARIES);
export const PREPOSITIONS = wordSet(functionWords.PREPOSITIONS);
export const CLAUSE_INTRO = wordSet(functionWords.CLAUSE_INTRO);
export const COORDINATORS = wordSet(functionWords.COORDINATORS);
export const GENITIVE_LINKS = wordSet(functionWords.GENITIVE_LINKS);
export const GENITIVE_ARTICLES = wordSet(functionWords.GENITIVE_ARTICLES);
export const CONTINUATION_ADVERBS = wordSet(functionWords.CONTINUATION_ADVERBS);
export const PRONOUN_SUBJECTS = wordSet(functionWords.PRONOUN_SUBJECTS);
export const POSSESSIVE_PRONOUNS = wordSet(functionWords.POSSESSIVE_PRONOUNS);
export const BODY_PLACE_PREPOSITIONS = wordSet(functionWords.BODY_PLACE_PREPOSITIONS);
export const SEAT_PREPOSITIONS = wordSet(functionWords.SEAT_PREPOSITIONS);
export const LOCATIVE_PREPOSITIONS = wordSet(functionWords.LOCATIVE_PREPOSITIONS);
export const DOMAIN_PREPOSITIONS = wordSet(functionWords.DOMAIN_PREPOSITIONS);
export const MASCULINE_GENITIVE_ARTICLES = wordSet(functionWords.MASCULINE_GENITIVE_ARTICLES);
export const PLURAL_ARTICLES = wordSet(functionWords.PLURAL_ARTICLES);
export const BACK_REFERENCE_PRONOUNS = wordSet(functionWords.BACK_REFERENCE_PRONOUNS);

export const SOURCE_DOCUMENTS = wordSet(sourceNouns.SOURCE_DOCUMENTS);
export const ORIGIN_MARKERS = wordSet(sourceNouns.ORIGIN_MARKERS);
export const PREPOSITIONAL_CUES = wordSet(sourceNouns.PREPOSITIONAL_CUES);
export const STATEMENT_NOUNS = wordSet(sourceNouns.STATEMENT_NOUNS);
export const HIESS_ORIGIN_PREPOSITIONS = wordSet(sourceNouns.HIESS_ORIGIN_PREPOSITIONS);
export const DEFINITE_DOCUMENT_DETERMINERS = wordSet(sourceNouns.DEFINITE_DOCUMENT_DETERMINERS);
export const INDEFINITE_DOCUMENT_DETERMINERS = wordSet(sourceNouns.INDEFINITE_DOCUMENT_DETERMINERS);
export const INVESTIGATION_PREPOSITIONS = wordSet(sourceNouns.INVESTIGATION_PREPOSITIONS);
export const INVESTIGATION_VERBS = wordSet(sourceNouns.INVESTIGATION_VERBS);

export const DESCRIPTIVE_ROLES = wordSet(roles.DESCRIPTIVE_ROLES);
export const LOCAL_ROLES = wordSet(roles.LOCAL_ROLES);
export const GERMAN_PARTY_TAGS = wordSet(roles.GERMAN_PARTY_TAGS);
export const NOT_SPEAKER_HEADS = wordSet([...roles.NOT_SPEAKER_HEADS, ...timeWords.TIME_NOUNS]);
export const LOCAL_BODIES = wordSet(roles.LOCAL_BODIES);
export const MEDIA_ADDRESSEE_HEADS = roles.MEDIA_ADDRESSEE_HEADS;
/** Role → the role to look up when no holder of the first was named. */
export const ROLE_FALLBACKS: ReadonlyMap<string, string> = new Map(roles.ROLE_FALLBACKS);
export const GENERIC_BODY_NOUNS = wordSet(roles.GENERIC_BODY_NOUNS);

export const COUNTRY_NAMES = wordSet(places.COUNTRY_NAMES);
export const COUNTRIES_NOT_PLACES = wordSet(places.COUNTRIES_NOT_PLACES);

export const PLEDGE_VERBS = wordSet(speechVerbs.PLEDGE_VERBS);
export const REPORTED_SPEECH = wordSet(speechVerbs.REPORTED_SPEECH_FORMS);
/** Speech and report verbs: form → particle that must follow later in the clause ("" = none). */
export const SPEECH_VERBS: ReadonlyMap<string, string> = new Map<string, string>([
  ...speechVerbs.SPEECH_VERB_FORMS.map((form): [string, string] => [form, ""]),
  ...speechVerbs.PARTICLE_VERBS.map(([form, particles]): [string, string] => [form, particles]),
]);

export const FRONTED_ADVERBS = wordSet(adverbials.FRONTED_ADVERBS);

/** Capital (or its adjective) → the side whose government it stands for. */
export const CAPITALS: ReadonlyMap<string, Party> = new Map(sides.CAPITALS.map(([w, p]) => [w, p as Party]));
/** Plural people noun → its side. */
export const SIDE_PEOPLE: ReadonlyMap<string, Party> = new Map(sides.SIDE_PEOPLE.map(([w, p]) => [w, p as Party]));
/** Side → the name of its government. */
export const SIDE_GOVERNMENTS: ReadonlyMap<Party, string> = new Map(
  sides.SIDE_GOVERNMENTS.map(([p, name]) => [p as Party, name]),
);
