// The quotation layer: every quotation of a text with its cue, its speaker as written and the
// resolved source. One pass per paragraph over the tokens; every rule looks only at a bounded
// window around a token, so the work grows linearly with the text (also for 100 000 opening
// quotation marks or a quotation that never closes).
//
// Rules (ids appear in each quotation's `rules`):
//  direct.marks        text between quotation marks („…“, »…«, "…")
//  direct.unclosed     an opening mark never closed in its paragraph: up to the paragraph's end
//  indirect.clause     speech verb + content clause ("sagte, dass …", "erklärte, es seien …")
//  indirect.fronted    content first, cue clause after it ("… sei ernst, sagte er")
//  indirect.wie        "Wie X mitteilte, …": the main clause is the content
//  indirect.noun       speech noun + content clause ("die Forderung der X, …", "die Einschätzung, dass …")
//  indirect.source     source phrase in the sentence ("laut X", "X zufolge", "nach Angaben X", ", so X")
//  indirect.back-reference  "Das sagte X." attributes the previous sentence
//  reported.verb       speech verb without a content clause ("sprach von …", "kritisierte …")
//  free_indirect.konjunktiv  a Konjunktiv sentence without a cue continues the last speaker (also
//                      reportative "soll … gewesen sein": quotes/konjunktiv.ts)
//  speaker.after / speaker.before / speaker.carried  where a direct quotation's speaker was found

import type { ExtractedQuote, QuoteType, TextSpan } from "../types";
import type { Token } from "../tokens";
import { isCap } from "../tokens";
import type { ActorMatcher } from "../actors";
import { sentencesOfText, type Sentence } from "../sentences";
import { speechVerbReadings } from "./morphology";
import { isReportativePerfect } from "./konjunktiv";
import { SpeakerMemory, type ResolvedSource } from "./resolve";
import { REPORTED_SPEECH_LEMMAS } from "../lexicon/quote-speech-verbs";
import {
  ANAPHORIC_SOURCE_ADVERBS,
  AUXILIARIES,
  BACK_REFERENCE_PRONOUNS,
  CLAUSE_ADVERBS,
  COMPLEMENTIZERS,
  COORDINATING_CONJUNCTIONS,
  CUE_CLAUSE_OPENERS,
  DETERMINERS,
  IMPERSONAL_CUE_VERBS,
  KONJUNKTIV_FORMS,
  OBLIQUE_DETERMINERS,
  PREPOSITIONS,
  SOURCE_NOUNS,
  SOURCE_LOCATIVE_PREPOSITIONS,
  SOURCE_POSTPOSITIONS,
  SOURCE_PREPOSITIONS,
  SPEAKER_PRONOUNS,
  SPEECH_NOUNS,
} from "../lexicon/quote-words";

const set = (xs: readonly string[]): ReadonlySet<string> => new Set(xs);
const COMPLEMENTIZER = set(COMPLEMENTIZERS);
const DET = set(DETERMINERS);
const OBLIQUE = set(OBLIQUE_DETERMINERS);
const PREP = set(PREPOSITIONS);
const ADVERB = set(CLAUSE_ADVERBS);
const AUX = set(AUXILIARIES);
const OPENER = set(CUE_CLAUSE_OPENERS);
const KONJ = set(KONJUNKTIV_FORMS);
const PRONOUN = set(SPEAKER_PRONOUNS);
const ANAPHORIC = set(ANAPHORIC_SOURCE_ADVERBS);
const SOURCE_NOUN = set(SOURCE_NOUNS);
const SOURCE_PREP = set(SOURCE_PREPOSITIONS);
const SOURCE_POST = set(SOURCE_POSTPOSITIONS);
const IMPERSONAL = set(IMPERSONAL_CUE_VERBS);
const IMPERSONAL_LEMMA = "heißen";
const SOURCE_LOCATIVE = set(SOURCE_LOCATIVE_PREPOSITIONS);
const BACK_REFERENCE = set(BACK_REFERENCE_PRONOUNS);
/** Pronouns that are only nominative: after the finite verb they are its subject. */
const NOMINATIVE_PRONOUN = set(["er"]);
const CONJUNCTION = set(COORDINATING_CONJUNCTIONS);
const SPEECH_NOUN = set(SPEECH_NOUNS);
/** Genitive articles that attach an owner to a speech noun ("die Forderung der Gewerkschaft"). */
const GENITIVE_ARTICLES = set(["der", "des", "eines", "einer"]);

const OPENING_MARKS = set(["„", "»"]);
const CLOSING_MARKS = set(["“", "”", "«"]);
const CLAUSE_BREAKS = set([",", ":", ";", "(", ")", "–", "—"]);
/** Punctuation that ends a clause (parentheses do not: "Name (Partei) sagte"). */
const CLAUSE_EDGES = set([",", ":", ";", "–", "—"]);
/** How many tokens a speaker phrase, a cue or a particle may span. */
const SPEAKER_MAX = 12;
const PARTICLE_WINDOW = 30;
/** Clause adverbs skipped between an inverted verb and its subject ("meldete dann die Agentur"). */
const ADVERBS_AFTER_VERB = 3;
/** A quotation without a cue needs this many words to be a quotation rather than a name or term. */
const BARE_QUOTE_MIN_WORDS = 6;
/** Paragraphs a speaker stays "last speaker" for continuations. */
const CARRY_PARAGRAPHS = 1;
/** A direct quotation without a cue is the last speaker's further away too (interviews, portraits). */
const DIRECT_CARRY_PARAGRAPHS = 3;

interface Span {
  first: number;
  last: number;
}

interface Speaker {
  span: Span | null;
  /** For a carried speaker: the text span where it was named. */
  carried?: TextSpan;
  source: ResolvedSource | null;
}

interface Draft {
  start: number;
  end: number;
  type: QuoteType;
  cue: Span | null;
  speaker: Speaker | null;
  rules: string[];
}

const NO_CUE: TextSpan = { start: -1, end: -1, text: "" };

/** Whether a token ends a sentence-internal clause. */
const isBreak = (t: Token | undefined): boolean => !!t && t.kind === "p" && CLAUSE_BREAKS.has(t.text);

