// The subject of a speech verb (speakerOfVerb): subject first or inverted, passives with their
// "von"/"durch" agent or the place the words stand, relative clauses and perfect participles.
// The largest single reading of the layer; kept apart so the cue rules around it stay short.

import type { Token, TokenSpan as Span } from "../tokens";
import { clauseOpenerLength } from "./clause-subject";
import { distantRelativeSubject } from "./distant-relative-subject";
import { INVERTED_NOMINATIVE_RULE, invertedNominative } from "./inverted-nominative";
import { hasAdjectiveEnding } from "./morphology";
import { isNonAgentPhrase } from "./non-agent-subject";
import { ORIGIN_PHRASE_RULE, originPhrase } from "./origin-phrase";
import {
  attributedPhrase,
  isNameParticleStart,
  isQuantityStart,
  isSourceNoun,
  isSpeechNoun,
  phraseFrom,
  quotedNameEnd,
} from "./reader-phrases";
import {
  type FoundSpan,
  GRAMMAR,
  isFrontedAdverb,
  isRelativePronounAt,
  startsSubject,
  subjectBeforeAuxiliary,
} from "./reader-subjects";
import {
  ADVERB,
  ADVERBS_AFTER_VERB,
  ANAPHORIC,
  AUX,
  BACK_REFERENCE,
  CONJUNCTION,
  DET,
  EXISTENTIAL_VERB,
  FOCUS_AFTER_VERB,
  GENITIVE_ONLY,
  MODAL,
  NOMINATIVE_PRONOUN,
  OBLIQUE,
  OPENER,
  PASSIVE_AUX,
  PERFECT_AUX,
  PREP,
  SOURCE_LOCATIVE,
  SPEAKER_MAX,
  clauseStart,
  isBreakOrEnd,
  isParticiple,
  isPreposition,
  set,
} from "./reader-words";
import { isFocusParticleBefore } from "./subject";
import { isSubordinatorBeforeSubject } from "./subordinate-subject";
import { isTimePhrase } from "./time-phrase";
import type { VerbCue } from "./verb-cues";
import { webNameEnd } from "./web-name";

/** "Dies geht aus dem Bericht hervor": the source phrase of a cue that takes one (rule speaker.origin-phrase). */
export function originSpeaker(tokens: Token[], cue: VerbCue, left: number, sEnd: number): FoundSpan | null {
  const phrase = originPhrase(tokens, cue, left, (f, l) => phraseFrom(tokens, f, Math.min(l, sEnd)));
  return phrase ? { ...phrase, rule: ORIGIN_PHRASE_RULE } : null;
}

/** The subject of a speech verb: before it (subject first) or after it (inverted word order). */
export function speakerOfVerb(tokens: Token[], cue: VerbCue, sStart: number, sEnd: number, inside: Int32Array): FoundSpan | null {
  const left = clauseStart(tokens, sStart, cue.verb, inside);
  const first = subjectPlace(tokens, cue, left);
  // a passive cue ("wird im Bericht als Fehler bezeichnet"): the subject is what was spoken
  // about; the speaker is the agent after "von"/"durch" or the source named where the words stand
  // ("zitieren" is the exception: who is quoted is its object, so the passive subject speaks)
  if (cue.lemma !== QUOTED_LEMMA && isPassive(tokens, cue, left, sEnd)) return passiveSource(tokens, left, cue, sEnd);
  // a subject pronoun right after the verb: what stands first is an object or adverbial
  // ("Die Arbeit der Regierung lobte er", "Als Antwort sagte er")
  const after = tokens[cue.verb + 1];
  if (after && NOMINATIVE_PRONOUN.has(after.text) && first < cue.verb) return { first: cue.verb + 1, last: cue.verb + 1 };
  // a relative clause whose verb is the cue: "Ägypten, das vorschlug, …" – the relative pronoun
  // (a particle standing apart after the verb marks a main clause: "…, das teilte X mit")
  const verbFinal = cue.last === cue.verb || !!cue.particleFirst;
  if (first === left && verbFinal && isRelativePronounAt(tokens, left, sStart)) {
    if (isBreakOrEnd(tokens, cue.last + 1, sEnd)) return { first: left, last: left };
    // also with the finite auxiliary of a perfect after the participle (rule speaker.verb-final-perfect)
    if (isPerfectParticiple(tokens, cue.last)) return { first: left, last: left, rule: VERB_FINAL_PERFECT_RULE };
  }
  // "X, der die Pläne kritisiert hatte": a relative pronoun before an article or "sich" is the
  // subject alone (its antecedent is resolved later), not an article of the phrase after it
  const afterFirst = tokens[first + 1]?.lower ?? "";
  if (first === left && isRelativePronounAt(tokens, first, sStart) && (DET.has(afterFirst) || afterFirst === "sich"))
    return { first, last: first };
  return subjectBeforeVerb(tokens, cue, left, first, sEnd) ?? subjectAfterVerb(tokens, cue, left, first, sStart, sEnd, inside);
}

