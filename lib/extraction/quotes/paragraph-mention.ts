// Rule "speaker.paragraph-mention": a Konjunktiv continuation whose last speaker was named in an
// earlier paragraph takes, instead, the agent an earlier sentence of its own paragraph opened with
// ("Die Sprecherin des Hilfswerks ist vor Ort. Die Lage sei ernst."). On the corpus' train
// split a speaker carried across a paragraph break is right only about one time in three: a new
// paragraph mostly introduces its own source, named without a cue before the reported speech.
// Only a sentence without a Konjunktiv names that agent: the subject of a Konjunktiv sentence ("Die
// Regierung habe versagt.") is part of what is reported, not a new source. The agent may also stand
// after the finite verb of a fronted phrase ("Am 3. März hat die Schulbehörde den Plan vorgelegt.").

import { type ResolvedSource, isKnownSpeaker } from "./resolve";

export const PARAGRAPH_MENTION_RULE = "speaker.paragraph-mention";

/** Whether a resolved mention names someone who can speak: a known actor, a person, a role or a body. */
export function isNamedAgent(source: ResolvedSource): boolean {
  return isKnownSpeaker(source) || source.person;
}