/** A straight double quote opens when the next token is glued to it, closes when the previous is. */
function straightRole(toks: Token[], i: number): "open" | "close" | null {
  const prevGlued = i > 0 && toks[i - 1].end === toks[i].start;
  const nextGlued = i + 1 < toks.length && toks[i + 1].start === toks[i].end;
  if (prevGlued && !nextGlued) return "close";
  if (nextGlued && !prevGlued) return "open";
  return null;
}

/** Direct quotations of a paragraph as token spans (marks included); linear, no nesting. */
export function directQuoteSpans(toks: Token[]): { spans: Span[]; unclosed: boolean } {
  const spans: Span[] = [];
  let open = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== "p") continue;
    const straight = t.text === '"' ? straightRole(toks, i) : null;
    if (open < 0 && (OPENING_MARKS.has(t.text) || straight === "open" || t.text === "“")) open = i;
    else if (open >= 0 && (CLOSING_MARKS.has(t.text) || straight === "close")) {
      spans.push({ first: open, last: i });
      open = -1;
    }
  }
  if (open >= 0 && open < toks.length - 1) {
    spans.push({ first: open, last: toks.length - 1 });
    return { spans, unclosed: true };
  }
  return { spans, unclosed: false };
}

interface VerbCue {
  verb: number;
  last: number;
  lemma: string;
}

/** A speech verb at i (lower-case, its particle present later in the clause). */
function verbCueAt(toks: Token[], i: number, end: number): VerbCue | null {
  const t = toks[i];
  if (t.kind !== "w" || isCap(t)) return null;
  for (const r of speechVerbReadings(t.lower)) {
    if (!r.particle) return { verb: i, last: i, lemma: r.lemma };
    const limit = Math.min(end, i + PARTICLE_WINDOW);
    for (let k = i + 1; k <= limit; k++) {
      if (toks[k].text === "," || toks[k].text === ".") break;
      if (toks[k].lower === r.particle) return { verb: i, last: k, lemma: r.lemma };
    }
  }
  return null;
}

/** "heißt es" / "hieß es" / "es heißt": an impersonal cue (the verb, and "es" when it follows). */
function impersonalCueAt(toks: Token[], i: number): VerbCue | null {
  if (toks[i].kind !== "w" || !IMPERSONAL.has(toks[i].lower)) return null;
  if (toks[i + 1]?.lower === "es") return { verb: i, last: i + 1, lemma: IMPERSONAL_LEMMA };
  if (toks[i - 1]?.lower === "es") return { verb: i, last: i, lemma: IMPERSONAL_LEMMA };
  return null;
}

/**
 * The source of an impersonal cue: a phrase opened by a locative preposition at the start of its
 * clause ("In der Mitteilung der Stadt heißt es") or right after it ("hieß es aus dem Ministerium").
 */
function impersonalSource(toks: Token[], left: number, cue: VerbCue, end: number): Span | null {
  if (left < cue.verb && SOURCE_LOCATIVE.has(toks[left].lower)) return phraseFrom(toks, left + 1, cue.verb - 1);
  const after = cue.last + 1;
  if (after <= end && SOURCE_LOCATIVE.has(toks[after].lower)) return phraseFrom(toks, after + 1, end);
  return null;
}

/**
 * A source phrase opening the sentence, separated from the cue by a relative clause: "In dem
 * Bericht, der am Montag erschien, heißt es …" (the cue clause itself starts after the comma).
 */
function locativeBeforeRelative(toks: Token[], sStart: number, left: number, cue: VerbCue): Span | null {
  if (left <= sStart || toks[left - 1].text !== "," || !SOURCE_LOCATIVE.has(toks[sStart].lower)) return null;
  const clauseVerbFirst = left === cue.verb || AUX.has(toks[left].lower);
  if (!clauseVerbFirst) return null;
  const where = phraseFrom(toks, sStart + 1, left - 1);
  return where && toks.slice(where.first, where.last + 1).some(isSourceNoun)
    ? { first: where.first, last: Math.min(where.last, left - 2) }
    : null;
}

/** Conjunctions joining a second verb to the first one's subject ("erklärte … und kündigte an"). */
const VERB_COORDINATORS = set(["sowie", "und"]);

/** A cue verb right after "und": it shares the subject of the verb before it. */
const isCoordinated = (toks: Token[], cue: VerbCue): boolean => VERB_COORDINATORS.has(toks[cue.verb - 1]?.lower ?? "");

/** The closing mark of a quoted name („Die Zeit“) opening at k, or -1. */
function quotedNameEnd(toks: Token[], k: number, end: number): number {
  const t = toks[k];
  if (!t || t.kind !== "p" || !(OPENING_MARKS.has(t.text) || t.text === '"' || t.text === "“")) return -1;
  for (let c = k + 1; c <= end && c - k <= NAME_MAX_WORDS + 1; c++) {
    if (CLOSING_MARKS.has(toks[c].text) || toks[c].text === '"') return isQuotedName(toks, { first: k, last: c }) ? c : -1;
  }
  return -1;
}

/**
 * Whether a speaker phrase names someone who can speak: a person, a role or body, a gazetteer or
 * remembered actor, a source noun, a name, or a group ("das Erdbeben forderte 92 Menschenleben"
 * is no speech act).
 */
function isAgent(toks: Token[], span: Span, source: ResolvedSource | null): boolean {
  if (!source) return false;
  if (source.heads.length > 0 || source.rule !== "speaker.as-written") return true;
  // an unknown neuter noun that is no body or role ("das Erdbeben", "das Feuer") is a thing or
  // event; unknown masculine and feminine nouns are mostly groups or bodies ("die Gewerkschaft")
  const first = toks[span.first].lower;
  return !(first === "das" || first === "ein") || toks.slice(span.first, span.last + 1).some(isSourceNoun);
}

