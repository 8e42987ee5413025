// Finding cues at a token: a speech verb with its separable particle (verbCueAt), the impersonal
// "heißt es" and "In dem Bericht steht", their locative sources, coordinated cue verbs, and a
// speech noun with its content clause (nounCueAt). Pure functions of the tokens, run per token.

import { GOVERNING_PARTICLES } from "../lexicon/quote-speech-verbs";
import { type Token, type TokenSpan as Span, isCap } from "../tokens";
import { opensWithDocument, standsBeforeDass } from "./document-stands";
import { tokenSpeechVerbReadings } from "./morphology";
import { nounAttachmentsAt } from "./noun-attachment";
import { isDocumentNoun, isSourceNoun, nameAppositionEnd, phraseFrom, tokenIsSpeechNoun } from "./reader-phrases";
import {
  AUX,
  CONJUNCTION,
  GENITIVE_ARTICLES,
  IMPERSONAL,
  IMPERSONAL_LEMMA,
  PARTICLE_WINDOW,
  SOURCE_LOCATIVE,
  clauseStart,
  set,
} from "./reader-words";

export interface VerbCue {
  verb: number;
  last: number;
  lemma: string;
  /** The separable particle stands apart before the verb ("bekannt gab"): the cue ends the clause. */
  particleFirst?: boolean;
  /** The separable particle stands inside the clause, not at its end: a weaker reading ("warf … vor dem Tor"). */
  innerParticle?: boolean;
  /** The rule that found a cue outside the speech-verb lexicon (cue.infinitive-head), shown in its quotation's rules. */
  rule?: string;
}

/** A speech verb at i (lower-case, its particle present later in the clause). */
export function verbCueAt(tokens: Token[], i: number, end: number): VerbCue | null {
  const t = tokens[i];
  if (t.kind !== "w" || isCap(t)) return null;
  /** A reading whose particle stands inside the clause but not at its end ("geht aus … hervor" is no "ausgehen"). */
  let inner: VerbCue | null = null;
  for (const r of tokenSpeechVerbReadings(t)) {
    if (!r.particle) return { verb: i, last: i, lemma: r.lemma };
    // a particle written apart before the verb at a subordinate clause's end ("wie X bekannt gab")
    if (i > 0 && tokens[i - 1].lower === r.particle) return { verb: i - 1, last: i, lemma: r.lemma, particleFirst: true };
    const k = separatedParticleAt(tokens, i, end, r.particle);
    if (k < 0) continue;
    const found = { verb: i, last: k, lemma: r.lemma };
    if (endsClause(tokens, k, end)) return found;
    inner ??= { ...found, innerParticle: !GOVERNING_PARTICLE.has(r.particle) };
  }
  return inner;
}

/** "Particles" that govern a phrase (lexicon/quote-speech-verbs.ts): inside the clause is their place. */
const GOVERNING_PARTICLE = set(GOVERNING_PARTICLES);

/** The separable particle of the verb at i later in its clause, or -1. */
function separatedParticleAt(tokens: Token[], i: number, end: number, particle: string): number {
  const limit = Math.min(end, i + PARTICLE_WINDOW);
  for (let k = i + 1; k <= limit; k++) {
    // a name in apposition between commas stays inside the clause ("teilte der Sprecher, Name, mit")
    if (tokens[k].text === ",") k = nameAppositionEnd(tokens, k, limit);
    if (tokens[k].text === "," || tokens[k].text === ".") break;
    if (tokens[k].lower === particle) return k;
  }
  return -1;
}

/** Whether token k closes its clause (a mark, a conjunction or the end follows): where a separated particle stands. */
const endsClause = (tokens: Token[], k: number, end: number): boolean =>
  k === end || tokens[k + 1].kind === "p" || CONJUNCTION.has(tokens[k + 1].lower);

/** "heißt es" / "hieß es" / "es heißt": an impersonal cue (the verb, and "es" when it follows). */
export function impersonalCueAt(tokens: Token[], i: number): VerbCue | null {
  if (tokens[i].kind !== "w" || !IMPERSONAL.has(tokens[i].lower)) return null;
  if (tokens[i + 1]?.lower === "es") return { verb: i, last: i + 1, lemma: IMPERSONAL_LEMMA };
  if (tokens[i - 1]?.lower === "es") return { verb: i, last: i, lemma: IMPERSONAL_LEMMA };
  return null;
}

/**
 * "In dem Bericht steht, dass …" (rule cue.document-stands): an impersonal cue whose source is the
 * document named by the locative phrase opening its clause.
 */
