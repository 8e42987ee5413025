// Is a text German? Stop-word frequencies per language (German, English, French, Spanish,
// Italian, Dutch, Polish, Latin) plus the share of Cyrillic letters (Russian/Ukrainian sources).
// Short texts (an agency flash, a post) have too few words for frequencies: they must show
// German on their own – function words and German word forms – to pass.
// Used by the ingest to reject non-German text with a clear message. Deterministic, linear.

import { GE_PARTICIPLE_PARTICLES, prefixPattern } from "./lexicon/verb-prefixes";

export type LanguageGuess = "de" | "en" | "fr" | "es" | "it" | "nl" | "pl" | "la" | "cyrillic" | "unknown";

const STOPWORDS: Record<Exclude<LanguageGuess, "cyrillic" | "unknown">, string[]> = {
  de: [
    "der",
    "die",
    "und",
    "nicht",
    "ist",
    "mit",
    "sich",
    "des",
    "auf",
    "für",
    "den",
    "dem",
    "das",
    "ein",
    "eine",
    "einen",
    "einem",
    "einer",
    "im",
    "zu",
    "zum",
    "zur",
    "von",
    "vom",
    "auch",
    "als",
    "nach",
    "wird",
    "werden",
    "wurde",
    "wurden",
    "hat",
    "haben",
    "sind",
    "sei",
    "seien",
    "bei",
    "aus",
    "um",
    "oder",
    "über",
    "noch",
    "wie",
    "nur",
    "dass",
    "sie",
    "er",
    "es",
    "wir",
    "ich",
    "aber",
    "durch",
    "gegen",
    "seit",
    "soll",
    "sollen",
    "mehr",
    "bereits",
    "zudem",
    "dieser",
    "diese",
    "dieses",
    "kein",
    "keine",
    "habe",
    "worden",
    "unter",
    "zwischen",
    "laut",
    "seine",
    "seinen",
    "seiner",
    "ihre",
    "ihren",
    "ihrer",
    "jedoch",
    "sowie",
    "damit",
    "demnach",
    "wegen",
    "bislang",
    "mindestens",
    "rund",
    "etwa",
    "kann",
    "können",
    "muss",
    "müssen",
    "sollte",
    "gibt",
    "hatte",
    "hatten",
    "beim",
    "ins",
    "weil",
    "wenn",
    "doch",
    "schon",
    "sehr",
    "dort",
    "nun",
    "sagte",
    "teilte",
    "heißt",
  ],
  en: [
    "the",
    "and",
    "of",
    "to",
    "is",
    "was",
    "that",
    "for",
    "with",
    "on",
    "are",
    "be",
    "by",
    "this",
    "it",
    "from",
    "at",
    "have",
    "has",
    "had",
    "not",
    "but",
    "were",
    "they",
    "which",
    "their",
    "said",
    "will",
    "would",
    "been",
    "an",
    "its",
    "he",
    "she",
    "we",
    "you",
    "or",
    "who",
    "more",
    "than",
    "after",
    "about",
    "into",
    "there",
  ],
  fr: [
    "le",
    "la",
    "les",
    "et",
    "des",
    "du",
    "un",
    "une",
    "est",
    "que",
    "qui",
    "dans",
    "pour",
    "pas",
    "sur",
    "au",
    "aux",
    "avec",
    "par",
    "ce",
    "cette",
    "sont",
    "ont",
    "été",
    "il",
    "elle",
    "ils",
    "mais",
    "plus",
    "selon",
  ],
  es: [
    "el",
    "la",
    "los",
    "las",
    "y",
    "de",
    "del",
    "que",
    "en",
    "un",
    "una",
    "es",
    "por",
    "con",
    "para",
    "se",
    "no",
    "su",
    "sus",
    "al",
    "lo",
    "como",
    "más",
    "pero",
    "ha",
    "han",
    "fue",
    "según",
    "este",
    "esta",
  ],
  it: [
    "il",
    "lo",
    "la",
    "gli",
    "le",
    "di",
    "e",
    "che",
    "non",
    "un",
    "una",
    "per",
    "con",
    "del",
    "della",
    "dei",
    "nel",
    "nella",
    "è",
    "sono",
    "ha",
    "hanno",
    "ma",
    "anche",
    "più",
    "come",
    "secondo",
    "questo",
    "questa",
  ],
  nl: [
    "de",
    "het",
    "een",
    "en",
    "van",
    "is",
    "niet",
    "met",
    "op",
    "voor",
    "zijn",
    "dat",
    "ook",
    "aan",
    "naar",
    "wordt",
    "worden",
    "werd",
    "heeft",
    "hebben",
    "maar",
    "bij",
    "uit",
    "nog",
    "volgens",
    "deze",
    "meer",
    "geen",
  ],
  pl: [
    "i",
    "w",
    "na",
    "z",
    "się",
    "nie",
    "do",
    "że",
    "jest",
    "to",
    "o",
    "po",
    "przez",
    "jak",
    "od",
    "za",
    "oraz",
    "został",
    "była",
    "było",
    "są",
    "ale",
    "już",
    "dla",
    "według",
    "tym",
    "także",
  ],
  // Latin: placeholder text ("Lorem ipsum dolor sit amet …") must not pass as a short German text.
  la: [
    "et",
    "est",
    "non",
    "ad",
    "ut",
    "sed",
    "cum",
    "quod",
    "qui",
    "quae",
    "sunt",
    "sit",
    "enim",
    "esse",
    "ex",
    "ea",
    "eius",
    "nisi",
    "quis",
    "aut",
    "atque",
    "neque",
    "nec",
    "vel",
    "ipsum",
    "dolor",
    "amet",
  ],
};