/** A noun phrase starting at i (determiner, adjectives, nouns, names, genitive, parenthesis). */
function phraseFrom(toks: Token[], i: number, end: number): Span | null {
  const t = toks[i];
  if (!t || i > end) return null;
  if (t.kind === "w" && PRONOUN.has(t.lower) && !isCap(toks[i + 1])) return { first: i, last: i };
  const named = quotedNameEnd(toks, i, end);
  if (named >= 0) return phraseFrom(toks, named, end) ?? { first: i, last: named };
  if (t.kind !== "w" && t.kind !== "m") return null;
  if (!DET.has(t.lower) && !isCap(t)) return null;
  if (PREP.has(t.lower) || ADVERB.has(t.lower) || COMPLEMENTIZER.has(t.lower)) return null;
  let last = i;
  let sawNoun = isCap(t) && !DET.has(t.lower);
  for (let k = i + 1; k <= end && k - i < SPEAKER_MAX; k++) {
    const w = toks[k];
    if (w.text === "(") {
      let c = k + 1;
      while (c <= end && c - k < 8 && toks[c].text !== ")") c++;
      if (c <= end && toks[c].text === ")") {
        last = c;
        k = c;
        continue;
      }
      break;
    }
    const nameEnd = quotedNameEnd(toks, k, end);
    if (nameEnd >= 0) {
      last = nameEnd;
      sawNoun = true;
      k = nameEnd;
      continue;
    }
    if (w.kind === "p") {
      // "Name, Vorname Name" apposition after a role: keep the name
      if (w.text === "," && sawNoun && isCap(toks[k + 1]) && isCap(toks[k + 2]) && isBreakOrEnd(toks, k + 3, end)) {
        last = k + 2;
        break;
      }
      break;
    }
    if (isCap(w) || w.kind === "m") {
      last = k;
      sawNoun = true;
      continue;
    }
    if (!sawNoun && w.kind === "w") {
      last = k; // adjective between determiner and noun
      continue;
    }
    if (sawNoun && DET.has(w.lower) && (w.lower === "des" || w.lower === "der") && isCap(toks[k + 1])) {
      continue; // genitive: "der Sprecher des Ministeriums"
    }
    if (sawNoun && (w.lower === "von" || w.lower === "für") && isCap(toks[k + 1])) continue;
    break;
  }
  return sawNoun ? { first: i, last } : null;
}

/** A capitalised noun whose compound head is a source noun ("Polizeiangaben", "Studie"). */
function isSourceNoun(t: Token | undefined): boolean {
  if (!t || !isCap(t)) return false;
  for (const noun of SOURCE_NOUN)
    if (t.lower.endsWith(noun) || t.lower.endsWith(noun + "s") || t.lower.endsWith(noun + "n")) return true;
  return false;
}

/** Lower-case words (adjectives, possessives) that may stand before the source noun after "nach". */
const ATTRIBUTE_MAX = 3;

/** A noun phrase opened by adjectives or possessives ("laut israelischen Medien", "gemäß seiner Aussage"). */
function attributedPhrase(toks: Token[], i: number, end: number): Span | null {
  let k = i;
  while (k <= end && k - i < ATTRIBUTE_MAX && toks[k].kind === "w" && !isCap(toks[k]) && !PREP.has(toks[k].lower)) k++;
  if (k === i || k > end || !isCap(toks[k])) return null;
  const phrase = phraseFrom(toks, k, end);
  return phrase ? { first: i, last: phrase.last } : null;
}

/**
 * The source phrase after "nach": a noun phrase one of whose first nouns is a source noun ("Angaben
 * der Polizei", "Grupps Meinung"), also opened by adjectives or possessives ("eigenen Angaben",
 * "offiziellen chinesischen Angaben", "seiner Meinung").
 */
function sourcePhraseAfter(toks: Token[], i: number, end: number): Span | null {
  let k = i;
  while (k <= end && k - i < ATTRIBUTE_MAX && toks[k].kind === "w" && !isCap(toks[k]) && !PREP.has(toks[k].lower)) k++;
  if (k > end || !isCap(toks[k])) return null;
  const phrase = k === i ? phraseFrom(toks, i, end) : phraseFrom(toks, k, end);
  if (!phrase) return null;
  const nouns = toks.slice(phrase.first, Math.min(phrase.last, phrase.first + 2) + 1).filter((w) => isCap(w));
  return nouns.some((w) => isSourceNoun(w)) ? { first: i, last: phrase.last } : null;
}

const isBreakOrEnd = (toks: Token[], k: number, end: number): boolean => k > end || isBreak(toks[k]) || toks[k].text === ".";

/** Start of the clause that contains token i (after the last clause break or quote mark). */
function clauseStart(toks: Token[], from: number, i: number, inside: Int32Array): number {
  let k = i;
  while (k > from && i - k < 40 && !CLAUSE_EDGES.has(toks[k - 1].text) && inside[k - 1] < 0) k--;
  return k;
}

