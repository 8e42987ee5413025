// Noun-phrase reading for the quotation layer: phraseFrom (a speaker or source phrase from a token
// on), quoted names and titles, quantities, attributes before a noun, source, document and speech
// nouns. Every rule that needs "the phrase at k" reads it here, so all agree on where one ends.

import { DETERMINERS, PREPOSITIONS, SPEECH_NOUNS } from "../lexicon/quote-words";
import { DOCUMENT_NOUNS, GENITIVE_DETERMINERS } from "../lexicon/speaker-phrases";
import { type Token, type TokenSpan as Span, isCap } from "../tokens";
import { hasAdjectiveEnding } from "./morphology";
import {
  ADVERB,
  CLOSING_MARKS,
  COMPLEMENTIZER,
  DEMONSTRATIVE,
  DET,
  GENITIVE_POSSESSIVE,
  NAME_PARTICLE,
  OPENING_MARKS,
  PREP,
  PRONOUN,
  QUANTIFIER,
  SOURCE_NOUN,
  SOURCE_PREP,
  SPEAKER_MAX,
  SPEECH_NOUN,
  isBreakOrEnd,
  set,
} from "./reader-words";
import { isTimePhrase } from "./time-phrase";
import { webNameEnd } from "./web-name";

/** Most tokens inside a parenthesis that stays inside its clause ("(SPD)", "(Ausgabe vom Montag)"). */
const PARENTHESIS_MAX = 10;

/** The closing parenthesis of the one opening at k, or -1 when none closes soon. */
export function parenthesisEnd(tokens: Token[], k: number, end: number): number {
  for (let c = k + 1; c <= end && c - k <= PARENTHESIS_MAX; c++) {
    if (tokens[c].text === ")") return c;
    if (tokens[c].text === "(") return -1;
  }
  return -1;
}

/** Most words of a name in apposition. */
export const APPOSITION_NAME_MAX = 4;

/**
 * At a comma: the comma closing a name in apposition after it (", Vorname Name,"), or the comma
 * itself when none follows.
 */
export function nameAppositionEnd(tokens: Token[], comma: number, limit: number): number {
  let k = comma + 1;
  while (k <= limit && k - comma <= APPOSITION_NAME_MAX && (isCap(tokens[k]) || tokens[k].kind === "m")) k++;
  return k > comma + 1 && k <= limit && tokens[k].text === "," ? k + 1 : comma;
}

/** The closing mark of a quoted name („Die Zeit“) opening at k, or -1. */
export function quotedNameEnd(tokens: Token[], k: number, end: number): number {
  const t = tokens[k];
  if (!t || t.kind !== "p" || !(OPENING_MARKS.has(t.text) || t.text === '"' || t.text === "“")) return -1;
  for (let c = k + 1; c <= end && c - k <= NAME_MAX_WORDS + 1; c++) {
    if (CLOSING_MARKS.has(tokens[c].text) || tokens[c].text === '"') return isQuotedName(tokens, { first: k, last: c }) ? c : -1;
  }
  return -1;
}

const GENITIVE_DETERMINER = set(GENITIVE_DETERMINERS);

