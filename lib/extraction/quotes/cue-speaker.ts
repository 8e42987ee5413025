// The speaker of a cue verb: the candidate subjects each rule finds (apposition, second clause,
// coordination, passive agent, quoted object, person after a non-agent phrase, "laut werden") and
// the order in which they win, with the id of the rule that found the winner.

import { APPOSED_SECOND_CLAUSE_RULE, APPOSED_SUBJECT_RULE, apposedSubject, secondClauseApposedSubject } from "./apposed-subject";
import { CLAUSE_SUBJECT_RULE, followsClauseOpener } from "./clause-subject";
import { COLON_CLAUSE_SUBJECT_RULE, colonBeforeClause, colonClauseSubject } from "./colon-clause-subject";
import { invertedSubject } from "./colon-subject";
import { LAUT_WERDEN_RULE, lautWerdenSpeaker } from "./laut-werden";
import { AFTER_NON_AGENT_RULE, isNonAgentPhrase } from "./non-agent-subject";
import type { CueRead, CueSpeaker, CueSubjects, ParagraphContext, Speaker } from "./paragraph-context";
import { QUOTED_OBJECT_RULE, quotedObject } from "./quoted-object";
import { isSpeechNoun, phraseFrom } from "./reader-phrases";
import { SUBJECTLESS_CUE_RULE, carry, personAfterVerb, resolveSpan } from "./reader-speakers";
import { isKnownSpeaker } from "./resolve";
import {
  COORDINATED_OBJECT_RULE,
  type FoundSpan,
  GRAMMAR,
  QUOTED_OBJECT_GRAMMAR,
  firstVerbSubject,
  indefiniteSubject,
  nounCueSubject,
  relativeAntecedent,
  startsSubject,
} from "./reader-subjects";
import { PRONOUN, isFiniteAuxiliary, isPreposition } from "./reader-words";
import {
  COORDINATED_INVERTED_RULE,
  COORDINATED_RULE,
  FOCUS_PARTICLE_RULE,
  coordinatedSubject,
  isFocusParticleBefore,
} from "./subject";
import { SUBORDINATE_SUBJECT_RULE, isSubordinatorBeforeSubject } from "./subordinate-subject";
import { impersonalSource, isCoordinated, locativeBeforeRelative } from "./verb-cues";
import { QUOTED_LEMMA, isPassive, originSpeaker, speakerOfVerb } from "./verb-speaker";

/** The phrases that may be a cue verb's subject, each by its rule. */
function cueSubjects(ctx: ParagraphContext, read: CueRead): CueSubjects {
  // every field set here, in this order: one object shape for all cues
  const found: CueSubjects = {
    speakerSpan: null,
    apposed: null,
    secondClause: null,
    coordinated: null,
    coordinatedInverted: null,
    coordinatedObject: null,
    afterNonAgent: null,
    quoted: null,
    /** A plural phrase before a singular cue verb: its object, not the content fronted (rule speaker.apposed-number). */
    frontedObject: false,
  };
  plainSubject(ctx, read, found);
  otherSubjects(ctx, read, found);
  return found;
}

