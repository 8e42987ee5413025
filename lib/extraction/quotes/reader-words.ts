// Word classes, limits and small token tests the paragraph reader (quotes/find-quotes.ts) and
// its parts share: the lexicon lists as sets, the windows every rule keeps to, and clause edges.
// Kept in one place so that a new rule reads the same word classes as the rules beside it.

import {
  ANAPHORIC_SOURCE_ADVERBS,
  AUXILIARIES,
  BACK_REFERENCE_PRONOUNS,
  CLAUSE_ADVERBS,
  COMPLEMENTIZERS,
  COORDINATING_CONJUNCTIONS,
  CUE_CLAUSE_OPENERS,
  DETERMINERS,
  FINITE_MODALS,
  FOCUS_PARTICLES,
  GENITIVE_ONLY_ARTICLES,
  IMPERSONAL_CUE_VERBS,
  NAME_PARTICLES,
  NAMING_WORDS,
  NON_CONTENT_OPENERS,
  OBLIQUE_DETERMINERS,
  PERFECT_AUXILIARY_FORMS,
  PREPOSITIONS,
  SOURCE_LOCATIVE_PREPOSITIONS,
  SOURCE_NOUNS,
  SOURCE_POSTPOSITIONS,
  SOURCE_PREPOSITIONS,
  SPEAKER_PRONOUNS,
  SPEECH_NOUNS,
  SUBORDINATING_OPENERS,
} from "../lexicon/quote-words";
import {
  DURATION_ADVERBS,
  EXISTENTIAL_VERB_FORMS,
  FEMININE_PLURAL_DEMONSTRATIVES,
  FRONTED_PREDICATIVES,
  GENITIVE_POSSESSIVES,
  MASCULINE_DEMONSTRATIVES,
  QUANTIFYING_DETERMINERS,
} from "../lexicon/speaker-phrases";
import type { Token } from "../tokens";

export const set = (xs: readonly string[]): ReadonlySet<string> => new Set(xs);

export const COMPLEMENTIZER = set(COMPLEMENTIZERS);

export const DET = set(DETERMINERS);

/** "einige Abgeordnete": a plural quantifier opens a speaker phrase like an article. */
export const QUANTIFIER = set(QUANTIFYING_DETERMINERS);

/** "Monatelang hatten die X …": a duration adverb first in the clause is no subject. */
export const DURATION_ADVERB = set(DURATION_ADVERBS);

/** "Besorgt äußerte sich X": a fronted predicative adjective is no subject. */
export const FRONTED_PREDICATIVE = set(FRONTED_PREDICATIVES);

export const OBLIQUE = set(OBLIQUE_DETERMINERS);

/** "Des Weiteren verwies X": a genitive before the verb is no subject; the subject follows the verb. */
export const GENITIVE_ONLY = set(GENITIVE_ONLY_ARTICLES);

export const NAME_PARTICLE = set(NAME_PARTICLES);

export const MODAL = set(FINITE_MODALS);

export const PREP = set(PREPOSITIONS);

/** A preposition token (passed to rules that take the word class as a test: clause-subject.ts, laut-werden.ts, wie-clause.ts). */
export const isPreposition = (t: Token): boolean => PREP.has(t.lower);

export const ADVERB = set(CLAUSE_ADVERBS);

export const AUX = set(AUXILIARIES);

export const OPENER = set(CUE_CLAUSE_OPENERS);

/** "…, da …", "…, um … zu …": a clause after the cue's comma that gives a reason or aim, not the content. */
export const NON_CONTENT_OPENER = set(NON_CONTENT_OPENERS);

export const PRONOUN = set(SPEAKER_PRONOUNS);

/** "sagte dieser": a demonstrative standing alone refers back like a pronoun (quotes/resolve.ts). */
export const DEMONSTRATIVE = set([...MASCULINE_DEMONSTRATIVES, ...FEMININE_PLURAL_DEMONSTRATIVES]);

export const ANAPHORIC = set(ANAPHORIC_SOURCE_ADVERBS);

export const SOURCE_NOUN = set(SOURCE_NOUNS);

export const SOURCE_PREP = set(SOURCE_PREPOSITIONS);

export const SOURCE_POST = set(SOURCE_POSTPOSITIONS);

export const IMPERSONAL = set(IMPERSONAL_CUE_VERBS);

export const IMPERSONAL_LEMMA = "heißen";

export const SOURCE_LOCATIVE = set(SOURCE_LOCATIVE_PREPOSITIONS);

export const BACK_REFERENCE = set(BACK_REFERENCE_PRONOUNS);

/** Pronouns that are only nominative: after the finite verb they are its subject. */
export const NOMINATIVE_PRONOUN = set(["er"]);

export const EXISTENTIAL_VERB = set(EXISTENTIAL_VERB_FORMS);

export const FOCUS_AFTER_VERB = set(FOCUS_PARTICLES);

export const CONJUNCTION = set(COORDINATING_CONJUNCTIONS);

export const SPEECH_NOUN = set(SPEECH_NOUNS);

/** Words before quotation marks that announce a name or term: the marks hold no quotation. */
export const NAMING = set(NAMING_WORDS);

