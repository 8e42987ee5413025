// Rule "speaker.laut-werden": "laut werden" as a reporting construction. "Es wurden Stimmen laut,
// …", "Zweifel werden laut, dass …", "…, nachdem Kritik laut geworden war, …": the noun that
// "wurde laut" (voices, criticism, demands) is what was said, and the clause after the
// construction is its content, an indirect quotation like that of a speech verb. The speaker is
// the noun phrase as written ("Kritik von der Opposition" – the "von" phrase names who).
// "laut" is then an adjective, not the source preposition ("laut X"): a preposition needs a noun
// phrase after it, the adjective stands before a punctuation mark or a form of "werden". Only
// with a content clause after it ("…, dass …", "…, es sei …") is the construction a cue: "Die
// Musik wurde laut." reports nothing.

import type { Token } from "../tokens";
import { REPORTING_ADJECTIVES, REPORTING_NOUN_AGENT_PREPOSITIONS, WERDEN_FORMS } from "../lexicon/quote-words";
import { NON_AGENT_PRONOUNS } from "../lexicon/speaker-phrases";

export const LAUT_WERDEN_RULE = "speaker.laut-werden";

const ADJECTIVE = new Set(REPORTING_ADJECTIVES);
const WERDEN = new Set(WERDEN_FORMS);
const AGENT_PREPOSITION = new Set(REPORTING_NOUN_AGENT_PREPOSITIONS);
/** "Es wurden Stimmen laut": the expletive names no one. */
const NON_AGENT = new Set(NON_AGENT_PRONOUNS);
/** Marks after which an adjective "laut" ends its clause. */
const CLAUSE_END = new Set([",", ".", ":", ";", "!", "?", "–", "—"]);
/** How far after a finite "werden" its adjective is looked for ("wurden erneut Vorwürfe laut"). */
const ADJECTIVE_WINDOW = 8;

/** Whether the token at k is the adjective of "laut werden", not a preposition. */
export function isReportingAdjective(tokens: readonly Token[], k: number, end: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== "w" || !ADJECTIVE.has(t.lower)) return false;
  if (k === end) return true;
  const next = tokens[k + 1];
  return CLAUSE_END.has(next.text) || WERDEN.has(next.lower);
}

/** Marks after which the content clause of the construction follows. */
const CONTENT_MARK = new Set([",", ":"]);
/** Finite verbs that may close the construction's clause before its content ("laut geworden sind, …"). */
const CLOSING_VERB_WINDOW = 2;

/** Whether a content clause follows the construction ending at `last` (after its mark). */
function contentFollows(tokens: readonly Token[], last: number, end: number, isFinite: (t: Token) => boolean): boolean {
  let k = last + 1;
  while (k <= end && k - last <= CLOSING_VERB_WINDOW && (WERDEN.has(tokens[k].lower) || isFinite(tokens[k]))) k++;
  return k < end && CONTENT_MARK.has(tokens[k].text);
}

/**
 * The construction at token i, in the form of a speech verb cue (`verb` its first token, `last`
 * its last): a form of "werden" with the adjective later in its clause ("wurden Stimmen laut"), or
 * the adjective right before its "werden" ("laut wurde", "laut geworden"; `particleFirst`).
 */
export function lautWerdenCueAt(
  tokens: readonly Token[],
  i: number,
  end: number,
  isFinite: (t: Token) => boolean,
): { verb: number; last: number; lemma: string; particleFirst?: boolean } | null {
  const t = tokens[i];
  if (t.kind !== "w") return null;
  if (isReportingAdjective(tokens, i, end) && i < end && WERDEN.has(tokens[i + 1].lower))
    return contentFollows(tokens, i + 1, end, isFinite) ? { verb: i, last: i + 1, lemma: t.lower, particleFirst: true } : null;
  if (!WERDEN.has(t.lower)) return null;
  for (let k = i + 1; k <= end && k - i <= ADJECTIVE_WINDOW && !CLAUSE_END.has(tokens[k].text); k++)
    if (isReportingAdjective(tokens, k, end))
      return contentFollows(tokens, k, end, isFinite) ? { verb: i, last: k, lemma: tokens[k].lower } : null;
  return null;
}

interface Span {
  first: number;
  last: number;
}

/** What the speaker search needs from the engine's grammar. */
export interface LautWerdenGrammar {
  /** A noun phrase starting at `from`, ending at or before `to`. */
  phraseAt: (from: number, to: number) => Span | null;
  isPreposition: (t: Token) => boolean;
}

/**
 * The speaker of the construction whose adjective stands at `adjective`: the last noun phrase of
 * its clause [left, adjective) that no preposition governs and that is no expletive ("Erneut
 * wurden Vorwürfe laut" – "Vorwürfe"; "Im Rat sind Zweifel laut geworden" – "Zweifel"), with a
 * "von" phrase after its noun ("Kritik von der Opposition"). Null when the clause names none.
 */
export function lautWerdenSpeaker(
  tokens: readonly Token[],
  left: number,
  adjective: number,
  grammar: LautWerdenGrammar,
): Span | null {
  let found: Span | null = null;
  let k = left;
  while (k < adjective) {
    const t = tokens[k];
    if (grammar.isPreposition(t)) {
      // a prepositional phrase names no subject: skip its noun phrase
      const governed = grammar.phraseAt(k + 1, adjective - 1);
      k = governed ? governed.last + 1 : k + 1;
      continue;
    }
    const phrase = t.kind === "w" && NON_AGENT.has(t.lower) ? null : grammar.phraseAt(k, adjective - 1);
    if (!phrase) {
      k++;
      continue;
    }
    found = { ...phrase };
    const by = phrase.last + 1;
    const agent = by < adjective && AGENT_PREPOSITION.has(tokens[by].lower) ? grammar.phraseAt(by + 1, adjective - 1) : null;
    if (agent) found.last = agent.last;
    k = found.last + 1;
  }
  return found;
}
