// Verb prefixes of German, in one place: the morphology checks of the engine read their subsets
// from here (see the exports at the end), so a prefix added for one check is seen by the others.

/**
 * Separable particles: they stand apart in a main clause ("gibt … an") and come before the
 * participle's "ge-" ("abgeschossen", "festgenommen", "zurückgewiesen").
 */
export const SEPARABLE_PARTICLES: readonly string[] = [
  "ab",
  "an",
  "auf",
  "aus",
  "bei",
  "ein",
  "fest",
  "fort",
  "hin",
  "mit",
  "nach",
  "voll",
  "vor",
  "weg",
  "zu",
  "zurück",
  "zusammen",
];

/** Inseparable prefixes: the participle has no "ge-" ("bestätigt", "entlassen", "verletzt"). */
export const INSEPARABLE_PREFIXES: readonly string[] = ["be", "emp", "ent", "er", "miss", "ver", "zer"];

/**
 * Prefixes separable in some verbs and inseparable in others ("übergeben" / "übergesetzt",
 * "unterrichtet" / "untergegangen", "umfahren" / "umgefahren").
 */
export const TWO_WAY_PREFIXES: readonly string[] = ["durch", "um", "unter", "wider", "über"];

/** The alternatives of a prefix pattern, longest first, so "zurück" is not read as "zu" + "rück". */
export function prefixPattern(prefixes: readonly string[]): string {
  return [...prefixes].sort((a, b) => b.length - a.length || a.localeCompare(b)).join("|");
}

/**
 * Every prefix a verb stem can carry (lexicon/konjunktiv.ts): "-weise" after one of them is a verb
 * ("beweise", "nachweise"); a present participle in "-ende" keeps a vowel once it is taken away.
 */
export const VERB_PREFIXES: readonly string[] = [...SEPARABLE_PARTICLES, ...INSEPARABLE_PREFIXES, ...TWO_WAY_PREFIXES].sort();

/**
 * The prefixes a nominalised participle opens with (quotes/person-noun.ts): every verb prefix and
 * the participle's own "ge-" ("die Beschäftigten", "der Verletzte", "die Gefangenen").
 */
export const PARTICIPLE_NOUN_PREFIXES: readonly string[] = [...VERB_PREFIXES, "ge"].sort();

/** What comes before the "ge-" of a participle (language.ts): the particles that can separate. */
export const GE_PARTICIPLE_PARTICLES: readonly string[] = [...SEPARABLE_PARTICLES, ...TWO_WAY_PREFIXES].sort();
