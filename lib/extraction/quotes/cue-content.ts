// The content clause after a cue verb: ", dass …", ": …", a main clause without "dass", a
// zu-infinitive, "Wie X sagte, …" and "…, wie X sagte.", "…, sagte X" with the content before it,
// and the tests that tell a content clause from a reason, a condition, an apposition or a relative clause.

import { QUALIFIERS } from "../numbers";
import { type Token, type TokenSpan as Span, isCap } from "../tokens";
import { BACK_REFERENCE_CLAUSE_RULE, isBackReferenceClause } from "./back-reference";
import { BARE_INFINITIVE_RULE, isBareInfinitiveClause } from "./bare-infinitive";
import { isFrontedCueClause } from "./content-end";
import { CONTENT_OPENING_RULE, opensContentClause } from "./content-opening";
import { DOCUMENT_STANDS_RULE } from "./document-stands";
import { FRONTED_PARTICIPLE_RULE } from "./fronted-participle";
import { LIGHT_VERB_RULE } from "./light-verb";
import { hasAdjectiveEnding } from "./morphology";
import type { CueRead, ParagraphContext, Speaker } from "./paragraph-context";
import { QUOTED_ATTRIBUTE_RULE } from "./quoted-attribute";
import { addCueQuote, contentLast } from "./reader-drafts";
import { ATTRIBUTE_MAX, phraseFrom, quotedWordsEnd } from "./reader-phrases";
import { resolveSpan } from "./reader-speakers";
import {
  ADVERB,
  ADVERBIAL_SUBORDINATOR,
  CLAUSE_EDGES,
  COMPLEMENTIZER,
  DET,
  NON_CONTENT_OPENER,
  PARTICLE_WINDOW,
  PREP,
  PRONOUN,
  clauseStart,
  isBreak,
  isPreposition,
  set,
} from "./reader-words";
import { readReportedSpeech } from "./reported-speech";
import { BARE_DASS, hasCoordinatedCue, isFirstPersonCue } from "./verb-cues";
import { WIE_AFTER_RULE, isAppositionPhrase, wieOpenerAt } from "./wie-clause";

/**
 * Whether the clause at c is a main clause (a content clause without "dass": "sagte, die Lage
 * ist ernst") rather than a relative clause ("sagte der Minister, der …").
 */
function startsMainClause(tokens: Token[], c: number): boolean {
  const t = tokens[c];
  if (t?.kind === "n") return true;
  // a number with its qualifier as the subject ("…, rund 37 Prozent der Fälle …")
  if (tokens[qualifierEnd(tokens, c) + 1]?.kind === "n") return true;
  if (!t || t.kind !== "w") return false;
  if (PRONOUN.has(t.lower) || t.lower === "es" || t.lower === "man" || t.lower === "wir") return true;
  // a relative pronoun before a preposition or an article opens a relative clause ("…, die mit …
  // ausgestattet sind", "…, der die Stadt leitet")
  if (isRelativeClauseStart(tokens, c)) return false;
  if (DET.has(t.lower)) return isCap(tokens[c + 1]) || (tokens[c + 1]?.kind === "w" && isCap(tokens[c + 2]));
  return isCap(t) && !PREP.has(t.lower) && !ADVERB.has(t.lower);
}

/** A relative pronoun before an article or a preposition: "…, die auf ihrer Seite erschien". */
function isRelativeClauseStart(tokens: Token[], c: number): boolean {
  const next = tokens[c + 1]?.lower ?? "";
  return DET.has(tokens[c]?.lower ?? "") && (PREP.has(next) || DET.has(next));
}

/** Focus particles before such a conjunction ("Selbst wenn …", "Auch wenn …"). */
const SUBORDINATOR_FOCUS = set(["auch", "erst", "nur", "selbst"]);

/**
 * Whether tokens [first, last] are one adverbial clause ("Da der Flug ausfiel"): the verb after its
 * comma is the main clause's, not a cue inserted after reported words.
 */
function isSubordinateClause(tokens: Token[], first: number, last: number): boolean {
  const opener = SUBORDINATOR_FOCUS.has(tokens[first].lower) ? first + 1 : first;
  if (opener > last || !ADVERBIAL_SUBORDINATOR.has(tokens[opener].lower)) return false;
  for (let k = opener + 1; k <= last; k++) if (tokens[k].text === ",") return false;
  return true;
}

