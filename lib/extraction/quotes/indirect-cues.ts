// Cues for indirect speech: at a token, a speech verb (also light verb, fronted participle,
// "laut werden", "heißt es") or a speech noun, and what it says – the previous sentence
// (back-reference), a direct quotation next to it, or the clause after it (quotes/cue-content.ts).

import { type Token, type TokenSpan as Span, isCap } from "../tokens";
import { BACK_REFERENCE_PARAGRAPH_RULE, BACK_REFERENCE_RULE, opensBackReference } from "./back-reference";
import { countsCasualties } from "./casualty-object";
import { clauseOpenerLength } from "./clause-subject";
import { isFrontedNoun } from "./content-end";
import { endsInZuInfinitive, readCueContent } from "./cue-content";
import { cueSpeaker } from "./cue-speaker";
import { claimDirect } from "./direct-quotes";
import { frontedParticipleCueAt } from "./fronted-participle";
import { infinitiveCueAt } from "./infinitive-cue";
import { lautWerdenCueAt as importedLautWerdenCueAt } from "./laut-werden";
import { lightVerbCueAt as importedLightVerbCueAt } from "./light-verb";
import { MIXED_INFINITIVE_RULE } from "./mixed-quote";
import { isNamingParticiple } from "./naming-participle";
import { NOUN_ATTACHMENT_RULE } from "./noun-attachment";
import { isLiteralOrigin } from "./origin-phrase";
import type { CueRead, CueSpeaker, ParagraphContext, Speaker } from "./paragraph-context";
import { quotedAttributeEnd } from "./quoted-attribute";
import { addCueQuote, contentLast, pushMixed } from "./reader-drafts";
import { parenthesisEnd } from "./reader-phrases";
import { insideEarlierContent, noteSentenceCue, noteSpeaker, resolveSpan } from "./reader-speakers";
import { nounCueSubject } from "./reader-subjects";
import {
  COMPLEMENTIZER,
  DET,
  PARTICLE_WINDOW,
  clauseStart,
  hasBreak,
  isAuxiliaryToken,
  isBreak,
  isBreakOrEnd,
  isFiniteAuxiliary,
  isPreposition,
} from "./reader-words";
import { BARE_DASS, documentStandsCueAt, impersonalCueAt, nounCueAt, verbCueAt } from "./verb-cues";

// Bound once: tsx compiles every use of an imported binding into two getter calls (these run per token).
const lightVerbCueAt = importedLightVerbCueAt;
const lautWerdenCueAt = importedLautWerdenCueAt;

/** A speech verb, light verb, fronted participle or "laut werden" at token i, and what it says. */
export function readCueAt(ctx: ParagraphContext, i: number): number {
  const { tokens, inside, sentence, end } = ctx;
  const documentStands = documentStandsCueAt(tokens, sentence.first, i, inside);
  const impersonal = impersonalCueAt(tokens, i) ?? documentStands;
  const verbCue =
    impersonal ??
    verbCueAt(tokens, i, sentence.last) ??
    infinitiveCueAt(tokens, i, end, (from) => endsInZuInfinitive(tokens, from, end));
  const lightVerb = verbCue ? null : lightVerbCueAt(tokens, i, sentence.last);
  const frontedParticiple =
    verbCue || lightVerb || i !== sentence.first ? null : frontedParticipleCueAt(tokens, i, sentence.last);
  // "Es wurden Stimmen laut, …": "laut werden" reports what was said (rule speaker.laut-werden)
  const lautWerden =
    verbCue || lightVerb || frontedParticiple ? null : lautWerdenCueAt(tokens, i, sentence.last, isAuxiliaryToken);
  const cue = verbCue ?? lightVerb ?? frontedParticiple ?? lautWerden;
  /** Where the cue verb's clause begins (-1 without a verb cue). */
  const cueLeft = cue ? clauseStart(tokens, sentence.first, cue.verb, inside) : -1;
  // "Der Anschlag forderte 20 Tote": no speech act, so no speaker to continue (rule reported.casualty-object)
  // "…, auch Nordwind genannt, …": a name is given, nothing said (rule cue.naming-participle)
  // "dass die Firma gestärkt aus der Krise hervorging": nothing said (rule cue.literal-origin)
  if (
    cue &&
    (countsCasualties(tokens, cue, cueLeft, end) ||
      isNamingParticiple(tokens, cue.verb, cueLeft) ||
      isLiteralOrigin(tokens, cue, cueLeft))
  ) {
    return cue.last;
  }
  if (!cue) return readNounCue(ctx, i);
  ctx.cued = true;
  ctx.nestedCue = insideEarlierContent(ctx, cue.verb);
  const read: CueRead = { cue, cueLeft, impersonal, documentStands, lightVerb, frontedParticiple, lautWerden };
  return readVerbCue(ctx, read, cueSpeaker(ctx, read));
}

