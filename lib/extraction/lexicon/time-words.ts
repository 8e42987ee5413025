// Nouns of time: months, weekdays, parts of the day and of the year, and the calendar nouns that
// head a time phrase ("Ende Januar", "am Montagabend", "heute Abend", "im Frühjahr"). One list for
// both readers: a phrase made of them is no speaker of a quotation (quotes/time-phrase.ts) and
// never heads a claim's speaker phrase (NOT_SPEAKER_HEADS in lexicon/index.ts).
// Lower case, sorted, no duplicates (tests/unit/extraction/lexicon.test.ts keeps them so).

export const TIME_NOUNS: readonly string[] = [
  "abend",
  "anfang",
  "april",
  "august",
  "dezember",
  "dienstag",
  "donnerstag",
  "ende",
  "februar",
  "freitag",
  "frühjahr",
  "herbst",
  "jahr",
  "jahres",
  "januar",
  "juli",
  "juni",
  "mai",
  "mittag",
  "mitte",
  "mittwoch",
  "montag",
  "morgen",
  "märz",
  "nachmittag",
  "nacht",
  "november",
  "oktober",
  "samstag",
  "september",
  "sommer",
  "sonntag",
  "tag",
  "tages",
  "uhr",
  "vormittag",
  "winter",
  "woche",
  "wochenende",
];

/**
 * Plural units of a span of time, counted ("Wenige Stunden nach …", "Zwei Tage später"): with a
 * count word before them a time phrase, no speaker (quotes/time-phrase.ts).
 */
export const TIME_UNIT_PLURALS: readonly string[] = ["jahre", "minuten", "monate", "stunden", "tage", "wochen"];

/**
 * Vague count words that open a counted span of time ("Wenige Stunden nach …"); number words
 * ("Zwei Tage später") are read by number-words.ts.
 */
export const TIME_COUNT_WORDS: readonly string[] = ["einige", "mehrere", "wenige"];