/** The subject by apposition, second clause, "laut werden", impersonal source, origin phrase or the verb's own subject. */
function plainSubject(ctx: ParagraphContext, read: CueRead, found: CueSubjects): void {
  const { tokens, inside, sentence } = ctx;
  const { cue, cueLeft, impersonal, lautWerden } = read;
  // "X, der Sprecher der Y, kritisierte die Pläne": the subject before the apposition (rule speaker.apposed-subject)
  // (also when the clause opens with the finite auxiliary of the cue: "X, Leiterin von Y, hat Z gebeten, …")
  const finiteFirst = cueLeft === cue.verb || (cueLeft < cue.verb && isFiniteAuxiliary(tokens[cueLeft]));
  const apposed =
    !impersonal && finiteFirst
      ? apposedSubject(
          tokens,
          sentence.first,
          cueLeft,
          inside,
          GRAMMAR,
          (k) => isFocusParticleBefore(tokens, k, startsSubject),
          () => {
            found.frontedObject = true;
            return null;
          },
        )
      : null;
  // "X lobte den Plan, die Sprecherin der Y, Name, erklärte: …": the second clause's subject (rule speaker.apposed-second-clause)
  const secondClause =
    !impersonal && finiteFirst && !apposed ? secondClauseApposedSubject(tokens, sentence.first, cueLeft, inside, GRAMMAR) : null;
  // the noun that "wurde laut", with a "von" phrase naming who (rule speaker.laut-werden)
  const lautWerdenSubject = lautWerden
    ? lautWerdenSpeaker(tokens, cueLeft, lautWerden.particleFirst ? lautWerden.verb : lautWerden.last, {
        phraseAt: (from, to) => phraseFrom(tokens, from, to),
        isPreposition,
      })
    : null;
  const speakerSpan: FoundSpan | null =
    (lautWerdenSubject ? { ...lautWerdenSubject, rule: LAUT_WERDEN_RULE } : null) ??
    apposed ??
    secondClause ??
    (impersonal
      ? impersonalSource(tokens, cueLeft, cue, sentence.last)
      : (originSpeaker(tokens, cue, cueLeft, sentence.last) ??
        speakerOfVerb(tokens, cue, sentence.first, sentence.last, inside))) ??
    locativeBeforeRelative(tokens, sentence.first, cueLeft, cue) ??
    (isCoordinated(tokens, cue) ? (ctx.sentenceSpeaker?.speaker.span ?? null) : null);
  found.apposed = apposed;
  found.secondClause = secondClause;
  found.speakerSpan = speakerSpan;
}

/** The subjects of a coordinated cue verb, the person after a non-agent phrase and the one "zitieren" quotes. */
function otherSubjects(ctx: ParagraphContext, read: CueRead, found: CueSubjects): void {
  const { tokens, inside, sentence, end } = ctx;
  const { cue, cueLeft, impersonal } = read;
  const { speakerSpan, apposed } = found;
  // a cue verb after "und" whose first verb was no cue: the sentence's subject (rule speaker.coordinated)
  const coordinated =
    !speakerSpan && isCoordinated(tokens, cue) && inside[sentence.first] < 0
      ? coordinatedSubject(tokens, sentence.first, cue.verb, GRAMMAR)
      : null;
  // "Im Landtag zeigte sich die Ministerin besorgt und warnte …": the subject after the first verb (rule speaker.coordinated-inverted)
  const coordinatedInverted =
    !speakerSpan && !coordinated && isCoordinated(tokens, cue) && inside[sentence.first] < 0
      ? invertedSubject(tokens, sentence.first, cue.verb - 2, GRAMMAR)
      : null;
  // "X kam und nannte den Plan „…“": after "und" the phrase behind the verb is its object, the
  // first verb's subject speaks (rule speaker.coordinated-object)
  const coordinatedObject =
    !apposed &&
    isCoordinated(tokens, cue) &&
    (!speakerSpan || (speakerSpan.first > cue.verb && !PRONOUN.has(tokens[speakerSpan.first].lower)))
      ? firstVerbSubject(tokens, sentence.first, cue.verb, inside)
      : null;
  // a fronted phrase that names no one: the person after the verb speaks (rule speaker.after-non-agent)
  const afterNonAgent =
    speakerSpan && speakerSpan.last < cue.verb && isNonAgentPhrase(tokens, speakerSpan, isSpeechNoun)
      ? personAfterVerb(ctx, tokens, cue, sentence.last)
      : null;
  // "…“, zitiert die Zeitung den Minister": the quoted one speaks (rule speaker.quoted-object)
  // the indefinite "man" quotes too ("zitierte man die Reporterin"): no speaker itself, but the subject place
  const quoting = cue.lemma === QUOTED_LEMMA ? (speakerSpan ?? indefiniteSubject(tokens, cue.verb)) : null;
  const quoted =
    quoting && !impersonal && !isPassive(tokens, cue, cueLeft, sentence.last)
      ? quotedObject(tokens, cue.verb, quoting, end, QUOTED_OBJECT_GRAMMAR)
      : null;
  found.coordinated = coordinated;
  found.coordinatedInverted = coordinatedInverted;
  found.coordinatedObject = coordinatedObject;
  found.afterNonAgent = afterNonAgent;
  found.quoted = quoted;
}