/** Qualifiers of a number that open no prepositional phrase ("rund", "mehr als"; not "bis zu", "um die"). */
const SUBJECT_QUALIFIERS = QUALIFIERS.filter((words) => !PREP.has(words[0]));

/** The last token of a number's qualifier at c ("rund", "mehr als"), or c - 1 when none stands there. */
function qualifierEnd(tokens: Token[], c: number): number {
  for (const words of SUBJECT_QUALIFIERS) if (words.every((w, j) => tokens[c + j]?.lower === w)) return c + words.length - 1;
  return c - 1;
}

/**
 * Whether the clause at c is only a noun phrase up to the next comma or the sentence's end: an
 * apposition to the speaker before it ("sagte X, der Sprecher der Feuerwehr"), not a content clause.
 */
function isAppositionOnly(tokens: Token[], c: number, end: number): boolean {
  let phrase = phraseFrom(tokens, c, end);
  // after a noun (the speaker), the head may carry genitive and prepositional attributes ("sagte
  // X, der Sprecher der örtlichen Feuerwehr in Bonn"); after a verb the clause is its object
  const attributes = isCap(tokens[c - 2]) ? APPOSITION_ATTRIBUTES_MAX : 0;
  for (let n = 0; phrase && n <= attributes; n++) {
    if (phrase.last >= end || isBreak(tokens[phrase.last + 1])) return true;
    phrase = attributeAt(tokens, phrase.last + 1, end);
  }
  return false;
}

/** Most genitive or prepositional attributes after the head of an apposition. */
const APPOSITION_ATTRIBUTES_MAX = 3;

/**
 * A genitive or prepositional attribute at k: an article or a preposition (with its article), then
 * adjectives or adverbs, then a capitalised noun phrase ("der so genannten Hilfsgruppe", "in Bonn").
 * A finite verb is neither, so a clause never reads as one.
 */
function attributeAt(tokens: Token[], k: number, end: number): Span | null {
  const t = tokens[k];
  if (!t || k > end || t.kind !== "w" || !(DET.has(t.lower) || PREP.has(t.lower))) return null;
  let a = k + 1;
  if (PREP.has(t.lower) && a <= end && DET.has(tokens[a].lower)) a++;
  const attributesFrom = a;
  while (a <= end && a - attributesFrom < ATTRIBUTE_MAX && tokens[a].kind === "w" && !isCap(tokens[a])) {
    if (!hasAdjectiveEnding(tokens[a].lower) && !ADVERB.has(tokens[a].lower)) return null;
    a++;
  }
  if (a > end) return null;
  // a quoted word where the noun stands is a designation ("der so genannten „…“")
  const quoted = quotedWordsEnd(tokens, a, end);
  if (quoted >= 0) return { first: k, last: quoted };
  const noun = isCap(tokens[a]) ? phraseFrom(tokens, a, end) : null;
  return noun ? { first: k, last: noun.last } : null;
}

/** Separable particles that take an infixed "zu" in the infinitive ("anzukündigen", "einzufangen"). */
const ZU_INFIX =
  /^(?:ab|an|auf|aus|bei|dar|durch|ein|fest|fort|frei|her|heraus|hin|hinzu|los|mit|nach|nieder|statt|teil|um|vor|voran|vorbei|weg|weiter|wieder|zu|zurück|zusammen)zu\p{Ll}{2,}(?:en|ern|eln)$/u;

/** How far an infinitive clause is looked at for its "zu" + infinitive. */
const INFINITIVE_WINDOW = 40;

/**
 * Whether the clause at c is an infinitive clause: its verb, at the clause's end, is "zu" + an
 * infinitive or an infinitive with infixed "zu" ("forderte, die Steuer zu senken", "kündigte an,
 * die Halle abzureißen"). Only the clause up to the next comma or the sentence's end is looked at.
 */
// a module constant: built once (tsx/esbuild compile a \p{…} literal into a new RegExp per evaluation)
const INFINITIVE_ENDING = /\p{Ll}(?:en|ern|eln|n)$/u;

export function endsInZuInfinitive(tokens: Token[], c: number, end: number): boolean {
  let k = c;
  while (k < end && k - c < INFINITIVE_WINDOW && !CLAUSE_EDGES.has(tokens[k + 1].text)) k++;
  const verb = tokens[k];
  if (!verb || verb.kind !== "w" || isCap(verb)) return false;
  if (ZU_INFIX.test(verb.lower)) return true;
  return tokens[k - 1]?.lower === "zu" && k - 1 > c && INFINITIVE_ENDING.test(verb.lower);
}