/** Per word, the languages it is a stop word of. */
const LEXICON = new Map<string, LanguageGuess[]>();
for (const [lang, words] of Object.entries(STOPWORDS) as [LanguageGuess, string[]][]) {
  for (const w of words) {
    const list = LEXICON.get(w) ?? [];
    list.push(lang);
    LEXICON.set(w, list);
  }
}

export interface LanguageScore {
  /** Best guess. */
  language: LanguageGuess;
  /** Share of the words that are German stop words (0–1). */
  german: number;
  /** Share of the words that are stop words of the strongest other language (0–1). */
  foreign: number;
  /** Words looked at. */
  words: number;
}

/** At most this many words are read (the start of the text is representative). */
const MAX_WORDS = 20000;
/** Below this many words a text is German unless it is clearly foreign. */
export const SHORT_TEXT_WORDS = 20;

/** Stop-word shares of the text. A word shared by several languages counts for each, split evenly. */
export function languageScore(text: string): LanguageScore {
  const counts: Record<string, number> = { de: 0, en: 0, fr: 0, es: 0, it: 0, nl: 0, pl: 0, la: 0 };
  let words = 0;
  let latin = 0;
  let cyrillic = 0;
  const re = /[\p{L}\p{M}]+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && words < MAX_WORDS) {
    const w = m[0];
    words++;
    if (/[\u0400-\u04FF]/.test(w)) cyrillic++;
    else latin++;
    const langs = LEXICON.get(w.toLowerCase());
    if (langs) for (const l of langs) counts[l] += 1 / langs.length;
  }
  if (words === 0) return { language: "unknown", german: 0, foreign: 0, words: 0 };
  let foreignLang: LanguageGuess = "unknown";
  let foreign = 0;
  for (const [l, c] of Object.entries(counts)) {
    if (l !== "de" && c > foreign) {
      foreign = c;
      foreignLang = l as LanguageGuess;
    }
  }
  const german = counts.de / words;
  const foreignShare = foreign / words;
  let language: LanguageGuess;
  if (cyrillic > latin) language = "cyrillic";
  else if (german === 0 && foreignShare === 0) language = "unknown";
  else language = german >= foreignShare ? "de" : foreignLang;
  return { language, german, foreign: cyrillic > latin ? Math.max(foreignShare, cyrillic / words) : foreignShare, words };
}

