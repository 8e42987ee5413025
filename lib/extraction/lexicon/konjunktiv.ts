// Word lists of the Konjunktiv I recogniser (quotes/konjunktiv-form.ts): the third person singular
// of the Konjunktiv I is the stem plus "-e" ("er gebe", "sie verfüge", "es liefere"), so every
// lower-case word in "-e" is a candidate; these lists take out the words in "-e" that are no verb
// form of that kind. Lower-case, sorted, no duplicates (tests/unit/extraction/quote-lexicon.test.ts).

/**
 * Words in "-e" that are never a Konjunktiv I: determiners and pronouns ("diese", "keine"),
 * prepositions and adverbs ("ohne", "heute", "insbesondere"), and the past and Konjunktiv II of
 * "werden" ("wurde", "würde"), which narrate or state a condition, not what someone said.
 */
export const NON_KONJUNKTIV_E_WORDS: readonly string[] = [
  "alle",
  "alleine",
  "andere",
  "anhand",
  "anstelle",
  "beide",
  "beinahe",
  "bitte",
  "dasselbe",
  "deine",
  "derselbe",
  "diese",
  "dieselbe",
  "eine",
  "einige",
  "einzelne",
  "erstere",
  "eure",
  "gerade",
  "gerne",
  "heute",
  "heutzutage",
  "hierzulande",
  "ihre",
  "infolge",
  "infrage",
  "inne",
  "insbesondere",
  "irgendeine",
  "irgendwelche",
  "jede",
  "jegliche",
  "jene",
  "keine",
  "lange",
  "letztere",
  "manche",
  "mehrere",
  "meine",
  "mithilfe",
  "mittlerweile",
  "nahe",
  "ohne",
  "online",
  "seine",
  "solange",
  "solche",
  "sowie",
  "unsere",
  "viele",
  "vorne",
  "weitere",
  "welche",
  "wenige",
  "wurde",
  "würde",
  "zufolge",
  "zugrunde",
  "zuhause",
  "zustande",
];

/**
 * Endings of adjectives (mostly of foreign stems) that no German verb stem plus "-e" has:
 * "nationale", "aktuelle", "massive", "humanitäre", "deutsche" (one word in "-ische" is a verb
 * form: "mische" – rare enough to leave out).
 */
export const ADJECTIVE_E_ENDINGS: readonly string[] = ["ale", "ielle", "ische", "ive", "nelle", "uelle"];

/**
 * Words before an attributive adjective in "-e" ("die neue", "für große", "sehr hohe", "viele
 * kleine"): articles, determiners, quantifiers and prepositions; a verb form in "-e" does not
 * follow them. After a verb they open its object ("es bestehe keine Gefahr").
 */
export const BEFORE_ATTRIBUTE: readonly string[] = [
  "alle",
  "am",
  "an",
  "auf",
  "aus",
  "beide",
  "beim",
  "bis",
  "das",
  "dem",
  "den",
  "der",
  "des",
  "die",
  "diese",
  "durch",
  "ein",
  "eine",
  "einem",
  "einen",
  "einer",
  "eines",
  "einige",
  "für",
  "gegen",
  "ihre",
  "ihrem",
  "ihren",
  "ihrer",
  "im",
  "in",
  "jede",
  "jeder",
  "kein",
  "keine",
  "manche",
  "mehrere",
  "mit",
  "nach",
  "sehr",
  "seine",
  "seinem",
  "seinen",
  "seiner",
  "seit",
  "solche",
  "über",
  "um",
  "unter",
  "viele",
  "vom",
  "von",
  "vor",
  "welche",
  "wenige",
  "zu",
  "zum",
  "zur",
];

/** The demonstrative that, opening a sentence, is the subject of the verb after it ("Das gelte auch …"). */
export const DEMONSTRATIVE_SUBJECT = "das";

/** Pronouns that are the subject of a verb right after them at the start of a sentence ("Er lege Wert …"). */
export const SUBJECT_PRONOUNS: readonly string[] = ["er", "es", "man", "sie"];

/** The first person singular: its present ("ich gebe") has the Konjunktiv's form. */
export const FIRST_PERSON_SINGULAR: readonly string[] = ["ich"];

/** Conjunctions that join two adjectives before one noun ("deutsche und polnische Firmen"). */
export const ADJECTIVE_COORDINATORS: readonly string[] = ["oder", "sowie", "und"];

/**
 * Adjectives whose plain form ends in "-e" and that no verb shares: predicative, they stand where a
 * verb at a clause's end stands ("…, weil er müde war").
 */
export const ADJECTIVES_IN_E: readonly string[] = [
  "bange",
  "böse",
  "fade",
  "feige",
  "leise",
  "müde",
  "mürbe",
  "öde",
  "prüde",
  "spröde",
  "träge",
  "trübe",
  "vage",
];

/**
 * Finite forms of the copulas: a word in "-e" right before one is its predicate ("…, dass es rege
 * ist", "weil er müde war"), not a finite verb itself.
 */
export const FINITE_COPULAS: readonly string[] = [
  "bleibe",
  "bleibt",
  "blieb",
  "ist",
  "sei",
  "seien",
  "sind",
  "war",
  "wäre",
  "waren",
  "wären",
  "wird",
  "wurde",
];
