// Words that decide where a speaker phrase starts and what it names (lib/extraction/quotes/
// web-name.ts, lib/extraction/quotes/fronted-adverb.ts). Lower-case, sorted, no duplicates
// (tests/unit/extraction/lexicon.test.ts keeps them so).

/** Top-level domains that end a web address named as a source ("laut faz.net", "wie t-online.de berichtet"). */
export const TOP_LEVEL_DOMAINS: readonly string[] = [
  "at",
  "be",
  "ch",
  "com",
  "de",
  "es",
  "eu",
  "fr",
  "info",
  "int",
  "it",
  "net",
  "nl",
  "org",
  "ru",
  "tv",
  "ua",
  "uk",
];

/**
 * Time adverbs in -lang that stand first in a main clause, so the subject follows the finite verb
 * ("Monatelang hatten die Verkehrsbetriebe abgestritten, …"); the other fronted adverbs are the
 * clause adverbs of quote-words.ts.
 */
export const DURATION_ADVERBS: readonly string[] = [
  "jahrelang",
  "jahrzehntelang",
  "monatelang",
  "stundenlang",
  "tagelang",
  "wochenlang",
];

/** Plural quantifiers that open a speaker phrase like an article ("einige Abgeordnete", "mehrere Zeugen"). */
export const QUANTIFYING_DETERMINERS: readonly string[] = [
  "beide",
  "einige",
  "etliche",
  "manche",
  "mehrere",
  "viele",
  "zahlreiche",
];
