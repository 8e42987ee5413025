// Reported speech acts without a content clause: a reporting verb with its object ("sprach von …",
// "kritisierte … als …"), a predicative or agentless passive naming, when the speaker is an agent.

import { PRONOUN_SUBJECTS as PERSONAL_SUBJECT } from "../lexicon";
import { REPORTED_OBJECT_WORDS, REPORTED_SPEECH_LEMMAS } from "../lexicon/quote-speech-verbs";
import type { Token, TokenSpan as Span } from "../tokens";
import { AGENTLESS_PASSIVE_RULE, isAgentlessNaming } from "./agentless-passive";
import type { CueRead, ParagraphContext, Speaker } from "./paragraph-context";
import { PREDICATIVE_PASSIVE_RULE, isPredicativePassive } from "./predicative-passive";
import { addCueQuote } from "./reader-drafts";
import { isSourceNoun } from "./reader-phrases";
import { PARTICLE_WINDOW, isBreak } from "./reader-words";
import { type ResolvedSource, isKnownSpeaker } from "./resolve";
import { isPassive } from "./verb-speaker";

/**
 * Whether a speaker phrase names someone who can speak: a person, a role or body, a gazetteer or
 * remembered actor, a source noun, a name, or a group ("das Erdbeben forderte 92 Menschenleben"
 * is no speech act).
 */
function isAgent(tokens: Token[], span: Span, source: ResolvedSource | null): boolean {
  // a quantity ("80 Prozent") speaks only in a cue's clause, it is no agent of a summarised speech act
  // "Er fordert …": a personal pronoun as the subject of a speech verb is a speaker even before it is resolved
  if (span.first === span.last && PERSONAL_SUBJECT.has(tokens[span.first].lower)) return true;
  if (!source || tokens[span.first].kind === "n") return false;
  if (isKnownSpeaker(source)) return true;
  // an unknown neuter noun that is no body or role ("das Erdbeben", "das Feuer") is a thing or
  // event; unknown masculine and feminine nouns are mostly groups or bodies ("die Gewerkschaft")
  const first = tokens[span.first].lower;
  return !(first === "das" || first === "ein") || tokens.slice(span.first, span.last + 1).some(isSourceNoun);
}

/** A reporting verb with its object ("X nannte die Zahl"): the sentence is reported speech (rule reported.verb). */
export function readReportedSpeech(
  ctx: ParagraphContext,
  read: CueRead,
  cueSpan: Span,
  speaker: Speaker,
  borrowed: Speaker | null,
): void {
  const { tokens, sentence, end } = ctx;
  const { cue, cueLeft } = read;
  if (
    REPORTED_SPEECH_LEMMAS.has(cue.lemma) &&
    !("innerParticle" in cue && cue.innerParticle) &&
    speaker.span &&
    !borrowed &&
    isAgent(tokens, speaker.span, speaker.source) &&
    hasObjectWord(tokens, cueLeft, cue.verb, end, speaker.span, REPORTED_OBJECT_WORDS.get(cue.lemma))
  ) {
    addCueQuote(ctx, cueSpan, speaker, tokens[sentence.first].start, tokens[end].end, "reported", ["reported.verb"]);
  } else if (REPORTED_SPEECH_LEMMAS.has(cue.lemma) && isPredicativePassive(tokens, sentence.first, cue.verb, end)) {
    // "Als Ursache wurde X genannt": what someone named, the passive leaves out who (rule reported.predicative-passive)
    addCueQuote(ctx, cueSpan, speaker, tokens[sentence.first].start, tokens[end].end, "reported", [
      "reported.verb",
      PREDICATIVE_PASSIVE_RULE,
    ]);
  } else if (borrowed && isPassive(tokens, cue, cueLeft, end) && isAgentlessNaming(tokens, cue.lemma, sentence.first, end)) {
    // "Die Zahl wurde mit 40 angegeben": what a source named, the passive leaves out who (rule reported.agentless-passive)
    addCueQuote(ctx, cueSpan, speaker, tokens[sentence.first].start, tokens[end].end, "reported", [
      "reported.verb",
      AGENTLESS_PASSIVE_RULE,
    ]);
  }
}

/**
 * "sprach … von", "kritisierte … als": the summarised speech act names its content after the
 * word its lemma needs (REPORTED_OBJECT_WORDS; true for a lemma that needs none) in the same clause –
 * after the verb, or before it when the verb closes the clause ("hatte von Schäden berichtet",
 * "Von Schäden berichtete X"; rule reported.object-before-verb). Neither the speaker's phrase nor
 * the word right after it is the object ("Vertreter von Verbänden berichteten").
 */
function hasObjectWord(tokens: Token[], left: number, verb: number, end: number, speaker: Span, word?: string): boolean {
  if (!word) return true;
  for (let k = verb + 1; k <= end && k - verb < PARTICLE_WINDOW && !isBreak(tokens[k]); k++)
    if (tokens[k].lower === word) return true;
  // the word right after the subject belongs to it ("X als Sprecher"), not after a passive's agent
  // ("wurde vom Gericht als unzulässig eingestuft"; rule reported.passive-agent)
  const agent = speaker.first > 0 && PASSIVE_AGENT.has(tokens[speaker.first - 1].lower);
  for (let k = Math.max(left, verb - PARTICLE_WINDOW); k < verb; k++)
    if (tokens[k].lower === word && (k < speaker.first || k > speaker.last + (agent ? 0 : 1))) return true;
  return false;
}

/** Prepositions of a passive's agent. */
const PASSIVE_AGENT: ReadonlySet<string> = new Set(["von", "vom"]);