/** The subject of a speech verb: before it (subject first) or after it (inverted word order). */
function speakerOfVerb(toks: Token[], cue: VerbCue, sStart: number, sEnd: number, inside: Int32Array): Span | null {
  const left = clauseStart(toks, sStart, cue.verb, inside);
  let first = left;
  // a coordinating conjunction takes no place before the verb: "Aber Zeitungen berichteten"
  if (first < cue.verb - 1 && CONJUNCTION.has(toks[first].lower)) first++;
  if (first < cue.verb && OPENER.has(toks[first].lower)) first++;
  // "Wie schon die Behörde mitteilte": clause adverbs before the subject
  if (first > left) while (first < cue.verb - 1 && ADVERB.has(toks[first].lower)) first++;
  // a passive cue ("wird im Bericht als Fehler bezeichnet"): the subject is what was spoken
  // about; the speaker is the agent after "von"/"durch" or the source named where the words stand
  // ("zitieren" is the exception: who is quoted is its object, so the passive subject speaks)
  if (cue.lemma !== QUOTED_LEMMA && isPassive(toks, cue, left, sEnd)) return passiveSource(toks, left, cue, sEnd);
  // a subject pronoun right after the verb: what stands first is an object or adverbial
  // ("Die Arbeit der Regierung lobte er", "Als Antwort sagte er")
  const after = toks[cue.verb + 1];
  if (after && NOMINATIVE_PRONOUN.has(after.text) && first < cue.verb) return { first: cue.verb + 1, last: cue.verb + 1 };
  // a relative clause whose verb is the cue: "Ägypten, das vorschlug, …" – the relative pronoun
  if (first === left && isRelativePronounAt(toks, left, sStart) && isBreakOrEnd(toks, cue.last + 1, sEnd))
    return { first: left, last: left };
  const loneDemonstrative = cue.verb - first === 1 && (DET.has(toks[first].lower) || BACK_REFERENCE.has(toks[first].lower));
  // "Als Grund nannte X …": an opener whose verb is not clause-final opens a main clause whose
  // fronted phrase is predicative; the subject follows the verb
  const frontedPredicative = first > left && OPENER.has(toks[left].lower) && !isBreakOrEnd(toks, cue.verb + 1, sEnd);
  const frontedAdverb = cue.verb - first === 1 && isFrontedAdverb(toks[first]);
  if (
    first < cue.verb &&
    (startsSubject(toks[first]) || quotedNameEnd(toks, first, cue.verb - 1) >= 0) &&
    !loneDemonstrative &&
    !frontedPredicative &&
    !frontedAdverb &&
    !OBLIQUE.has(toks[first].lower)
  ) {
    let last = cue.verb - 1;
    while (last > first && (AUX.has(toks[last].lower) || ADVERB.has(toks[last].lower) || PREP.has(toks[last].lower))) last--;
    if (cue.verb - first > SPEAKER_MAX) first = cue.verb - SPEAKER_MAX;
    return phraseFrom(toks, first, last) ?? { first, last };
  }
  // inverted order: "Am Montag sagte der Minister", "…, sagte er", "äußerte sich X"
  let r = cue.verb + 1;
  if (toks[r]?.lower === "sich") r++;
  while (r < cue.verb + 1 + ADVERBS_AFTER_VERB && ADVERB.has(toks[r]?.lower ?? "")) r++;
  const right = OBLIQUE.has(toks[r]?.lower ?? "") ? null : phraseFrom(toks, r, Math.min(sEnd, r + SPEAKER_MAX));
  if (right) return right;
  // a participle at the clause's end, subject after the finite auxiliary: "Am Abend hat X erklärt"
  for (let a = left; a < cue.verb - 1; a++) {
    if (!AUX.has(toks[a].lower)) continue;
    let s = a + 1;
    while (s < cue.verb - 1 && ADVERB.has(toks[s].lower)) s++;
    const subject = phraseFrom(toks, s, cue.verb - 1);
    if (subject) return subject;
    break;
  }
  // a source named where the words stand: "In einem Bericht der Zeitung wurde vermutet"
  if (left < cue.verb && SOURCE_LOCATIVE.has(toks[left].lower)) {
    const where = phraseFrom(toks, left + 1, cue.verb - 1);
    if (where && toks.slice(where.first, where.last + 1).some(isSourceNoun)) return where;
  }
  // subject with an apposition or relative clause before the verb: "X, Leiter von Y, sagte"
  // (also when the clause after the apposition opens with the finite auxiliary: "X, Leiter von Y, hat … gefordert")
  if ((first === cue.verb || AUX.has(toks[left].lower)) && left > sStart && toks[left - 1].text === ",") {
    if (startsSubject(toks[sStart]) && inside[sStart] < 0) return phraseFrom(toks, sStart, left - 2);
    const before = clauseStart(toks, sStart, left - 1, inside);
    if (startsSubject(toks[before])) return phraseFrom(toks, before, left - 2);
  }
  return null;
}

/** Relative pronouns in the nominative (the subject of their clause). */
const RELATIVE_PRONOUN = set(["der", "die", "das", "welche", "welcher", "welches"]);
/** How far back the antecedent of a relative pronoun is looked for. */
const ANTECEDENT_MAX = 6;

/** Finite forms of "werden" that build the passive with a participle. */
const PASSIVE_AUX = set(["werde", "werden", "wird", "worden", "wurde", "wurden", "würde", "würden"]);
/** The verb whose object is the speaker ("X wird mit den Worten zitiert"). */
const QUOTED_LEMMA = "zitieren";
/** Prepositions naming a passive's agent ("von der Polizei", "durch den Sprecher"). */
const AGENT_PREP = set(["durch", "von", "vom"]);

/** A participle form: weak ("gesagt", "bezeichnet") or strong with ge- ("gesprochen"). */
const isParticiple = (w: string): boolean => /t$/.test(w) || /^\p{Ll}*ge\p{Ll}+en$/u.test(w);

/** Whether the cue is a participle with a form of "werden" in its clause (before it, or right after it). */
function isPassive(toks: Token[], cue: VerbCue, left: number, sEnd: number): boolean {
  if (!isParticiple(toks[cue.verb].lower) || cue.last !== cue.verb) return false;
  const after = toks[cue.verb + 1];
  if (after && cue.verb + 1 <= sEnd && PASSIVE_AUX.has(after.lower)) return true;
  for (let k = left; k < cue.verb; k++) if (PASSIVE_AUX.has(toks[k].lower)) return true;
  return false;
}

/** The agent of a passive cue, or a source phrase after a locative preposition, in its clause. */
function passiveSource(toks: Token[], left: number, cue: VerbCue, sEnd: number): Span | null {
  for (let k = left; k < cue.verb; k++) {
    const w = toks[k].lower;
    if (AGENT_PREP.has(w)) {
      const agent = phraseFrom(toks, k + 1, cue.verb - 1);
      if (agent) return agent;
    } else if (SOURCE_LOCATIVE.has(w)) {
      const where = phraseFrom(toks, k + 1, cue.verb - 1);
      if (where && toks.slice(where.first, where.last + 1).some(isSourceNoun)) return where;
    }
  }
  const r = cue.verb + 1 <= sEnd && PASSIVE_AUX.has(toks[cue.verb + 1].lower) ? cue.verb + 2 : cue.verb + 1;
  return r <= sEnd && AGENT_PREP.has(toks[r].lower) ? phraseFrom(toks, r + 1, Math.min(sEnd, r + SPEAKER_MAX)) : null;
}