/** Where the subject of a cue verb would start in its clause: after a conjunction, focus particle, opener or clause adverbs. */
function subjectPlace(tokens: Token[], cue: VerbCue, left: number): number {
  let first = left;
  // a coordinating conjunction takes no place before the verb: "Aber Zeitungen berichteten"
  if (first < cue.verb - 1 && CONJUNCTION.has(tokens[first].lower)) first++;
  // "Auch der Minister sagte": a focus particle before the subject (rule speaker.focus-particle)
  if (first < cue.verb - 1 && isFocusParticleBefore(tokens, first, startsSubject)) first++;
  if (first < cue.verb && OPENER.has(tokens[first].lower)) first++;
  // "…, da sie befürchten, …": a subordinating conjunction before the subject (rule speaker.subordinate-subject)
  else if (isSubordinatorBeforeSubject(tokens, first, cue.verb)) first++;
  // "…, zumal X gewarnt hatte, …", "…, in dem X forderte, …": the clause's own subject (rule speaker.clause-subject)
  else first += clauseOpenerLength(tokens, first, cue.verb, isPreposition);
  // "Wie schon die Behörde mitteilte": clause adverbs before the subject
  if (first > left) while (first < cue.verb - 1 && ADVERB.has(tokens[first].lower)) first++;
  return first;
}

/** The subject standing before the cue verb ("Der Minister sagte"), or null when what stands first is no subject. */
function subjectBeforeVerb(tokens: Token[], cue: VerbCue, left: number, from: number, sEnd: number): FoundSpan | null {
  let first = from;
  // "Das hat X bestätigt": a demonstrative object before the finite auxiliary, the subject follows it
  // (not before a passive one: "Das wurde von X bestritten" names its agent after "von")
  const loneDemonstrative =
    (cue.verb - first === 1 && (DET.has(tokens[first].lower) || BACK_REFERENCE.has(tokens[first].lower))) ||
    (BACK_REFERENCE.has(tokens[first].lower) &&
      AUX.has(tokens[first + 1]?.lower ?? "") &&
      !PASSIVE_AUX.has(tokens[first + 1].lower) &&
      isParticiple(tokens[cue.verb].lower));
  // "Als Grund nannte X …": an opener whose verb is not clause-final opens a main clause whose
  // fronted phrase is predicative; the subject follows the verb
  // (a finite auxiliary after a participle still ends the subordinate clause: "wie X mitgeteilt hat, …")
  const verbEnd = cue.particleFirst ? cue.last : cue.verb;
  const weakPerfect = AUX.has(tokens[verbEnd + 1]?.lower ?? "") && isParticiple(tokens[verbEnd].lower);
  // a strong participle without "ge-" ("entschieden", "beschlossen") before a perfect auxiliary
  // closing the clause ends it too (rule speaker.verb-final-perfect)
  const strongPerfect = !weakPerfect && isPerfectParticiple(tokens, verbEnd);
  const afterVerb = weakPerfect || strongPerfect ? verbEnd + 2 : verbEnd + 1;
  const frontedPredicative = first > left && OPENER.has(tokens[left].lower) && !isBreakOrEnd(tokens, afterVerb, sEnd);
  // "Demnach fordert X, …": an anaphoric source adverb before the verb gives way to the subject after it
  const frontedAdverb = cue.verb - first === 1 && (isFrontedAdverb(tokens[first]) || ANAPHORIC.has(tokens[first].lower));
  if (
    first < cue.verb &&
    (startsSubject(tokens[first]) ||
      isQuantityStart(tokens, first) ||
      isNameParticleStart(tokens, first) ||
      quotedNameEnd(tokens, first, cue.verb - 1) >= 0 ||
      webNameEnd(tokens, first, cue.verb - 1) >= 0) &&
    !loneDemonstrative &&
    !frontedPredicative &&
    !frontedAdverb &&
    !OBLIQUE.has(tokens[first].lower) &&
    !GENITIVE_ONLY.has(tokens[first].lower)
  ) {
    let last = cue.verb - 1;
    while (last > first && (AUX.has(tokens[last].lower) || ADVERB.has(tokens[last].lower) || PREP.has(tokens[last].lower)))
      last--;
    // a subject far before its participle: "X (Partei) hat nach der Sitzung vor … bekräftigt" – the
    // phrase at the clause's start when the finite auxiliary follows it, or the name after an object
    // relative pronoun ("…, die X bei … als Ziel ausgegeben hatte"; rule speaker.distant-relative-subject)
    const distant =
      cue.verb - first > SPEAKER_MAX
        ? (subjectBeforeAuxiliary(tokens, first, last) ?? distantRelativeSubject(tokens, first, last, SPEAKER_MAX))
        : null;
    if (!distant && cue.verb - first > SPEAKER_MAX) first = cue.verb - SPEAKER_MAX;
    const subject = distant ?? phraseFrom(tokens, first, last) ?? { first, last };
    // "Die Pläne kritisierte der Minister": a fronted object, the nominative after the verb (rule speaker.inverted-nominative)
    const nominative = invertedNominative(tokens, subject, sEnd, GRAMMAR);
    if (nominative) return { ...nominative, rule: INVERTED_NOMINATIVE_RULE };
    // "Ende Januar verkündete der Verband": a fronted time phrase, the subject follows the verb
    if (!isTimePhrase(tokens, subject))
      return strongPerfect && first > left && OPENER.has(tokens[left].lower)
        ? { ...subject, rule: VERB_FINAL_PERFECT_RULE }
        : subject;
  }
  return null;
}