/** --- a speech noun with its content clause: "die Forderung der X, …", "mit der Begründung, es sei …" */
function readNounCue(ctx: ParagraphContext, i: number): number {
  const { tokens, inside, sentence, end } = ctx;
  const noun = ctx.cued ? null : nounCueAt(tokens, i, end);
  const contentStart = noun ? noun.comma + 1 : -1;
  if (
    noun &&
    (COMPLEMENTIZER.has(tokens[contentStart].lower) ||
      ctx.hasKonjunktiv(contentStart, end) ||
      endsInZuInfinitive(tokens, contentStart, end))
  ) {
    ctx.cued = true;
    // without a genitive owner the sentence's subject holds the view ("X erhob die Forderung, …")
    const subject = noun.owner
      ? null
      : nounCueSubject(tokens, sentence.first, clauseStart(tokens, sentence.first, i, inside), i - 1);
    const span = noun.owner ?? (subject && subject.last < i ? subject : null);
    const speaker: Speaker = { span, source: resolveSpan(ctx, span) };
    ctx.nestedCue = insideEarlierContent(ctx, i);
    const content = contentLast(ctx, contentStart, isFrontedNoun(tokens, sentence.first, i, ctx.contentGrammar), false);
    ctx.drafts.push({
      start: tokens[contentStart].start,
      end: tokens[content.last].end,
      type: "indirect",
      cue: { first: i, last: i },
      speaker: speaker,
      rules: ["indirect.noun", ...(noun.attached ? [NOUN_ATTACHMENT_RULE] : []), ...content.rules],
    });
    // a quoted phrase in the content ("der Vorwurf der X, es sei ein „…“") is the owner's
    noteSentenceCue(ctx, speaker, { first: i, last: i });
    noteSpeaker(ctx, speaker);
    return noun.comma;
  }
  return i;
}

