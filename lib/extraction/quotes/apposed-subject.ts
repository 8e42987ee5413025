// Rule "speaker.apposed-subject": the subject opens the sentence and an apposition or a relative
// clause in commas separates it from its cue verb ("Die Sprecherin, eine Juristin, kritisierte die
// Pläne, …", "Der Verband, der die Klage führt, begründete den Schritt damit, dass …"). The cue
// clause then starts with its verb, which otherwise reads as inverted order ("…, sagte X") and takes
// the object after the verb as the speaker. Fronted content ("Die Lage sei ernst, sagte X") is
// not taken: its first part is a clause with a verb, not a noun phrase alone, and every part between
// the subject and the verb must be an apposition or a relative clause.

import type { Token, TokenSpan as Span } from "../tokens";
import { isCap } from "../tokens";
import { NOMINATIVE_ONLY_PRONOUNS, RELATIVE_PRONOUNS } from "../lexicon/quote-words";
import { hasAdjectiveEnding } from "./morphology";

export const APPOSED_SUBJECT_RULE = "speaker.apposed-subject";

export interface ApposedGrammar {
  phraseFrom: (toks: Token[], i: number, end: number) => Span | null;
  startsSubject: (t: Token | undefined) => boolean;
  isOblique: (lower: string) => boolean;
  isPreposition: (lower: string) => boolean;
  isDeterminer: (lower: string) => boolean;
  /** Personal pronouns ("er", "sie"): a pronoun opening the sentence has no apposition. */
  isPronoun: (lower: string) => boolean;
  /** Whether a phrase names no one who can speak ("Die Zahl der Opfer, die …, bezifferte X"): a fronted object. */
  namesNoOne: (toks: Token[], span: Span) => boolean;
}

/** Relative pronouns in any case ("der", "dem", "dessen", "welche" …). */
const RELATIVE = new Set(RELATIVE_PRONOUNS);
/** Pronouns that are only nominative: right after the verb they are its subject ("…, sagte er"). */
const NOMINATIVE_AFTER_VERB = new Set(NOMINATIVE_ONLY_PRONOUNS);
/** How many tokens the subject and its appositions may span before the verb. */
const SPAN_MAX = 45;

/** Commas at parenthesis depth 0 in [from, to]. */
function commasIn(toks: Token[], from: number, to: number): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let k = from; k <= to; k++) {
    const t = toks[k].text;
    if (t === "(") depth++;
    else if (t === ")") depth = Math.max(0, depth - 1);
    else if (t === "," && depth === 0) out.push(k);
  }
  return out;
}

/** A relative clause [first, last]: a relative pronoun (after a preposition too), a verb at its end. */
function isRelativeClause(toks: Token[], first: number, last: number, g: ApposedGrammar): boolean {
  let k = first;
  if (g.isPreposition(toks[k].lower)) k++;
  if (k >= last || !RELATIVE.has(toks[k].lower) || isCap(toks[k])) return false;
  const end = toks[last];
  return end.kind === "w" && !isCap(end);
}

/** An apposition [first, last]: a noun phrase ("der Parteivorsitzende", "Sprecher der Gruppe (Kürzel)"). */
function isApposition(toks: Token[], first: number, last: number, g: ApposedGrammar): boolean {
  const t = toks[first];
  if (!(g.isDeterminer(t.lower) || isCap(t) || t.kind === "n")) return false;
  const end = toks[last];
  return end.text === ")" || isCap(end) || end.kind === "m" || end.kind === "n";
}

/** A phrase with the parenthesis right after it ("Name (Partei)"), when it closes before `limit`. */
function withParenthesis(toks: Token[], phrase: Span | null, limit: number): Span | null {
  if (!phrase || toks[phrase.last + 1]?.text !== "(") return phrase;
  for (let k = phrase.last + 2; k < limit && k - phrase.last < 8; k++)
    if (toks[k].text === ")") return { first: phrase.first, last: k };
  return phrase;
}