/** The speaker of a cue verb, and the rule that found it when not the plain reading. */
export function cueSpeaker(ctx: ParagraphContext, read: CueRead): CueSpeaker {
  const { tokens, sentence } = ctx;
  const { cue } = read;
  const found = cueSubjects(ctx, read);
  const { speakerSpan, apposed, secondClause, coordinated, coordinatedInverted, coordinatedObject, afterNonAgent, quoted } =
    found;
  const subject =
    quoted ??
    afterNonAgent?.span ??
    (speakerSpan ? (coordinatedObject ?? speakerSpan) : null) ??
    coordinated ??
    coordinatedInverted ??
    coordinatedObject;
  const antecedent = subject && !afterNonAgent && !quoted ? relativeAntecedent(tokens, subject, sentence.first) : null;
  // a cue without a subject (a passive, an expletive "es", "hieß es"): the speaker an earlier cue
  // of the sentence named, else the last speaker (rule speaker.subjectless-cue)
  // (after a colon: the agent opening the clause before it; rule speaker.colon-clause-subject)
  const colonSubject = subject || ctx.sentenceSpeaker?.speaker.span ? null : colonAgent(ctx, read.cueLeft);
  const borrowed = subject || colonSubject ? null : ctx.sentenceSpeaker?.speaker.span ? ctx.sentenceSpeaker.speaker : carry(ctx);
  const speaker: Speaker = borrowed
    ? { ...borrowed }
    : (colonSubject ?? { span: subject, source: afterNonAgent?.source ?? resolveSpan(ctx, antecedent ?? subject) });
  if (borrowed) speaker.found = SUBJECTLESS_CUE_RULE;
  else if (colonSubject) speaker.found = COLON_CLAUSE_SUBJECT_RULE;
  else if (quoted) speaker.found = QUOTED_OBJECT_RULE;
  else if (afterNonAgent) speaker.found = AFTER_NON_AGENT_RULE;
  else if (apposed) speaker.found = APPOSED_SUBJECT_RULE;
  else if (secondClause && subject === secondClause) speaker.found = APPOSED_SECOND_CLAUSE_RULE;
  else if (coordinatedObject && subject === coordinatedObject) speaker.found = COORDINATED_OBJECT_RULE;
  else if (speakerSpan && speakerSpan === subject && speakerSpan.rule) speaker.found = speakerSpan.rule;
  else if (coordinated) speaker.found = COORDINATED_RULE;
  else if (coordinatedInverted) speaker.found = COORDINATED_INVERTED_RULE;
  else if (subject && subject.first > sentence.first && isSubordinatorBeforeSubject(tokens, subject.first - 1, cue.verb))
    speaker.found = SUBORDINATE_SUBJECT_RULE;
  else if (subject && followsClauseOpener(tokens, subject.first, cue.verb, isPreposition)) speaker.found = CLAUSE_SUBJECT_RULE;
  else if (subject && subject.first > sentence.first && isFocusParticleBefore(tokens, subject.first - 1, startsSubject))
    speaker.found = FOCUS_PARTICLE_RULE;
  return { speaker, borrowed, frontedObject: found.frontedObject };
}

/** The agent opening the clause before a colon that right precedes the cue's clause (rule speaker.colon-clause-subject). */
function colonAgent(ctx: ParagraphContext, cueLeft: number): Speaker | null {
  const { tokens, sentence } = ctx;
  const colon = colonBeforeClause(tokens, sentence.first, cueLeft);
  if (colon < 0) return null;
  let source: Speaker["source"] = null;
  const span = colonClauseSubject(
    sentence.first,
    colon,
    (from, last) => nounCueSubject(tokens, from, from, last),
    (s) => {
      source = resolveSpan(ctx, s);
      return !!source && isKnownSpeaker(source);
    },
  );
  return span ? { span, source } : null;
}