/**
 * "…, da …", "…, um … zu …" after a cue's comma: the reason or aim of the speech act. A
 * Konjunktiv in its own clause makes it the reason the speaker gave ("…, weil X fehle").
 */
function isReasonClause(ctx: ParagraphContext, c: number): boolean {
  const { tokens, end } = ctx;
  if (!NON_CONTENT_OPENER.has(tokens[c].lower)) return false;
  let last = c;
  while (last < end && last - c < PARTICLE_WINDOW && !isBreak(tokens[last + 1])) last++;
  return !ctx.hasKonjunktiv(c, last);
}

/** A cue verb's content clause ("sagte, dass …", "Wie X mitteilte, …"), or the sentence as reported speech. */
export function readCueContent(
  ctx: ParagraphContext,
  read: CueRead,
  cueSpan: Span,
  speaker: Speaker,
  borrowed: Speaker | null,
  frontedObject: boolean,
  k: number,
  passedAttribute: boolean,
): void {
  const { tokens, inside, sentence, end } = ctx;
  const { cue } = read;
  const wieAt = wieOpener(ctx, read, speaker);
  const opener = wieAt >= 0;
  // "…, wie X mitteilte.": the cue clause closes the sentence (rule indirect.wie-after)
  const sentenceStartChar = tokens[sentence.first].start;
  if (
    wieAt > sentence.first + 1 &&
    k > end &&
    cue.last === end &&
    tokens[wieAt - 1].text === "," &&
    inside[wieAt - 2] < 0 &&
    !ctx.drafts.some((d) => d.start >= sentenceStartChar)
  ) {
    addCueQuote(ctx, cueSpan, speaker, sentenceStartChar, tokens[wieAt - 2].end, "indirect", [WIE_AFTER_RULE]);
    return;
  }
  if (readContentClause(ctx, read, cueSpan, speaker, opener, k, passedAttribute)) return;
  if (readClauseAround(ctx, read, cueSpan, speaker, frontedObject, k)) return;
  readReportedSpeech(ctx, read, cueSpan, speaker, borrowed);
}

/**
 * "Wie X mitteilte, …", also after a conjunction ("Denn wie X berichtete, …") or with an apposition
 * in the cue clause ("Wie der Sprecher, Name, mitteilte, …"): the index of "wie", -1 when the cue
 * clause opens with none. The phrase after "wie" becomes the speaker.
 */
function wieOpener(ctx: ParagraphContext, read: CueRead, speaker: Speaker): number {
  const { tokens, inside, sentence } = ctx;
  const { cue, cueLeft } = read;
  const wieAt = wieOpenerAt(
    tokens,
    sentence.first,
    cueLeft,
    (x) => clauseStart(tokens, sentence.first, x, inside),
    (first, last) =>
      isAppositionPhrase(tokens, first, last, (from, to) => phraseFrom(tokens, from, to)?.last ?? -1, isPreposition),
  );
  if (wieAt >= 0 && wieAt < cueLeft - 1) {
    // the speaker is the phrase after "wie", apposition included
    const subject = phraseFrom(tokens, wieAt + 1, cue.verb - 1);
    if (subject) Object.assign(speaker, { span: subject, source: resolveSpan(ctx, subject) });
  }
  return wieAt;
}

/**
 * The content when none follows the cue's comma: an infinitive clause without its comma, or the
 * clause before the cue ("…, das sagte X", "…, sagte X"); false when neither stands there.
 */