/**
 * The phrase with a prepositional phrase attached to it up to the next comma ("Die Leiterin
 * des Chors an der Oper, Name, …"): the phrase reader stops at the preposition. The attachment ends
 * in a noun and holds no verb (a lower-case word is an article, a preposition or an inflected adjective).
 */
function withAttachedPhrase(toks: Token[], phrase: Span | null, limit: number, g: ApposedGrammar): Span | null {
  if (!phrase || !g.isPreposition(toks[phrase.last + 1]?.lower ?? "")) return phrase;
  let k = phrase.last + 2;
  for (; k < limit && toks[k].text !== ","; k++) {
    const t = toks[k];
    if (t.kind === "p" || isCap(t) || t.kind === "n" || t.kind === "m") continue;
    if (!g.isDeterminer(t.lower) && !g.isPreposition(t.lower) && !hasAdjectiveEnding(t.lower)) return phrase;
  }
  const last = k - 1;
  return toks[k]?.text === "," && last > phrase.last + 1 && isCap(toks[last]) ? { first: phrase.first, last } : phrase;
}

/** Most words of a name in apposition ("Vorname Name"). */
const NAME_WORDS_MAX = 4;

/** The last token of a name in apposition between the comma after `subject` and `nextComma`, or -1. */
function nameAppositionAfter(toks: Token[], subject: Span, nextComma: number): number {
  const first = subject.last + 2;
  const last = nextComma - 1;
  if (last < first || last - first + 1 > NAME_WORDS_MAX) return -1;
  for (let k = first; k <= last; k++) if (!isCap(toks[k]) && toks[k].kind !== "m") return -1;
  return last;
}

/** Conjunctions that join two nouns of one subject ("Der Bürgermeister und Stadtkämmerer"). */
const NOUN_CONJUNCTIONS = new Set(["sowie", "und"]);

/** A phrase with the nouns joined to it by "und" ("Der Vorsitzende und Gründer"), up to `last`. */
function coordinatedPhrase(toks: Token[], phrase: Span | null, last: number, g: ApposedGrammar): Span | null {
  if (!phrase || !NOUN_CONJUNCTIONS.has(toks[phrase.last + 1]?.lower ?? "") || !isCap(toks[phrase.last + 2])) return phrase;
  const next = g.phraseFrom(toks, phrase.last + 2, last);
  return next ? { first: phrase.first, last: next.last } : phrase;
}

/**
 * Rule "speaker.apposed-number": "Die streikenden Fahrer, die …, beschrieb der Verband als „…“" – a
 * plural phrase ("die" + an adjective in -en + noun) before a finite verb in the singular (no -n
 * ending: "beschrieb", "lobte", "hat") is no subject of that verb but its fronted object; the subject
 * follows the verb.
 */
function disagreesInNumber(toks: Token[], phrase: Span, verb: number): boolean {
  const finite = toks[verb];
  if (!finite || finite.kind !== "w" || isCap(finite) || finite.lower.endsWith("n")) return false;
  if (toks[phrase.first].lower !== "die") return false;
  for (let k = phrase.first + 1; k <= phrase.last && !isCap(toks[k]); k++)
    if (toks[k].kind === "w" && toks[k].lower.endsWith("en") && hasAdjectiveEnding(toks[k].lower)) return true;
  return false;
}

/**
 * The subject opening the sentence at sStart when only appositions and relative clauses stand
 * between it and the comma before the cue verb at `verb` (the clause starts with the verb).
 */
