// Rule "speaker.colon-clause-subject": a cue without a subject of its own (an agentless passive,
// an expletive "es") in the clause after a colon speaks for the agent that opens the clause before
// the colon. The colon announces what that clause introduced: "Die Polizei hat Bilanz gezogen: Es
// wird berichtet, dass …" – the report is the police's, not the last speaker's. Only a phrase with a
// role or body head or one the resolver knows counts (a thing or event before the colon says nothing).

import type { Token, TokenSpan as Span } from "../tokens";

export const COLON_CLAUSE_SUBJECT_RULE = "speaker.colon-clause-subject";

/** The colon right before the cue's clause, when it stands inside the sentence after some words; else -1. */
export function colonBeforeClause(tokens: readonly Token[], sStart: number, cueLeft: number): number {
  const colon = cueLeft - 1;
  return colon > sStart + 1 && tokens[colon].text === ":" ? colon : -1;
}

/** The subject phrase opening the sentence before the colon, when it is an agent (`isAgent`); else null. */
export function colonClauseSubject(
  sStart: number,
  colon: number,
  subjectOf: (from: number, last: number) => Span | null,
  isAgent: (span: Span) => boolean,
): Span | null {
  const subject = subjectOf(sStart, colon - 1);
  return subject && subject.last < colon && isAgent(subject) ? subject : null;
}