/**
 * The subject after the cue verb (inverted order), after a finite auxiliary, a source named where the
 * words stand, or before an apposition in commas; null when none.
 */
function subjectAfterVerb(
  tokens: Token[],
  cue: VerbCue,
  left: number,
  first: number,
  sStart: number,
  sEnd: number,
  inside: Int32Array,
): FoundSpan | null {
  // inverted order: "Am Montag sagte der Minister", "…, sagte er", "äußerte sich X"
  let r = cue.verb + 1;
  // "sieht es der Minister als Aufgabe an": an object "es" before the subject ("gab es" is "there was")
  if (tokens[r]?.lower === "sich" || (tokens[r]?.lower === "es" && !EXISTENTIAL_VERB.has(tokens[cue.verb].lower))) r++;
  while (
    r < cue.verb + 1 + ADVERBS_AFTER_VERB &&
    (ADVERB.has(tokens[r]?.lower ?? "") || FOCUS_AFTER_VERB.has(tokens[r]?.lower ?? ""))
  )
    r++;
  const right = OBLIQUE.has(tokens[r]?.lower ?? "") ? null : phraseFrom(tokens, r, Math.min(sEnd, r + SPEAKER_MAX));
  // "X, Leiter von Y, sagte heute Abend": a time phrase after the verb is no subject
  if (right && !isTimePhrase(tokens, right)) return right;
  // a participle at the clause's end, subject after the finite auxiliary: "Am Abend hat X erklärt"
  for (let a = left; a < cue.verb - 1; a++) {
    if (!AUX.has(tokens[a].lower) && !MODAL.has(tokens[a].lower)) continue;
    let s = a + 1;
    while (s < cue.verb - 1 && ADVERB.has(tokens[s].lower)) s++;
    const subject = phraseFrom(tokens, s, cue.verb - 1);
    if (subject) return subject;
    break;
  }
  // a source named where the words stand: "In einem Bericht der Zeitung wurde vermutet"
  if (left < cue.verb && SOURCE_LOCATIVE.has(tokens[left].lower)) {
    const where = phraseFrom(tokens, left + 1, cue.verb - 1);
    if (where && tokens.slice(where.first, where.last + 1).some(isSourceNoun)) return where;
  }
  // subject with an apposition or relative clause before the verb: "X, Leiter von Y, sagte"
  // (also when the clause after the apposition opens with the finite auxiliary: "X, Leiter von Y, hat … gefordert")
  if ((first === cue.verb || AUX.has(tokens[left].lower)) && left > sStart && tokens[left - 1].text === ",") {
    if (startsSubject(tokens[sStart]) && inside[sStart] < 0) return phraseFrom(tokens, sStart, left - 2);
    const before = clauseStart(tokens, sStart, left - 1, inside);
    if (startsSubject(tokens[before])) return phraseFrom(tokens, before, left - 2);
  }
  return null;
}