/** A relative pronoun opening a clause after a comma ("…, der angab, …"). */
function isRelativePronounAt(toks: Token[], k: number, sStart: number): boolean {
  return k > sStart && toks[k - 1].text === "," && RELATIVE_PRONOUN.has(toks[k].text) && !isCap(toks[k + 1]);
}

/**
 * The antecedent of a relative pronoun speaker: the capitalised words right before its comma,
 * with their article ("von Ägypten, das vorschlug" → "Ägypten").
 */
function relativeAntecedent(toks: Token[], span: Span, sStart: number): Span | null {
  if (span.first !== span.last || !isRelativePronounAt(toks, span.first, sStart)) return null;
  const last = span.first - 2;
  let first = last;
  while (first > sStart && last - first < ANTECEDENT_MAX && (isCap(toks[first - 1]) || toks[first - 1].kind === "m")) first--;
  if (first > sStart && DET.has(toks[first - 1].lower)) first--;
  return first <= last && (isCap(toks[last]) || toks[last].kind === "m") ? { first, last } : null;
}

/**
 * Whether the clause at c is a main clause (a content clause without "dass": "sagte, die Lage
 * ist ernst") rather than a relative clause ("sagte der Minister, der …").
 */
function startsMainClause(toks: Token[], c: number): boolean {
  const t = toks[c];
  if (!t || t.kind !== "w") return false;
  if (PRONOUN.has(t.lower) || t.lower === "es" || t.lower === "man" || t.lower === "wir") return true;
  if (DET.has(t.lower)) return isCap(toks[c + 1]) || (toks[c + 1]?.kind === "w" && isCap(toks[c + 2]));
  return isCap(t) && !PREP.has(t.lower) && !ADVERB.has(t.lower);
}

/** Separable particles that take an infixed "zu" in the infinitive ("anzukündigen", "einzufangen"). */
const ZU_INFIX =
  /^(?:ab|an|auf|aus|bei|dar|ein|fest|fort|frei|her|heraus|hin|hinzu|mit|nach|vor|voran|vorbei|weg|weiter|wieder|zu|zurück|zusammen)zu\p{Ll}{2,}(?:en|ern|eln)$/u;
/** How far an infinitive clause is looked at for its "zu" + infinitive. */
const INFINITIVE_WINDOW = 40;

/**
 * Whether the clause at c is an infinitive clause: its verb, at the clause's end, is "zu" + an
 * infinitive or an infinitive with infixed "zu" ("forderte, die Steuer zu senken", "kündigte an,
 * die Halle abzureißen"). Only the clause up to the next comma or the sentence's end is looked at.
 */
function endsInZuInfinitive(toks: Token[], c: number, end: number): boolean {
  let k = c;
  while (k < end && k - c < INFINITIVE_WINDOW && !CLAUSE_EDGES.has(toks[k + 1].text)) k++;
  const verb = toks[k];
  if (!verb || verb.kind !== "w" || isCap(verb)) return false;
  if (ZU_INFIX.test(verb.lower)) return true;
  return toks[k - 1]?.lower === "zu" && k - 1 > c && /\p{Ll}(?:en|ern|eln|n)$/u.test(verb.lower);
}

/**
 * The speaker of a clause that introduces a quotation with a colon ("Die Ministerin sieht darin
 * einen Erfolg: „…“"): its subject at the start, or a nominative pronoun right after the finite
 * verb when an object or adverbial stands first ("Den Vorschlag lehnt er ab: „…“").
 */
function colonSpeaker(toks: Token[], at: number, last: number): Span | null {
  const inverted = invertedPronoun(toks, at, last);
  if (inverted) return inverted;
  if (!startsSubject(toks[at]) || OBLIQUE.has(toks[at].lower)) return null;
  return phraseFrom(toks, at, last);
}

/** A subject pronoun ("er", "sie") right after a lower-case word (the finite verb) in [at, last]. */
function invertedPronoun(toks: Token[], at: number, last: number): Span | null {
  for (let k = at + 1; k <= last && k - at < SPEAKER_MAX * 2; k++) {
    const prev = toks[k - 1];
    if (!NOMINATIVE_PRONOUN.has(toks[k].lower) || isCap(toks[k])) continue;
    if (prev.kind === "w" && !isCap(prev) && !PREP.has(prev.lower) && !COMPLEMENTIZER.has(prev.lower) && !DET.has(prev.lower))
      return { first: k, last: k };
    return null;
  }
  return null;
}

/** Adverb and adjective endings: a word with one of them standing alone before the verb is no subject. */
const ADVERB_SUFFIX = /(?:lich|weise|mäßig|gemäß|end)$/;

/**
 * A lone word before the verb that is an adverbial, not a subject: a clause adverb ("So sagte
 * X"), the expletive "es", or an adverb or adjective by its ending ("Sinngemäß", "Passend").
 */
function isFrontedAdverb(t: Token): boolean {
  return t.kind === "w" && (ADVERB.has(t.lower) || t.lower === "es" || (t.lower.length > 5 && ADVERB_SUFFIX.test(t.lower)));
}

/** Whether a clause starting with this token starts with its subject (not an adverbial). */
function startsSubject(t: Token | undefined): boolean {
  if (!t || (t.kind !== "w" && t.kind !== "m")) return false;
  if (PREP.has(t.lower) || ADVERB.has(t.lower) || COMPLEMENTIZER.has(t.lower) || OPENER.has(t.lower)) return false;
  return DET.has(t.lower) || isCap(t) || PRONOUN.has(t.lower);
}

/** Running count of Konjunktiv forms outside direct quotations: count[k] is the count in [0, k). */
function konjunktivCounts(toks: Token[], inside: Int32Array, sentenceStart: Int32Array): Int32Array {
  const count = new Int32Array(toks.length + 1);
  for (let k = 0; k < toks.length; k++) {
    const form = toks[k].kind === "w" && (KONJ.has(toks[k].lower) || isReportativePerfect(toks, k, sentenceStart[k]));
    count[k + 1] = count[k] + (inside[k] < 0 && form ? 1 : 0);
  }
  return count;
}

/**
 * A speech noun as a cue ("die Forderung, …", "die Einschätzung des Amtes, dass …"): the noun, the
 * genitive phrase that names whose it is (if any), and the comma that opens the content clause.
 */