/** Genitive articles that attach an owner to a speech noun ("die Forderung der Gewerkschaft"). */
export const GENITIVE_ARTICLES = set(["der", "des", "eines", "einer"]);

/** Possessives in the genitive: "Angaben seines Büros" – the owner belongs to the phrase (rule speaker.possessive). */
export const GENITIVE_POSSESSIVE = set(GENITIVE_POSSESSIVES);

export const OPENING_MARKS = set(["„", "»"]);

export const CLOSING_MARKS = set(["“", "”", "«"]);

const CLAUSE_BREAKS = set([",", ":", ";", "(", ")", "–", "—"]);

/** Punctuation that ends a clause (parentheses do not: "Name (Partei) sagte"). */
export const CLAUSE_EDGES = set([",", ":", ";", "–", "—"]);

/** How many tokens a speaker phrase, a cue or a particle may span. */
export const SPEAKER_MAX = 12;

export const PARTICLE_WINDOW = 30;

/** Clause adverbs skipped between an inverted verb and its subject ("meldete dann die Agentur"). */
export const ADVERBS_AFTER_VERB = 3;

/** A quotation without a cue needs this many words to be a quotation rather than a name or term. */
export const BARE_QUOTE_MIN_WORDS = 6;

/** Paragraphs a speaker stays "last speaker" for continuations. */
export const CARRY_PARAGRAPHS = 1;

/** A direct quotation without a cue is the last speaker's further away too (interviews, portraits). */
export const DIRECT_CARRY_PARAGRAPHS = 3;

/** Punctuation that closes a quoted sentence inside its marks („…!“, „…?“, „….“). */
export const QUOTE_FINAL_PUNCTUATION = set([".", "!", "?"]);

/** Whether a token ends a sentence-internal clause. */
export const isBreak = (t: Token | undefined): boolean => !!t && t.kind === "p" && CLAUSE_BREAKS.has(t.text);

export const isBreakOrEnd = (tokens: Token[], k: number, end: number): boolean =>
  k > end || isBreak(tokens[k]) || tokens[k].text === ".";

/** Start of the clause that contains token i (after the last clause break or quote mark). */
export function clauseStart(tokens: Token[], from: number, i: number, inside: Int32Array): number {
  let k = i;
  /** Open parentheses walked into backwards: a comma inside "(Partei, Land)" ends no clause. */
  let depth = 0;
  while (k > from && i - k < 40 && inside[k - 1] < 0) {
    const before = tokens[k - 1].text;
    if (before === ")") depth++;
    else if (before === "(" && depth > 0) depth--;
    else if (depth === 0 && CLAUSE_EDGES.has(before)) break;
    k--;
  }
  return k;
}

/** A finite auxiliary or modal verb ("hat", "wurde", "will"): in a main clause it stands second, the cue at the end. */
export const isFiniteAuxiliary = (t: Token): boolean => AUX.has(t.lower) || MODAL.has(t.lower);

/** A finite auxiliary that may close the clause of "laut werden" (rule speaker.laut-werden). */
export const isAuxiliaryToken = (t: Token): boolean => AUX.has(t.lower);

/** Relative pronouns in the nominative (the subject of their clause). */
export const RELATIVE_PRONOUN = set(["der", "die", "das", "welche", "welcher", "welches"]);

/** Finite forms of "werden" that build the passive with a participle. */
export const PASSIVE_AUX = set(["werde", "werden", "wird", "worden", "wurde", "wurden", "würde", "würden"]);

/** A participle form: weak ("gesagt", "bezeichnet") or strong with ge- ("gesprochen"). */
// a module constant: built once (tsx/esbuild compile a \p{…} literal into a new RegExp per evaluation)
const GE_EN_PARTICIPLE = /^\p{Ll}*ge\p{Ll}+en$/u;

export const isParticiple = (w: string): boolean => /t$/.test(w) || GE_EN_PARTICIPLE.test(w);

export const PERFECT_AUX = set(PERFECT_AUXILIARY_FORMS);

/** Conjunctions of a fronted adverbial clause ("Nachdem …, protestierten …"; "als" of time). */
export const ADVERBIAL_SUBORDINATOR = set([...SUBORDINATING_OPENERS, "als"]);

/** Last token of a sentence without its final punctuation. */
export function contentEnd(tokens: Token[], sFirst: number, sLast: number): number {
  let e = sLast;
  while (e > sFirst && tokens[e].kind === "p" && !CLOSING_MARKS.has(tokens[e].text) && tokens[e].text !== '"') e--;
  return e;
}

/** Prepositions, determiners, clause adverbs, conjunctions, complementizers and relative pronouns. */
export const isFunctionWord = (w: string): boolean =>
  PREP.has(w) || DET.has(w) || ADVERB.has(w) || CONJUNCTION.has(w) || COMPLEMENTIZER.has(w) || RELATIVE_PRONOUN.has(w);

/** Whether tokens [from, to] hold a clause break. */
export function hasBreak(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (isBreak(tokens[k])) return true;
  return false;
}

export function countWords(tokens: Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k <= b; k++) if (tokens[k].kind !== "p") n++;
  return n;
}