/** A noun phrase starting at i (determiner, adjectives, nouns, names, genitive, parenthesis). */
export function phraseFrom(tokens: Token[], i: number, end: number): Span | null {
  const t = tokens[i];
  if (!t || i > end) return null;
  if (t.kind === "w" && (PRONOUN.has(t.lower) || DEMONSTRATIVE.has(t.lower)) && !isCap(tokens[i + 1]))
    return { first: i, last: i };
  const named = quotedNameEnd(tokens, i, end);
  if (named >= 0) return phraseFrom(tokens, named, end) ?? { first: i, last: named };
  // a web address is a name in lower case: "laut faz.net" (rule speaker.web-name)
  const web = webNameEnd(tokens, i, end);
  if (web >= 0) return { first: i, last: web };
  if (t.kind === "n") return isQuantityStart(tokens, i) ? quantityPhrase(tokens, i, end) : null;
  // "de Maizière sagte": a surname particle opens the name
  if (isNameParticleStart(tokens, i)) {
    const name = phraseFrom(tokens, i + 1, end);
    return name ? { first: i, last: name.last } : null;
  }
  if (t.kind !== "w" && t.kind !== "m") return null;
  // "dessen Stellvertreter", "deren Sprecherin": a genitive relative or demonstrative as the article (rule speaker.genitive-determiner)
  if (GENITIVE_DETERMINER.has(t.lower) && isCap(tokens[i + 1])) {
    const head = phraseFrom(tokens, i + 1, end);
    return head ? { first: i, last: head.last } : null;
  }
  if (!DET.has(t.lower) && !QUANTIFIER.has(t.lower) && !isCap(t)) return null;
  if (PREP.has(t.lower) || ADVERB.has(t.lower) || COMPLEMENTIZER.has(t.lower)) return null;
  let last = i;
  let sawNoun = isCap(t) && !DET.has(t.lower);
  for (let k = i + 1; k <= end && k - i < SPEAKER_MAX; k++) {
    const w = tokens[k];
    if (w.text === "(") {
      let c = k + 1;
      while (c <= end && c - k < 8 && tokens[c].text !== ")") c++;
      if (c <= end && tokens[c].text === ")") {
        last = c;
        k = c;
        continue;
      }
      break;
    }
    const nameEnd = quotedNameEnd(tokens, k, end);
    if (nameEnd >= 0) {
      last = nameEnd;
      sawNoun = true;
      k = nameEnd;
      continue;
    }
    // "Bündnis 90/Die Grünen", "CDU/CSU": a slash joins two parts of one name
    const slash = w.kind === "n" && tokens[k + 1]?.text === "/" ? k + 1 : w.text === "/" ? k : -1;
    if (sawNoun && slash > 0 && slash < end && isCap(tokens[slash + 1]) && (isCap(tokens[k - 1]) || w.kind === "n")) {
      k = slash;
      continue;
    }
    if (w.kind === "p") {
      // "Name, Vorname Name" apposition after a role: keep the name
      if (w.text === "," && sawNoun && isCap(tokens[k + 1]) && isCap(tokens[k + 2]) && isBreakOrEnd(tokens, k + 3, end)) {
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
    if (sawNoun && (w.lower === "des" || w.lower === "der" || GENITIVE_POSSESSIVE.has(w.lower)) && isCap(tokens[k + 1])) {
      continue; // genitive: "der Sprecher des Ministeriums"
    }
    // a genitive with inflected adjectives before its noun: "die Sprecherin der kleinsten Fraktion" (rule speaker.genitive-adjective)
    // (not after a name of two words: "Vorname Name der neue Sprecher" is a new phrase)
    if (
      sawNoun &&
      (w.lower === "des" || w.lower === "der") &&
      k + 2 <= end &&
      (k - 1 === i || !isCap(tokens[k - 2]) || DET.has(tokens[k - 2].lower))
    ) {
      let a = k + 1;
      while (a <= end && a - k <= 2 && !isCap(tokens[a]) && tokens[a].kind === "w" && hasAdjectiveEnding(tokens[a].lower)) a++;
      if (a > k + 1 && a <= end && isCap(tokens[a]) && tokens[a].kind === "w" && !DET.has(tokens[a].lower)) {
        last = a;
        k = a;
        continue;
      }
    }
    if (sawNoun && (w.lower === "von" || w.lower === "für")) {
      if (isCap(tokens[k + 1])) continue;
      // "Angaben von faz.net": the owner is a web address (rule speaker.web-name)
      const web = webNameEnd(tokens, k + 1, end);
      if (web >= 0) last = web;
    }
    break;
  }
  return sawNoun ? { first: i, last } : null;
}

/** A lower-case surname particle right before a capitalised name ("de Maizière", "van Gaal"). */
export function isNameParticleStart(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return (
    !!t && t.kind === "w" && NAME_PARTICLE.has(t.lower) && !isCap(t) && isCap(tokens[i + 1]) && !DET.has(tokens[i + 1].lower)
  );
}

/**
 * A number right before a capitalised noun that is no time noun opens a noun phrase that can be a
 * subject: "37 Prozent (der Befragten) sind der Auffassung", "Zwei Drittel"; not "1996 hatte …",
 * "Am 5. Mai".
 */
export function isQuantityStart(tokens: Token[], i: number): boolean {
  const noun = tokens[i + 1];
  return (
    tokens[i]?.kind === "n" && !!noun && isCap(noun) && noun.kind === "w" && !isTimePhrase(tokens, { first: i + 1, last: i + 1 })
  );
}

/** The phrase a quantity opens: the number, its noun and a genitive after it ("47 Prozent der Befragten"). */
export function quantityPhrase(tokens: Token[], i: number, end: number): Span | null {
  if (i + 1 > end) return null;
  const genitive = tokens[i + 2]?.lower === "der" && i + 3 <= end && isCap(tokens[i + 3]) ? phraseFrom(tokens, i + 2, end) : null;
  return { first: i, last: genitive ? genitive.last : i + 1 };
}

/** A capitalised noun whose compound head is a source noun ("Polizeiangaben", "Studie"). */
export function isSourceNoun(t: Token | undefined): boolean {
  if (!t || !isCap(t)) return false;
  for (const noun of SOURCE_NOUN)
    if (t.lower.endsWith(noun) || t.lower.endsWith(noun + "s") || t.lower.endsWith(noun + "n")) return true;
  return false;
}

const DOCUMENT_NOUN = set(DOCUMENT_NOUNS);

/** A capitalised noun whose compound head is a document noun ("Gesetzesvorlage", "Urteils"). */
export function isDocumentNoun(t: Token): boolean {
  if (!isCap(t)) return false;
  const w = t.lower.replace(/e?s$/, "");
  for (const noun of DOCUMENT_NOUN) if (w.endsWith(noun) || t.lower.endsWith(noun)) return true;
  return false;
}

/**
 * The last phrase of a sentence whose head is a source noun ("dem Urteil des Gerichts", "einer
 * Gesetzesvorlage"), outside direct quotations, with its article and genitive; null when none.
 */
export function documentPhraseIn(tokens: Token[], sentence: Span, inside: Int32Array): Span | null {
  for (let k = sentence.last; k >= sentence.first; k--) {
    if (inside[k] >= 0 || !(isSourceNoun(tokens[k]) || isDocumentNoun(tokens[k]))) continue;
    const phrase = phraseFrom(tokens, k, sentence.last);
    return { first: attributesBefore(tokens, sentence.first, k), last: phrase ? phrase.last : k };
  }
  return null;
}

/** Possessives and adjective endings: the attributes of a noun ("seiner Meinung", "dem ersten Vernehmen"). */
const POSSESSIVE = /^(?:mein|dein|sein|ihr|unser|euer)(?:e|en|er|em|es)?$/;

/**
 * First token of the noun phrase that ends with the noun at `noun` (its article, possessive and
 * adjectives), not before `from`: "Die Firma steht dem Vernehmen nach vor dem Verkauf" → "dem Vernehmen".
 */
export function attributesBefore(tokens: Token[], from: number, noun: number): number {
  let f = noun;
  while (f > from && noun - f < ATTRIBUTE_MAX) {
    const w = tokens[f - 1];
    if (w.kind !== "w" || PREP.has(w.lower) || ADVERB.has(w.lower)) break;
    const attributive = DET.has(w.lower) || POSSESSIVE.test(w.lower) || (!isCap(w) && hasAdjectiveEnding(w.lower));
    if (!attributive) break;
    f--;
    if (DET.has(w.lower) || POSSESSIVE.test(w.lower)) break;
  }
  return f;
}

/** Lower-case words (adjectives, possessives) that may stand before the source noun after "nach". */
export const ATTRIBUTE_MAX = 3;

/** A noun phrase opened by adjectives or possessives ("laut israelischen Medien", "gemäß seiner Aussage"). */
export function attributedPhrase(tokens: Token[], i: number, end: number): Span | null {
  let k = i;
  while (k <= end && k - i < ATTRIBUTE_MAX && tokens[k].kind === "w" && !isCap(tokens[k]) && !PREP.has(tokens[k].lower)) k++;
  if (k === i || k > end || !isCap(tokens[k])) return null;
  const phrase = phraseFrom(tokens, k, end);
  return phrase ? { first: i, last: phrase.last } : null;
}

/**
 * A source in quotation marks right after "laut"/"gemäß" ("laut „tagesschau.de“", "laut „Le
 * Monde“"): a few words between the marks name the medium, they are no quotation.
 */
export function quotedSource(tokens: Token[], i: number, end: number): Span | null {
  const t = tokens[i];
  if (!t || i > end || t.kind !== "p" || !(OPENING_MARKS.has(t.text) || t.text === '"')) return null;
  for (let c = i + 1; c <= end && c - i <= NAME_MAX_WORDS + 1; c++)
    if (CLOSING_MARKS.has(tokens[c].text) || tokens[c].text === '"') return c > i + 1 ? { first: i, last: c } : null;
  return null;
}

/** The closing mark of a few quoted words opening at k, or -1. */
export function quotedWordsEnd(tokens: Token[], k: number, end: number): number {
  const t = tokens[k];
  if (t.kind !== "p" || !(OPENING_MARKS.has(t.text) || t.text === '"' || t.text === "“")) return -1;
  for (let c = k + 1; c <= end && c - k <= NAME_MAX_WORDS + 1; c++)
    if (CLOSING_MARKS.has(tokens[c].text) || tokens[c].text === '"') return c;
  return -1;
}

/** Shortest head a compound speech noun ends with ("Rücktrittsforderung" → "forderung"). */
const SPEECH_NOUN_HEAD_MIN = 5;

/** Last letters of every speech noun: a word ending otherwise is none (checked before the slicing). */
const SPEECH_NOUN_ENDINGS = new Set(SPEECH_NOUNS.map((noun) => noun.slice(-3)));

/**
 * Answers of isSpeechNoun by word: every capitalised token is asked, and the answer depends on the
 * word alone. Bounded (started afresh when full) so memory stays flat over a long stream of texts.
 */
const speechNounMemo = new Map<string, boolean>();

const SPEECH_NOUN_MEMO_MAX = 20_000;

/** A speech noun, also in the plural ("Befürchtungen", "Vorwürfe") or as a compound's head. */
export function isSpeechNoun(lower: string): boolean {
  let answer = speechNounMemo.get(lower);
  if (answer === undefined) {
    if (speechNounMemo.size >= SPEECH_NOUN_MEMO_MAX) speechNounMemo.clear();
    answer = speechNounUncached(lower);
    speechNounMemo.set(lower, answer);
  }
  return answer;
}

/** isSpeechNoun of a token, kept on its Word (a property read instead of a Map lookup per occurrence). */
export function tokenIsSpeechNoun(t: Token): boolean {
  const w = t.word;
  if (!w) return isSpeechNoun(t.lower);
  if (w.speechNoun === undefined) w.speechNoun = isSpeechNoun(t.lower);
  return w.speechNoun;
}

const UMLAUT_BASE: Readonly<Record<string, string>> = { ä: "a", ö: "o", ü: "u" };

// a module constant: built once (tsx/esbuild compile a \p{…} literal into a new RegExp per evaluation)
const UMLAUT_PLURAL = /([äöü])(\p{Ll}*)en?$/u;

/** The singular of an umlaut plural in -e ("vorwürfe" → "vorwurf", "pläne" → "plan", "ängste" → "angst"). */
function withoutPluralUmlaut(lower: string): string {
  return lower.replace(UMLAUT_PLURAL, (_all, umlaut: string, rest: string) => UMLAUT_BASE[umlaut] + rest);
}

function speechNounUncached(lower: string): boolean {
  const singular = [lower, lower.replace(/(?:en|n|e)$/, ""), withoutPluralUmlaut(lower)];
  for (const form of singular) {
    if (!SPEECH_NOUN_ENDINGS.has(form.slice(-3))) continue;
    if (SPEECH_NOUN.has(form)) return true;
    for (let cut = 1; form.length - cut >= SPEECH_NOUN_HEAD_MIN; cut++) if (SPEECH_NOUN.has(form.slice(cut))) return true;
  }
  return false;
}

/** Words of a quoted name or title: capitalised, joined by articles, prepositions, "und". */
/** Definite articles: a quotation right after one is a title or name, not reported words. */
const DEFINITE_ARTICLE = set(["das", "dem", "den", "der", "des", "die"]);

const NAME_JOINERS = new Set([...DETERMINERS, ...PREPOSITIONS, "und", "&"]);

const NAME_MAX_WORDS = 6;

/** A quoted name or title („Berliner Zeitung“, „Die Andere Medizin“), not a quotation. */
export function isQuotedName(tokens: Token[], q: Span): boolean {
  let words = 0;
  // after a definite article a capitalised title may hold lower-case words ("die „Aktion Wir helfen“")
  const titled = DEFINITE_ARTICLE.has(tokens[q.first - 1]?.lower ?? "") && isCap(tokens[q.first + 1]);
  for (let k = q.first + 1; k < q.last; k++) {
    const t = tokens[k];
    if (t.kind === "p") continue;
    words++;
    if (words > NAME_MAX_WORDS) return false;
    if (!isCap(t) && t.kind !== "m" && !titled && !(words > 1 && NAME_JOINERS.has(t.lower))) return false;
  }
  // one quoted word is a name only inside a noun phrase ("die Zeitung „Morgenpost“", "laut „Welt“")
  const before = tokens[q.first - 1];
  return words >= 2 || (words === 1 && !!before && (isCap(before) || DET.has(before.lower) || SOURCE_PREP.has(before.lower)));
}
