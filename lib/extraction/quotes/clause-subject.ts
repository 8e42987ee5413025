// Rule "speaker.clause-subject": a cue verb at the end of a subordinate or relative clause speaks
// with that clause's own subject, not with the main clause's speaker. The clause opens after a
// comma with a word that takes no place before the verb: a subordinating conjunction beyond those
// of speaker.subordinate-subject ("…, zumal die Kämmerin gewarnt hatte, …") or a preposition with
// a relative pronoun ("…, in dem sie forderte, dass …", "…, bei der man annimmt, dass …").
// Words as data: lexicon/speaker-phrases.ts.

import type { Token } from "../tokens";
import { CLAUSE_SUBJECT_SUBORDINATORS, PREPOSITION_RELATIVES, SUBJECT_OPENERS_AFTER_RELATIVE } from "../lexicon/speaker-phrases";

export const CLAUSE_SUBJECT_RULE = "speaker.clause-subject";
/**
 * Rule id: a direct quotation after a relative or subordinate clause whose cue closed before it
 * belongs to the main clause and does not take that cue's speaker ("X kritisierte Y, der … aufgerufen
 * hatte, als „…“"; "…, zu der X aufgerufen hatte, „…“ verlaufen").
 */
export const CLOSED_CLAUSE_RULE = "speaker.closed-clause";

const SUBORDINATOR = new Set(CLAUSE_SUBJECT_SUBORDINATORS);
const RELATIVE = new Set(PREPOSITION_RELATIVES);
const SUBJECT_OPENER = new Set(SUBJECT_OPENERS_AFTER_RELATIVE);

/**
 * How many words open the cue clause at k before its subject: 1 after a subordinating conjunction,
 * 2 after a preposition with a relative pronoun whose clause goes on with a subject pronoun or an
 * article ("in dem er", "bei der die Behörde"; "in der Sitzung" is a phrase of a main clause), 0
 * otherwise. The clause must open after a comma and leave a word for the subject before the verb.
 */
export function clauseOpenerLength(
  tokens: readonly Token[],
  k: number,
  verb: number,
  isPreposition: (t: Token) => boolean,
): number {
  if (k < 1 || tokens[k - 1].text !== ",") return 0;
  const opener = tokens[k];
  if (opener.kind !== "w") return 0;
  if (SUBORDINATOR.has(opener.lower)) return k < verb - 1 ? 1 : 0;
  const relative = tokens[k + 1];
  const next = tokens[k + 2];
  if (!isPreposition(opener) || !relative || !next || !RELATIVE.has(relative.text)) return 0;
  return k + 2 < verb && SUBJECT_OPENER.has(next.text) ? 2 : 0;
}

/** Whether the subject starting at `subjectFirst` follows such an opener of the cue's clause. */
export function followsClauseOpener(
  tokens: readonly Token[],
  subjectFirst: number,
  verb: number,
  isPreposition: (t: Token) => boolean,
): boolean {
  return [1, 2].some((n) => subjectFirst - n > 0 && clauseOpenerLength(tokens, subjectFirst - n, verb, isPreposition) === n);
}

/**
 * Whether a comma after a cue's last word (cueLast) and before a quotation (quoteFirst) closes the
 * cue's clause: any comma but one that opens an adverbial clause of the same clause ("…, die X kaum
 * abwarten wolle, um „…“ vorzuführen").
 */
export function clauseClosedBefore(
  tokens: readonly Token[],
  cueLast: number,
  quoteFirst: number,
  opensAdverbialClause: (t: Token) => boolean,
): boolean {
  for (let k = cueLast + 1; k < quoteFirst; k++) if (tokens[k].text === "," && !opensAdverbialClause(tokens[k + 1])) return true;
  return false;
}