function nounCueAt(toks: Token[], i: number, end: number): { owner: Span | null; comma: number } | null {
  const t = toks[i];
  if (t.kind !== "w" || !isCap(t) || !SPEECH_NOUN.has(t.lower)) return null;
  let owner: Span | null = null;
  let k = i + 1;
  if (toks[k] && GENITIVE_ARTICLES.has(toks[k].lower)) {
    owner = phraseFrom(toks, k, end);
    if (!owner) return null;
    k = owner.last + 1;
  }
  return k < end && toks[k].text === "," ? { owner, comma: k } : null;
}

/** Last token of a sentence without its final punctuation. */
function contentEnd(toks: Token[], sFirst: number, sLast: number): number {
  let e = sLast;
  while (e > sFirst && toks[e].kind === "p" && !CLOSING_MARKS.has(toks[e].text) && toks[e].text !== '"') e--;
  return e;
}

/**
 * Find every quotation of a plain text. The claim pass hands over the sentences it split
 * (sentencesOfText), so the text is tokenised once.
 */
export function findQuotes(text: string, matcher: ActorMatcher, paragraphSentences?: Sentence[][]): ExtractedQuote[] {
  const out: ExtractedQuote[] = [];
  if (typeof text !== "string" || !text) return out;
  const memory = new SpeakerMemory(matcher);
  let lastSpeaker: { span: TextSpan; source: ResolvedSource; para: number } | null = null;
  const sentencesByParagraph = paragraphSentences ?? sentencesOfText(text);

  for (let pi = 0; pi < sentencesByParagraph.length; pi++) {
    const sentences = sentencesByParagraph[pi];
    const toks: Token[] = [];
    const bounds: Span[] = [];
    for (const s of sentences) {
      bounds.push({ first: toks.length, last: toks.length + s.tokens.length - 1 });
      for (const t of s.tokens) toks.push(t);
    }
    if (!toks.length) continue;
    /** First token of each token's sentence (a colon's clause never reaches into the sentence before). */
    const sentenceStart = new Int32Array(toks.length);
    for (const b of bounds) sentenceStart.fill(b.first, b.first, b.last + 1);
    const { spans: allDirect, unclosed: unclosedLast } = directQuoteSpans(toks);
    // quoted names and titles („Die Zeit“) are part of a phrase, not quotations
    const directSpans = allDirect.filter((q) => !isQuotedName(toks, q));
    const unclosed = unclosedLast && directSpans[directSpans.length - 1] === allDirect[allDirect.length - 1];
    const inside = new Int32Array(toks.length).fill(-1);
    directSpans.forEach((q, qi) => {
      for (let k = q.first; k <= q.last; k++) inside[k] = qi;
    });
    const konjunktiv = konjunktivCounts(toks, inside, sentenceStart);
    /** Whether tokens [a, b] contain a Konjunktiv form outside direct quotations (constant time). */
    const hasKonjunktiv = (a: number, b: number): boolean => konjunktiv[b + 1] - konjunktiv[a] > 0;
    let nextDirect = 0;
    const directSpeaker: (Speaker & { cue: Span | null; rule: string })[] = directSpans.map(() => ({
      span: null,
      source: null,
      cue: null,
      rule: "",
    }));
    const drafts: Draft[] = [];
    const textSpan = (s: Span): TextSpan => ({
      start: toks[s.first].start,
      end: toks[s.last].end,
      text: text.slice(toks[s.first].start, toks[s.last].end),
    });
    const resolveSpan = (s: Span | null): ResolvedSource | null => (s ? memory.resolve(toks.slice(s.first, s.last + 1)) : null);
    const carry = (paragraphs = CARRY_PARAGRAPHS): Speaker | null =>
      lastSpeaker && pi - lastSpeaker.para <= paragraphs
        ? { span: null, carried: lastSpeaker.span, source: lastSpeaker.source }
        : null;
    const noteSpeaker = (sp: Speaker | null): void => {
      if (!sp?.span || !sp.source) return;
      memory.remember(sp.source);
      lastSpeaker = { span: textSpan(sp.span), source: sp.source, para: pi };
    };

    let previous: Span | null = null;
    for (const b of bounds) {
      let cued = false;
      /** The first speaker a cue of this sentence named (for quoted words inside the sentence). */
      let sentenceSpeaker: { speaker: Speaker; cue: Span } | null = null;
      const end = contentEnd(toks, b.first, b.last);
      for (let i = b.first; i <= b.last; i++) {
        if (inside[i] >= 0) continue;
        const t = toks[i];
        // --- source phrases: "laut X", "X zufolge", "nach Angaben X", ", so X", "Demnach"
        let source: { cue: Span; speaker: Span | null } | null = null;
        if (SOURCE_PREP.has(t.lower) && t.kind === "w") {
          source = {
            cue: { first: i, last: i },
            speaker: phraseFrom(toks, i + 1, b.last) ?? attributedPhrase(toks, i + 1, b.last),
          };
        } else if (SOURCE_POST.has(t.lower) && i > b.first) {
          let f = i - 1;
          while (f > b.first && i - f < SPEAKER_MAX && !isBreak(toks[f - 1]) && inside[f - 1] < 0 && !PREP.has(toks[f - 1].lower))
            f--;
          source = { cue: { first: i, last: i }, speaker: { first: f, last: i - 1 } };
        } else if (t.lower === "nach" && i < b.last && isSourceNoun(toks[i - 1])) {
          // "Seiner Meinung nach", "Medienberichten nach": the source phrase stands before
          const f = clauseStart(toks, Math.max(b.first, i - SPEAKER_MAX), i - 1, inside);
          source = { cue: { first: i, last: i }, speaker: { first: f, last: i - 1 } };
        } else if (t.lower === "nach" && i < b.last) {
          // "nach Angaben der Polizei", "nach einer Studie des Instituts", "nach Polizeiangaben"
          const phrase = sourcePhraseAfter(toks, i + 1, b.last);
          if (phrase) source = { cue: { first: i, last: i }, speaker: phrase };
        } else if (t.lower === "so" && i > b.first && toks[i - 1].text === ",") {
          const sp = phraseFrom(toks, i + 1, b.last);
          if (sp) source = { cue: { first: i, last: i }, speaker: sp };
        } else if (ANAPHORIC.has(t.lower) && (i === b.first || isBreak(toks[i - 1]))) {
          source = { cue: { first: i, last: i }, speaker: { first: i, last: i } };
        }
        if (source) {
          cued = true;
          const sp: Speaker = { span: source.speaker, source: resolveSpan(source.speaker) };
          sentenceSpeaker ??= { speaker: sp, cue: source.cue };
          // a source phrase right after a closing mark belongs to that quotation: „…“, so X
          const before = source.cue.first - 2 >= b.first ? inside[source.cue.first - 2] : -1;
          const quoteBefore = toks[source.cue.first - 1]?.text === "," ? before : (inside[source.cue.first - 1] ?? -1);
          if (quoteBefore >= 0 && !directSpeaker[quoteBefore].span) {
            Object.assign(directSpeaker[quoteBefore], sp, { cue: source.cue, rule: "speaker.after" });
          } else {
            drafts.push({
              start: toks[b.first].start,
              end: toks[end].end,
              type: "indirect",
              cue: source.cue,
              speaker: sp,
              rules: ["indirect.source"],
            });
          }
          noteSpeaker(sp);
          i = Math.max(i, source.cue.last);
          continue;
        }
        // --- speech verbs, and the impersonal "heißt es" (its source, if any, in a prepositional phrase)
        const impersonal = impersonalCueAt(toks, i);
        const cue = impersonal ?? verbCueAt(toks, i, b.last);
        if (!cue) {
          // --- a speech noun with its content clause: "die Forderung der X, …", "mit der Begründung, es sei …"
          const noun = cued ? null : nounCueAt(toks, i, end);
          const c = noun ? noun.comma + 1 : -1;
          if (noun && (COMPLEMENTIZER.has(toks[c].lower) || hasKonjunktiv(c, end))) {
            cued = true;
            // without a genitive owner the sentence's subject holds the view ("X erhob die Forderung, …")
            const subject = startsSubject(toks[b.first]) ? phraseFrom(toks, b.first, i - 1) : null;
            const span = noun.owner ?? (subject && subject.last < i ? subject : null);
            const sp: Speaker = { span, source: resolveSpan(span) };
            drafts.push({
              start: toks[c].start,
              end: toks[end].end,
              type: "indirect",
              cue: { first: i, last: i },
              speaker: sp,
              rules: ["indirect.noun"],
            });
            noteSpeaker(sp);
            i = noun.comma;
          }
          continue;
        }
        cued = true;
        const cueLeft = clauseStart(toks, b.first, cue.verb, inside);
        const speakerSpan =
          (impersonal ? impersonalSource(toks, cueLeft, cue, b.last) : speakerOfVerb(toks, cue, b.first, b.last, inside)) ??
          locativeBeforeRelative(toks, b.first, cueLeft, cue) ??
          (isCoordinated(toks, cue) ? (sentenceSpeaker?.speaker.span ?? null) : null);
        const antecedent = speakerSpan ? relativeAntecedent(toks, speakerSpan, b.first) : null;
        const sp: Speaker = { span: speakerSpan, source: resolveSpan(antecedent ?? speakerSpan) };
        const cueSpan: Span = { first: cue.verb, last: cue.last };
        if (sp.span) sentenceSpeaker ??= { speaker: sp, cue: cueSpan };
        noteSpeaker(sp);
        const left = clauseStart(toks, b.first, cue.verb, inside);
        // "Das sagte X." / "Dies bestätigte X.": the previous sentence is what was said
        if (previous && cue.verb === b.first + 1 && BACK_REFERENCE.has(toks[b.first].lower) && inside[previous.first] < 0) {
          drafts.push({
            start: toks[previous.first].start,
            end: toks[previous.last].end,
            type: "indirect",
            cue: cueSpan,
            speaker: sp,
            rules: ["indirect.back-reference"],
          });
          noteSpeaker(sp);
          i = cue.last;
          continue;
        }
        // a closing mark (and comma) right before the cue clause: „…“, sagte X
        // (without a comma only when the quotation ends in its own punctuation: „…!“ sagte X)
        const commaInside = left - 2 >= b.first && [",", ".", "!", "?"].includes(toks[left - 2].text);
        const markBefore = left > b.first ? (toks[left - 1].text === "," ? left - 2 : commaInside ? left - 1 : -1) : -1;
        if (markBefore >= b.first && inside[markBefore] >= 0 && directSpans[inside[markBefore]].last === markBefore) {
          Object.assign(directSpeaker[inside[markBefore]], sp, { cue: cueSpan, rule: "speaker.after" });
          noteSpeaker(sp);
          i = cue.last;
          continue;
        }
        // the clause after the cue: ": „…“" → that direct quotation; ", dass …" → indirect
        let k = cue.last + 1;
        while (k <= end && !isBreak(toks[k]) && inside[k] < 0 && k - cue.last < PARTICLE_WINDOW) k++;
        const afterQuote = k <= end ? (inside[k] >= 0 ? inside[k] : toks[k + 1] && inside[k + 1] >= 0 ? inside[k + 1] : -1) : -1;
        if (afterQuote >= 0 && directSpans[afterQuote].first >= k) {
          Object.assign(directSpeaker[afterQuote], sp, { cue: cueSpan, rule: "speaker.before" });
          noteSpeaker(sp);
          i = cue.last;
          continue;
        }
        const opener = OPENER.has(toks[left]?.lower ?? "");
        if (k < end && (toks[k].text === "," || toks[k].text === ":")) {
          const c = k + 1;
          if (
            COMPLEMENTIZER.has(toks[c].lower) ||
            opener ||
            hasKonjunktiv(c, end) ||
            startsMainClause(toks, c) ||
            endsInZuInfinitive(toks, c, end)
          ) {
            drafts.push({
              start: toks[c].start,
              end: toks[end].end,
              type: "indirect",
              cue: cueSpan,
              speaker: sp,
              rules: [opener ? "indirect.wie" : "indirect.clause"],
            });
            noteSpeaker(sp);
            i = cue.last;
            continue;
          }
        }
        // "…, sagte X": the cue clause starts with its verb and names its speaker after it
        const inverted = left === cue.verb && (!!impersonal || (!!sp.span && sp.span.first > cue.verb));
        if (inverted && left > b.first && toks[left - 1].text === "," && inside[left - 2] < 0) {
          drafts.push({
            start: toks[b.first].start,
            end: toks[left - 2].end,
            type: "indirect",
            cue: cueSpan,
            speaker: sp,
            rules: ["indirect.fronted"],
          });
          noteSpeaker(sp);
          i = cue.last;
          continue;
        }
        if (
          REPORTED_SPEECH_LEMMAS.has(cue.lemma) &&
          sp.span &&
          isAgent(toks, sp.span, sp.source) &&
          (cue.lemma !== "sprechen" || hasVon(toks, cue.verb, end))
        ) {
          drafts.push({
            start: toks[b.first].start,
            end: toks[end].end,
            type: "reported",
            cue: cueSpan,
            speaker: sp,
            rules: ["reported.verb"],
          });
          noteSpeaker(sp);
        }
        i = cue.last;
      }
      // a subject named at the start of a sentence without a cue is what a later pronoun refers to
      if (!cued && startsSubject(toks[b.first]) && !PRONOUN.has(toks[b.first].lower) && inside[b.first] < 0) {
        const mention = resolveSpan(phraseFrom(toks, b.first, end));
        if (mention) memory.remember(mention);
      }
      // --- a Konjunktiv sentence without a cue continues the last speaker
      const hasDirect = inside[b.first] >= 0 || inside[end] >= 0;
      if (!cued && !hasDirect && hasKonjunktiv(b.first, end)) {
        const sp = carry();
        if (sp)
          drafts.push({
            start: toks[b.first].start,
            end: toks[b.last].end,
            type: "free_indirect",
            cue: null,
            speaker: sp,
            rules: ["free_indirect.konjunktiv"],
          });
      }
      previous = b;
      // direct quotations that end in this sentence without a speaker yet
      // (the spans do not overlap and are in text order: one pointer walks them once)
      for (; nextDirect < directSpans.length && directSpans[nextDirect].last <= b.last; nextDirect++) {
        const qi = nextDirect;
        const q = directSpans[qi];
        const ds = directSpeaker[qi];
        if (ds.span || ds.cue) continue;
        if (sentenceSpeaker) {
          Object.assign(ds, sentenceSpeaker.speaker, { cue: sentenceSpeaker.cue, rule: "speaker.sentence" });
          continue;
        }
        if (q.first > 0 && toks[q.first - 1].text === ":") {
          const at = clauseStart(toks, Math.max(sentenceStart[q.first - 1], q.first - 40), q.first - 1, inside);
          const span = colonSpeaker(toks, at, q.first - 2);
          if (span) {
            const sp: Speaker = { span, source: resolveSpan(span) };
            Object.assign(ds, sp, { rule: "speaker.colon" });
            noteSpeaker(sp);
            continue;
          }
        }
        const words = countWords(toks, q.first, q.last);
        if (words < BARE_QUOTE_MIN_WORDS) {
          ds.rule = "skip";
          continue;
        }
        const sp = carry(DIRECT_CARRY_PARAGRAPHS);
        if (sp) Object.assign(ds, sp, { rule: "speaker.carried" });
        else ds.rule = "speaker.none";
      }
    }
    directSpans.forEach((q, qi) => {
      const ds = directSpeaker[qi];
      if (ds.rule === "skip") return;
      const closed = !(unclosed && qi === directSpans.length - 1);
      drafts.push({
        start: toks[q.first].start,
        end: toks[q.last].end,
        type: "direct",
        cue: ds.cue,
        speaker: ds.span || ds.carried ? ds : null,
        rules: [closed ? "direct.marks" : "direct.unclosed", ds.rule || "speaker.none"],
      });
    });
    drafts.sort((x, y) => x.start - y.start || y.end - x.end);
    for (const d of drafts) {
      const sp = d.speaker;
      const speakerText: TextSpan | null = sp?.span ? textSpan(sp.span) : (sp?.carried ?? null);
      const rules = sp?.source ? [...d.rules, sp.source.rule] : d.rules;
      out.push({
        start: d.start,
        end: d.end,
        type: d.type,
        cue: d.cue ? textSpan(d.cue) : NO_CUE,
        speaker: speakerText,
        actor: sp?.source?.actor ?? "",
        party: sp?.source?.party ?? "NONE",
        rules,
      });
    }
  }
  return out;
}