/** What a cue verb says: the previous sentence, a direct quotation next to it, or its content clause. */
function readVerbCue(ctx: ParagraphContext, read: CueRead, { speaker, borrowed, frontedObject }: CueSpeaker): number {
  const { tokens, inside, sentence, directSpans, end } = ctx;
  const { cue, cueLeft } = read;
  const cueSpan: Span = { first: cue.verb, last: cue.last };
  noteSentenceCue(ctx, speaker, cueSpan);
  noteSpeaker(ctx, speaker);
  const { previous, state } = ctx;
  // "Das sagte X." / "Dies bestätigte X.": the previous sentence is what was said
  if (
    previous &&
    opensBackReference(tokens, sentence.first, cue.verb, (from, to) => hasBreak(tokens, from, to)) &&
    inside[previous.first] < 0
  ) {
    addCueQuote(ctx, cueSpan, speaker, tokens[previous.first].start, tokens[previous.last].end, "indirect", [
      BACK_REFERENCE_RULE,
    ]);
    return cue.last;
  }
  // the same opening a paragraph: the last sentence of the paragraph before (rule indirect.back-reference-paragraph)
  if (
    !previous &&
    state.paragraphEnd &&
    opensBackReference(tokens, sentence.first, cue.verb, (from, to) => hasBreak(tokens, from, to))
  ) {
    const paragraphEnd = state.paragraphEnd;
    addCueQuote(ctx, cueSpan, speaker, paragraphEnd.start, paragraphEnd.end, "indirect", [BACK_REFERENCE_PARAGRAPH_RULE]);
    return cue.last;
  }
  // a closing mark (and comma) right before the cue clause: „…“, sagte X
  // (without a comma only when the quotation ends in its own punctuation: „…!“ sagte X)
  const commaInside = cueLeft - 2 >= sentence.first && [",", ".", "!", "?"].includes(tokens[cueLeft - 2].text);
  const markBefore =
    cueLeft > sentence.first ? (tokens[cueLeft - 1].text === "," ? cueLeft - 2 : commaInside ? cueLeft - 1 : -1) : -1;
  // (not when the cue clause is a subordinate or relative one: "„…“, zumal X eingeräumt hatte, …"
  // – its own subject speaks for its own content only; rule speaker.clause-subject)
  const subordinateCue = clauseOpenerLength(tokens, cueLeft, cue.verb, isPreposition) > 0;
  if (
    !subordinateCue &&
    opensWithVerb(tokens, cueLeft, cue.verb) &&
    markBefore >= sentence.first &&
    inside[markBefore] >= 0 &&
    directSpans[inside[markBefore]].last === markBefore
  ) {
    claimDirect(ctx, inside[markBefore], speaker, cueSpan, "speaker.after");
    pushMixed(ctx, sentence.first, markBefore, inside[markBefore], cueSpan, speaker);
    noteSpeaker(ctx, speaker);
    return cue.last;
  }
  // the clause after the cue: ": „…“" → that direct quotation; ", dass …" → indirect
  const { k, passedAttribute } = cueClauseEnd(ctx, cue.last);
  const afterQuote = k <= end ? (inside[k] >= 0 ? inside[k] : tokens[k + 1] && inside[k + 1] >= 0 ? inside[k + 1] : -1) : -1;
  // (a relative or subordinate cue's quotation ends its clause: "…, zu der X aufgerufen hatte, „…“ verlaufen" is the main clause's)
  const quoteInClause = afterQuote >= 0 && (!subordinateCue || isBreakOrEnd(tokens, directSpans[afterQuote].last + 1, end));
  if (quoteInClause && directSpans[afterQuote].first >= k) {
    claimDirect(ctx, afterQuote, speaker, cueSpan, "speaker.before");
    // "sagte, „…“ gebe es nicht": a Konjunktiv after the marks continues the reported clause;
    // so does a zu-infinitive, the quoted words its object ("warf ihm vor, „…“ zu verschweigen";
    // rule indirect.mixed-infinitive)
    const closing = directSpans[afterQuote].last;
    const infinitive = tokens[k].text === "," && endsInZuInfinitive(tokens, closing, end);
    if (tokens[k].text === "," && (ctx.hasKonjunktiv(closing + 1, end) || infinitive))
      pushMixed(ctx, k + 1, end, afterQuote, cueSpan, speaker, infinitive ? [MIXED_INFINITIVE_RULE] : []);
    noteSpeaker(ctx, speaker);
    return cue.last;
  }
  readCueContent(ctx, read, cueSpan, speaker, borrowed, frontedObject, k, passedAttribute);
  return cue.last;
}

/**
 * Whether the cue clause opens with its verb, a finite auxiliary or "wie" ("„…“, sagte X", "„…“,
 * hatte X gesagt", "„…“, wie X sagte"): only then is a quotation before its comma the clause's
 * fronted object. A clause with a first position of its own ("„…“, aber auch X riefen dazu auf")
 * is a new main clause (rule cue.after-mark-inverted).
 */
const opensWithVerb = (tokens: Token[], cueLeft: number, verb: number): boolean =>
  cueLeft === verb || isFiniteAuxiliary(tokens[cueLeft]) || tokens[cueLeft].lower === WIE_OPENER;

const WIE_OPENER = "wie";

/** Where the cue clause after the cue verb's last token ends: the first break, "dass" or quotation after it. */
function cueClauseEnd(ctx: ParagraphContext, cueLast: number): { k: number; passedAttribute: boolean } {
  const { tokens, inside, directSpans, end } = ctx;
  let k = cueLast + 1;
  /** Set when a quoted name or attribute inside the cue clause was passed (rule cue.quoted-attribute). */
  let passedAttribute = false;
  while (k <= end && k - cueLast < PARTICLE_WINDOW) {
    if (inside[k] >= 0) {
      const attributeEnd = quotedAttributeEnd(tokens, directSpans[inside[k]], k, cueLast, end, {
        inNounPhrase: (t) => isCap(t) || DET.has(t.lower),
        opensContent: (first) => COMPLEMENTIZER.has(tokens[first].lower) || ctx.hasKonjunktiv(first, end),
        parenthesisEnd: (at) => parenthesisEnd(tokens, at, end),
      });
      if (attributeEnd < 0) break;
      passedAttribute = true;
      k = attributeEnd + 1;
      continue;
    }
    // a parenthesis inside the cue clause ("sagte X (SPD), …") does not end it
    const closing = tokens[k].text === "(" ? parenthesisEnd(tokens, k, end) : -1;
    if (closing < 0 && (isBreak(tokens[k]) || tokens[k].lower === BARE_DASS)) break;
    k = Math.max(k, closing) + 1;
  }
  return { k, passedAttribute };
}