/** Endings of German word forms (nouns, adjectives, verbs); a word needs three letters before them. */
const GERMAN_SUFFIXES = [
  "ung",
  "ungen",
  "keit",
  "heit",
  "schaft",
  "lich",
  "liche",
  "lichen",
  "isch",
  "ische",
  "ischen",
  "iert",
  "ierte",
  "ierten",
  "chen",
];
/** A participle with "ge-", after a particle that can separate: "abgeschossen", "angegriffen". */
const PARTICIPLE = new RegExp(`^(?:${prefixPattern(GE_PARTICIPLE_PARTICLES)})?ge\\p{L}{3,}(?:t|et|en)$`, "u");
/** Letters German words are made of; a word with others (é, ñ, ø, ł, ı …) speaks for another language. */
const GERMAN_WORD = /^[a-zäöüß]+$/;
const UMLAUT = /[äöüß]/;

/** A German word form by its shape: an umlaut or ß, a German ending, or a ge-participle. */
export function hasGermanMorphology(word: string): boolean {
  const w = word.toLowerCase();
  if (!GERMAN_WORD.test(w)) return false;
  if (UMLAUT.test(w) || PARTICIPLE.test(w)) return true;
  return GERMAN_SUFFIXES.some((suffix) => w.length >= suffix.length + 3 && w.endsWith(suffix));
}

export interface ShortTextEvidence {
  words: number;
  /** German function words (a word shared with other languages counts in part). */
  functionWords: number;
  /** Other words that look German by their form. */
  germanForms: number;
  /** Stop words of the strongest other language plus words with non-German letters. */
  foreign: number;
}

/** What speaks for and against German in a short text. */
export function shortTextEvidence(text: string): ShortTextEvidence {
  const counts: Record<string, number> = {};
  let words = 0;
  let germanForms = 0;
  let foreignLetters = 0;
  for (const [word] of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    words++;
    const lower = word.toLowerCase();
    const langs = LEXICON.get(lower);
    if (langs) for (const l of langs) counts[l] = (counts[l] ?? 0) + 1 / langs.length;
    else if (hasGermanMorphology(lower)) germanForms++;
    else if (!GERMAN_WORD.test(lower)) foreignLetters++;
  }
  const otherStopWords = Math.max(
    0,
    ...Object.entries(counts)
      .filter(([l]) => l !== "de")
      .map(([, c]) => c),
  );
  return { words, functionWords: counts.de ?? 0, germanForms, foreign: otherStopWords + foreignLetters };
}

/** At least this share of a short text's words must be German function words or German forms. */
const SHORT_TEXT_MIN_GERMAN_SHARE = 0.2;

/**
 * A short text reads as German when it has a German function word, at least two pieces of
 * German evidence in all, more of them than foreign evidence, and enough of them for its length.
 */
export function shortTextReadsGerman(text: string): boolean {
  const e = shortTextEvidence(text);
  const german = e.functionWords + e.germanForms;
  return e.functionWords >= 1 && german >= 2 && german > e.foreign && german / e.words >= SHORT_TEXT_MIN_GERMAN_SHARE;
}

/**
 * True when the text is likely German. Long texts need German stop words to dominate (a German
 * article has ~30–40 % of them; quotes in English do not change that). Short texts (fewer than
 * ~20 words, e.g. an agency flash) must read as German by themselves (shortTextReadsGerman).
 * A text without any word (digits, punctuation) is not a German text.
 */
export function isLikelyGerman(text: string): boolean {
  const s = languageScore(text);
  if (s.words === 0) return false;
  if (s.language === "cyrillic") return false;
  if (s.words < SHORT_TEXT_WORDS) return shortTextReadsGerman(text);
  return s.language === "de" && s.german >= 0.1;
}

/** The ingest's message for a rejected text. */
export const NOT_GERMAN_MESSAGE = "Der Text scheint nicht auf Deutsch zu sein. Quellenlage prüft nur deutschsprachige Texte.";