export function apposedSubject(
  toks: Token[],
  sStart: number,
  verb: number,
  inside: Int32Array,
  g: ApposedGrammar,
  isFocusParticle: (k: number) => boolean,
  /** Told the phrase that disagrees with the verb in number: a fronted object (rule speaker.apposed-number). */
  onObject?: (object: Span) => null,
): Span | null {
  const comma = verb - 1;
  if (comma <= sStart || toks[comma].text !== "," || verb - sStart > SPAN_MAX) return null;
  for (let k = sStart; k < verb; k++) if (inside[k] >= 0) return null;
  let r = verb + 1;
  if (toks[r]?.lower === "sich") r++;
  if (NOMINATIVE_AFTER_VERB.has(toks[r]?.lower ?? "")) return null;
  const first = isFocusParticle(sStart) ? sStart + 1 : sStart;
  const t = toks[first];
  if (!g.startsSubject(t) || g.isOblique(t.lower) || g.isPronoun(t.lower)) return null;
  const phrase = withParenthesis(toks, coordinatedPhrase(toks, g.phraseFrom(toks, first, comma - 1), comma - 1, g), comma);
  const subject = withAttachedPhrase(toks, phrase, comma, g);
  if (!subject) return null;
  if (disagreesInNumber(toks, subject, verb)) return onObject?.(subject) ?? null;
  // "Der Vorsitzende, Vorname Name, kritisierte …": the phrase takes the name in apposition up to the comma
  if (subject.last + 1 === comma && commasIn(toks, subject.first, subject.last).length > 0) return subject;
  if (toks[subject.last + 1]?.text !== "," || subject.last + 1 >= comma) return null;
  if (g.namesNoOne(toks, subject)) return null;
  const commas = [...commasIn(toks, subject.last + 1, comma - 1), comma];
  for (let c = 0; c + 1 < commas.length; c++) {
    const a = commas[c] + 1;
    const b = commas[c + 1] - 1;
    if (a > b) return null;
    if (!isRelativeClause(toks, a, b, g) && !isApposition(toks, a, b, g)) return null;
  }
  if (subject === phrase) return subject;
  // an attached phrase names a place or a body, not the speaker: the speaker is the phrase before
  // it, with the name in apposition after it when there is one ("Die Leiterin des Chors an der Oper, Name, …")
  const name = nameAppositionAfter(toks, subject, commas[1] ?? comma);
  return name >= 0 ? { first: subject.first, last: name } : phrase;
}

// Rule "speaker.apposed-second-clause": a comma joins two main clauses and the second one's
// subject carries an apposition before its cue verb ("Der Wirt lobte das Fest, die Leiterin des
// Vereins, Vorname Name, erklärte: „…“"). The subject of the first clause is not the speaker.
export const APPOSED_SECOND_CLAUSE_RULE = "speaker.apposed-second-clause";

/**
 * The apposed subject of a second main clause in [sStart, verb): a comma, then a lower-case
 * determiner opening the subject; the part before the comma holds a lower-case word that is no
 * determiner or preposition (its verb), and the subject must pass `apposedSubject` from there.
 */
export function secondClauseApposedSubject(
  toks: Token[],
  sStart: number,
  verb: number,
  inside: Int32Array,
  g: ApposedGrammar,
): Span | null {
  // apposedSubject takes no subject starting more than SPAN_MAX tokens before the verb: only the
  // commas of that window can open one, which keeps a long sentence with many cues linear.
  const commas = commasIn(toks, Math.max(sStart, verb - SPAN_MAX - 1), verb - 2);
  if (commas.length === 0) return null;
  const verbLike = firstVerbLikeWord(toks, sStart + 1, commas[commas.length - 1], g);
  for (const c of commas) {
    const t = toks[c + 1];
    if (!t || isCap(t) || !g.isDeterminer(t.lower) || verbLike < 0 || verbLike >= c) continue;
    const subject = apposedSubject(toks, c + 1, verb, inside, g, () => false);
    if (subject) return subject;
  }
  return null;
}

/** The first lower-case word in [from, to) that is no determiner or preposition (a verb, as far as
 * this rule needs to know), or -1. */
function firstVerbLikeWord(toks: Token[], from: number, to: number, g: ApposedGrammar): number {
  for (let k = from; k < to; k++) {
    const w = toks[k];
    if (w.kind === "w" && !isCap(w) && w.lower.length > 2 && !g.isDeterminer(w.lower) && !g.isPreposition(w.lower)) return k;
  }
  return -1;
}