export function documentStandsCueAt(tokens: Token[], from: number, i: number, inside: Int32Array): VerbCue | null {
  if (tokens[i].kind !== "w" || !standsBeforeDass(tokens, i)) return null;
  const left = clauseStart(tokens, from, i, inside);
  const named = opensWithDocument(
    tokens,
    left,
    i,
    (t) => SOURCE_LOCATIVE.has(t.lower),
    (t) => isSourceNoun(t) || isDocumentNoun(t),
  );
  return named ? { verb: i, last: i, lemma: IMPERSONAL_LEMMA } : null;
}

/**
 * The source of an impersonal cue: a phrase opened by a locative preposition at the start of its
 * clause ("In der Mitteilung der Stadt heißt es") or right after it ("hieß es aus dem Ministerium").
 */
export function impersonalSource(tokens: Token[], left: number, cue: VerbCue, end: number): Span | null {
  if (left < cue.verb && isImpersonalLocative(tokens[left])) return phraseFrom(tokens, left + 1, cue.verb - 1);
  const after = cue.last + 1;
  if (after <= end && isImpersonalLocative(tokens[after])) return phraseFrom(tokens, after + 1, end);
  return null;
}

/** A preposition of the place where the words of "heißt es" stand: "in dem Bericht", "im Urteil", "auf der Website". */
function isImpersonalLocative(t: Token): boolean {
  return SOURCE_LOCATIVE.has(t.lower) || t.lower === "auf";
}

/**
 * A source phrase opening the sentence, separated from the cue by a relative clause: "In dem
 * Bericht, der am Montag erschien, heißt es …" (the cue clause itself starts after the comma).
 */
export function locativeBeforeRelative(tokens: Token[], sStart: number, left: number, cue: VerbCue): Span | null {
  if (left <= sStart || tokens[left - 1].text !== "," || !SOURCE_LOCATIVE.has(tokens[sStart].lower)) return null;
  const clauseVerbFirst = left === cue.verb || AUX.has(tokens[left].lower);
  if (!clauseVerbFirst) return null;
  const where = phraseFrom(tokens, sStart + 1, left - 1);
  return where && tokens.slice(where.first, where.last + 1).some(isSourceNoun)
    ? { first: where.first, last: Math.min(where.last, left - 2) }
    : null;
}

/** Conjunctions joining a second verb to the first one's subject ("erklärte … und kündigte an"). */
const VERB_COORDINATORS = set(["sowie", "und"]);

/**
 * Whether a second speech verb joined by "und" stands in [from, to] ("bestätigte dies und sagte,
 * …"): the content clause after the comma is that verb's, the first one has its object.
 */
export function hasCoordinatedCue(tokens: Token[], from: number, to: number): boolean {
  for (let j = from + 1; j <= to; j++)
    if (VERB_COORDINATORS.has(tokens[j - 1].lower) && !isCap(tokens[j]) && tokenSpeechVerbReadings(tokens[j]).length > 0)
      return true;
  return false;
}

/** The complementizer that opens a content clause also where its comma is missing. */
export const BARE_DASS = "dass";

/** "ich glaube dass …": a cue in the first person, outside quotation marks an interview's words. */
export const isFirstPersonCue = (tokens: Token[], verb: number): boolean =>
  FIRST_PERSON.has(tokens[verb - 1]?.lower ?? "") || FIRST_PERSON.has(tokens[verb + 1]?.lower ?? "");

const FIRST_PERSON = set(["ich", "wir"]);

/** A cue verb right after "und": it shares the subject of the verb before it. */
export const isCoordinated = (tokens: Token[], cue: VerbCue): boolean => VERB_COORDINATORS.has(tokens[cue.verb - 1]?.lower ?? "");

/**
 * A speech noun as a cue ("die Forderung, …", "die Einschätzung des Amtes, dass …"): the noun, the
 * genitive phrase that names whose it is (if any), and the comma that opens the content clause.
 */
export function nounCueAt(
  tokens: Token[],
  i: number,
  end: number,
): { owner: Span | null; comma: number; attached: boolean } | null {
  const t = tokens[i];
  if (t.kind !== "w" || !isCap(t) || !tokenIsSpeechNoun(t)) return null;
  let owner: Span | null = null;
  let k = i + 1;
  if (tokens[k] && GENITIVE_ARTICLES.has(tokens[k].lower)) {
    owner = phraseFrom(tokens, k, end);
    if (!owner) return null;
    k = owner.last + 1;
  }
  // prepositional phrases before the comma (rule indirect.noun-attached)
  const attachments = k < end ? nounAttachmentsAt(tokens, k, end, (a, b) => phraseFrom(tokens, a, b)) : null;
  if (attachments) {
    owner ??= attachments.owner;
    k = attachments.next;
  }
  return k < end && tokens[k].text === "," ? { owner, comma: k, attached: !!attachments } : null;
}