/** Words of a quoted name or title: capitalised, joined by articles, prepositions, "und". */
const NAME_JOINERS = new Set([...DETERMINERS, ...PREPOSITIONS, "und", "&"]);
const NAME_MAX_WORDS = 6;

/** A quoted name or title („Berliner Zeitung“, „Die Andere Medizin“), not a quotation. */
function isQuotedName(toks: Token[], q: Span): boolean {
  let words = 0;
  for (let k = q.first + 1; k < q.last; k++) {
    const t = toks[k];
    if (t.kind === "p") continue;
    words++;
    if (words > NAME_MAX_WORDS) return false;
    if (!isCap(t) && t.kind !== "m" && !(words > 1 && NAME_JOINERS.has(t.lower))) return false;
  }
  // one quoted word is a name only inside a noun phrase ("die Zeitung „Morgenpost“", "laut „Welt“")
  const before = toks[q.first - 1];
  return words >= 2 || (words === 1 && !!before && (isCap(before) || DET.has(before.lower) || SOURCE_PREP.has(before.lower)));
}

/** "sprach … von": the summarised speech act names its content after "von" in the same clause. */
function hasVon(toks: Token[], verb: number, end: number): boolean {
  for (let k = verb + 1; k <= end && k - verb < PARTICLE_WINDOW && !isBreak(toks[k]); k++)
    if (toks[k].lower === "von") return true;
  return false;
}

function countWords(toks: Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k <= b; k++) if (toks[k].kind !== "p") n++;
  return n;
}