function readClauseAround(
  ctx: ParagraphContext,
  read: CueRead,
  cueSpan: Span,
  speaker: Speaker,
  frontedObject: boolean,
  k: number,
): boolean {
  const { tokens, inside, sentence, end } = ctx;
  const { cue, cueLeft, impersonal } = read;
  // "forderte die Anwohner auf die Fenster zu schließen": an infinitive clause after the cue
  // without the optional comma (rule indirect.bare-infinitive)
  if (isBareInfinitiveClause(cue.last, k, end, (from) => endsInZuInfinitive(tokens, from, end))) {
    const content = contentLast(ctx, cue.last + 1, isFrontedCueClause(tokens, sentence.first, cue.verb));
    addCueQuote(ctx, cueSpan, speaker, tokens[cue.last + 1].start, tokens[content.last].end, "indirect", [
      BARE_INFINITIVE_RULE,
      ...content.rules,
    ]);
    return true;
  }
  // "…, das sagte X": a demonstrative before the verb refers to the clause before (rule indirect.back-reference-clause)
  if (
    speaker.span &&
    isBackReferenceClause(tokens, sentence.first, cueLeft, cue.verb, speaker.span.first) &&
    inside[cueLeft - 2] < 0
  ) {
    addCueQuote(ctx, cueSpan, speaker, tokens[sentence.first].start, tokens[cueLeft - 2].end, "indirect", [
      BACK_REFERENCE_CLAUSE_RULE,
    ]);
    return true;
  }
  // "…, sagte X": the cue clause starts with its verb and names its speaker after it
  const inverted = cueLeft === cue.verb && (!!impersonal || (!!speaker.span && speaker.span.first > cue.verb));
  if (
    inverted &&
    cueLeft > sentence.first &&
    tokens[cueLeft - 1].text === "," &&
    inside[cueLeft - 2] < 0 &&
    !frontedObject &&
    !isSubordinateClause(tokens, sentence.first, cueLeft - 2)
  ) {
    addCueQuote(ctx, cueSpan, speaker, tokens[sentence.first].start, tokens[cueLeft - 2].end, "indirect", ["indirect.fronted"]);
    return true;
  }
  return false;
}

/** ", dass …", ": …", "Wie X sagte, …": the content clause after a cue; false when there is none. */
function readContentClause(
  ctx: ParagraphContext,
  read: CueRead,
  cueSpan: Span,
  speaker: Speaker,
  opener: boolean,
  k: number,
  passedAttribute: boolean,
): boolean {
  const { tokens, inside, sentence, end } = ctx;
  const { cue, lightVerb, frontedParticiple, documentStands } = read;
  // "hoffte dass …": a content clause whose comma is missing
  const bareDass = k < end && tokens[k].lower === BARE_DASS && !isFirstPersonCue(tokens, cue.verb);
  if (
    k < end &&
    (tokens[k].text === "," || tokens[k].text === ":" || bareDass) &&
    (opener || bareDass || !isReasonClause(ctx, k + 1)) &&
    // "Falls X als Y eingestuft wird, wäre …": no content after a conditional clause (rule indirect.conditional-clause)
    !isConditionalCueClause(tokens, clauseStart(tokens, sentence.first, cue.verb, inside), k + 1) &&
    !hasCoordinatedCue(tokens, cue.last + 1, k - 1)
  ) {
    const contentStart = bareDass ? k : k + 1;
    if (
      COMPLEMENTIZER.has(tokens[contentStart].lower) ||
      opener ||
      ctx.hasKonjunktiv(contentStart, end) ||
      (startsMainClause(tokens, contentStart) && !isAppositionOnly(tokens, contentStart, end)) ||
      endsInZuInfinitive(tokens, contentStart, end) ||
      opensContentClause(tokens, contentStart)
    ) {
      const content = contentLast(ctx, contentStart, isFrontedCueClause(tokens, sentence.first, cue.verb));
      addCueQuote(ctx, cueSpan, speaker, tokens[contentStart].start, tokens[content.last].end, "indirect", [
        opener ? "indirect.wie" : "indirect.clause",
        ...(cue === lightVerb ? [LIGHT_VERB_RULE] : []),
        ...(cue === frontedParticiple ? [FRONTED_PARTICIPLE_RULE] : []),
        ...(cue === documentStands ? [DOCUMENT_STANDS_RULE] : []),
        ...("rule" in cue && cue.rule ? [cue.rule] : []),
        ...(opensContentClause(tokens, contentStart) ? [CONTENT_OPENING_RULE] : []),
        ...(passedAttribute ? [QUOTED_ATTRIBUTE_RULE] : []),
        ...content.rules,
      ]);
      return true;
    }
  }
  return false;
}

/** Conjunctions of a condition: "Falls X als Y eingestuft wird, wäre …" – the main clause after it is its
 *  consequence, not what was said (rule indirect.conditional-clause). */
const CONDITIONAL_OPENERS: ReadonlySet<string> = new Set(["falls", "sofern", "wenn"]);

/** A cue clause opened by a conditional conjunction, followed by a clause that no complementizer opens. */
function isConditionalCueClause(tokens: Token[], clauseFirst: number, next: number): boolean {
  return CONDITIONAL_OPENERS.has(tokens[clauseFirst].lower) && !!tokens[next] && !COMPLEMENTIZER.has(tokens[next].lower);
}
