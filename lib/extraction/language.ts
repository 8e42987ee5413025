// Is a text German? Stop-word frequencies per language (German, English, French, Spanish,
// Italian, Dutch, Polish) plus the share of Cyrillic letters (Russian/Ukrainian sources).
// Used by the ingest to reject non-German text with a clear message. Deterministic, linear.

export type LanguageGuess = "de" | "en" | "fr" | "es" | "it" | "nl" | "pl" | "cyrillic" | "unknown";

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
  const counts: Record<string, number> = { de: 0, en: 0, fr: 0, es: 0, it: 0, nl: 0, pl: 0 };
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

/**
 * True when the text is likely German. Long texts need German stop words to dominate (a German
 * article has ~30–40 % of them; quotes in English do not change that). Short texts (fewer than
 * ~20 words, e.g. a headline) pass unless clearly foreign: mostly Cyrillic, or at least three
 * foreign stop words and none German.
 */
export function isLikelyGerman(text: string): boolean {
  const s = languageScore(text);
  if (s.words === 0) return true;
  if (s.language === "cyrillic") return false;
  if (s.words < SHORT_TEXT_WORDS) {
    const foreignCount = s.foreign * s.words;
    const germanCount = s.german * s.words;
    return !(foreignCount >= 3 && germanCount < 1);
  }
  return s.language === "de" && s.german >= 0.1;
}

/** The ingest's message for a rejected text. */
export const NOT_GERMAN_MESSAGE = "Der Text scheint nicht auf Deutsch zu sein. Quellenlage prüft nur deutschsprachige Texte.";