/** The verb whose object is the speaker ("X wird mit der Aussage zitiert"). */
export const QUOTED_LEMMA = "zitieren";

/** Prepositions naming a passive's agent ("von der Polizei", "durch den Sprecher"). */
const AGENT_PREP = set(["durch", "von", "vom"]);

/** The one of them that names nothing but the agent. */
const BY_AGENT = "durch";

/** Rule id: a participle with the finite auxiliary of a perfect after it closes a relative or subordinate cue clause. */
const VERB_FINAL_PERFECT_RULE = "speaker.verb-final-perfect";

/**
 * Whether the word at k is a participle before the finite auxiliary of a perfect that closes its
 * clause ("festgestellt hatte,", "entschieden hat."): a weak or ge- participle, or – before "haben"
 * or "sein", where no infinitive stands – any word in -en ("beschlossen", "entschieden").
 */
function isPerfectParticiple(tokens: Token[], k: number): boolean {
  const aux = tokens[k + 1];
  if (!aux || !PERFECT_AUX.has(aux.lower) || !isBreakOrEnd(tokens, k + 2, tokens.length - 1)) return false;
  const w = tokens[k].lower;
  return isParticiple(w) || w.endsWith("en");
}

/** Whether the cue is a participle with a form of "werden" in its clause (before it, or right after it). */
export function isPassive(tokens: Token[], cue: VerbCue, left: number, sEnd: number): boolean {
  // "bekannt gegeben": a particle written apart before the participle
  const participle = cue.particleFirst ? cue.last : cue.verb;
  if (!isParticiple(tokens[participle].lower) || (cue.last !== cue.verb && !cue.particleFirst)) return false;
  const after = tokens[cue.verb + 1];
  if (after && cue.verb + 1 <= sEnd && PASSIVE_AUX.has(after.lower)) return true;
  for (let k = left; k < cue.verb; k++) if (PASSIVE_AUX.has(tokens[k].lower)) return true;
  return false;
}

/** The agent of a passive cue, or a source phrase after a locative preposition, in its clause. */
function passiveSource(tokens: Token[], left: number, cue: VerbCue, sEnd: number): Span | null {
  // "durch" names the agent only; "von" may be the object spoken of ("Von X wird durch Y berichtet")
  for (let k = left; k < cue.verb; k++)
    if (tokens[k].lower === BY_AGENT) {
      const agent = phraseFrom(tokens, k + 1, cue.verb - 1);
      if (agent) return agent;
    }
  for (let k = left; k < cue.verb; k++) {
    const w = tokens[k].lower;
    if (AGENT_PREP.has(w)) {
      const agent = phraseFrom(tokens, k + 1, cue.verb - 1) ?? attributedAgent(tokens, k + 1, cue.verb - 1);
      if (agent) return agent;
    } else if (SOURCE_LOCATIVE.has(w)) {
      const where = phraseFrom(tokens, k + 1, cue.verb - 1);
      if (where && tokens.slice(where.first, where.last + 1).some(isSourceNoun)) return where;
    }
  }
  const r = cue.verb + 1 <= sEnd && PASSIVE_AUX.has(tokens[cue.verb + 1].lower) ? cue.verb + 2 : cue.verb + 1;
  return r <= sEnd && AGENT_PREP.has(tokens[r].lower) ? phraseFrom(tokens, r + 1, Math.min(sEnd, r + SPEAKER_MAX)) : null;
}

/**
 * "von städtischen Ämtern": a passive's agent without article opens with inflected adjectives;
 * a quantity ("von drei Tonnen") or a thing ("von schwerer Fahrlässigkeit") is what was spoken of.
 */
function attributedAgent(tokens: Token[], i: number, end: number): Span | null {
  if (!hasAdjectiveEnding(tokens[i]?.lower ?? "") || tokens[i].kind !== "w") return null;
  const phrase = attributedPhrase(tokens, i, end);
  return phrase && !isNonAgentPhrase(tokens, phrase, isSpeechNoun) ? phrase : null;
}
