// Function words the cue rules and the noun-phrase parser test tokens against (lower case).
// TODO(quotes): lexicon/quote-words.ts keeps its own AUXILIARIES, PREPOSITIONS and
// BACK_REFERENCE_PRONOUNS; they overlap these but differ in content (tuned with the quotation
// layer), so merging them changes behaviour and belongs to whoever tunes that layer.

/** Articles, possessives and demonstratives that open a noun phrase. */
export const DETERMINERS: readonly string[] = [
  "das",
  "dem",
  "den",
  "der",
  "deren",
  "des",
  "dessen",
  "die",
  "diese",
  "diesem",
  "diesen",
  "dieser",
  "dieses",
  "ein",
  "eine",
  "einem",
  "einen",
  "einer",
  "eines",
  "ihr",
  "ihre",
  "ihrem",
  "ihren",
  "ihrer",
  "ihres",
  "sein",
  "seine",
  "seinem",
  "seinen",
  "seiner",
  "seines",
  "unser",
  "unsere",
  "unserer",
];

/**
 * Determiners that may open a speaker phrase ("der Minister", "ein Sprecher", "seine Sprecherin"):
 * articles and the possessives "ihr"/"sein" in the nominative. The quotation layer reads this list
 * (lexicon/quote-words.ts re-exports it as DETERMINERS).
 */
export const SPEAKER_DETERMINERS: readonly string[] = [
  "das",
  "dem",
  "den",
  "der",
  "des",
  "die",
  "ein",
  "eine",
  "einem",
  "einen",
  "einer",
  "eines",
  "ihr",
  "ihre",
  "sein",
  "seine",
];

/** Definite articles. */
export const ARTICLES: readonly string[] = ["das", "dem", "den", "der", "des", "die"];

/** Determiners that point back to the source just named ("den Angaben zufolge", "seinen Angaben nach"). */
export const ANAPHORIC_DETERMINERS: readonly string[] = ["den", "deren", "dessen", "diesen", "ihren", "jenen", "seinen"];

/** Personal pronouns that can stand for a speaker named before. */
export const PRONOUNS: readonly string[] = ["er", "ihm", "ihn", "ihnen", "ihr", "sie"];

/** Auxiliaries between a subject and its participle ("hat … mitgeteilt"). */
export const AUXILIARIES: readonly string[] = ["habe", "hat", "hatte", "hätte", "ist", "war", "wird", "wurde"];

/** Prepositions: a phrase they govern is not a subject; a name before one can end a speaker. */
export const PREPOSITIONS: readonly string[] = [
  "am",
  "an",
  "ans",
  "auf",
  "aufs",
  "aus",
  "bei",
  "beim",
  "bis",
  "dank",
  "durch",
  "entlang",
  "für",
  "gegen",
  "gegenüber",
  "gemäß",
  "hinter",
  "im",
  "in",
  "ins",
  "laut",
  "mit",
  "mittels",
  "nach",
  "nahe",
  "neben",
  "ohne",
  "samt",
  "seit",
  "trotz",
  "um",
  "unter",
  "vom",
  "von",
  "vor",
  "vors",
  "wegen",
  "während",
  "zu",
  "zum",
  "zur",
  "zwischen",
  "über",
];

/** Words that open a clause before its subject ("wie", "dass", "und"). */
export const CLAUSE_INTRO: readonly string[] = [
  "aber",
  "als",
  "auch",
  "außerdem",
  "da",
  "dass",
  "denn",
  "doch",
  "nachdem",
  "ob",
  "so",
  "und",
  "weil",
  "wie",
  "wobei",
  "während",
  "zudem",
];

/** Conjunctions that join several sources of one cue ("der US-Regierung und der Ukraine"). */
export const COORDINATORS: readonly string[] = ["sowie", "und"];

/** Words that attach the source to a document noun ("Angaben des/der/von/vom X"). */
export const GENITIVE_LINKS: readonly string[] = ["der", "des", "vom", "von"];

/** Articles of a genitive complement ("Verluste der Ukraine", "Angaben des X"). */
export const GENITIVE_ARTICLES: readonly string[] = ["der", "des"];

/** Sentence-initial adverbs that continue the source just named ("Demnach …"). */
export const CONTINUATION_ADVERBS: readonly string[] = ["demnach", "demzufolge"];

/** Pronouns that can be a speaker mention of their own. */
export const PRONOUN_SUBJECTS: readonly string[] = ["er", "sie"];

/** "ihr" before a capitalised noun is a possessive ("ihr Sprecher"), not a pronoun. */
export const POSSESSIVE_PRONOUNS: readonly string[] = ["ihr"];

/** Prepositions that name where a body sits or comes from ("Behörden in Kursk", "aus Kiew"). */
export const BODY_PLACE_PREPOSITIONS: readonly string[] = ["aus", "in", "von"];

/** Prepositions of a body's seat after a role or name ("Gouverneur in Kursk", "Sprecher aus Kiew"). */
export const SEAT_PREPOSITIONS: readonly string[] = ["aus", "in"];

/** Prepositions of a place inside a speaker phrase ("Militärverwaltung im Gebiet Sumy"). */
export const LOCATIVE_PREPOSITIONS: readonly string[] = ["im", "in"];

/** Preposition of a role's domain ("Beauftragter für Menschenrechte"). */
export const DOMAIN_PREPOSITIONS: readonly string[] = ["für"];

/** Genitive singular article of masculine and neuter nouns ("des Ministeriums"). */
export const MASCULINE_GENITIVE_ARTICLES: readonly string[] = ["des"];

/** Articles that can open a plural noun phrase ("die Behörden", "den Angaben der Behörden"). */
export const PLURAL_ARTICLES: readonly string[] = ["den", "der", "die"];

/** Demonstratives that open a sentence attributing the previous one ("Das sagte X."). */
export const BACK_REFERENCE_PRONOUNS: readonly string[] = ["das", "dies", "dieses"];
