// Rule "speaker.after-non-agent": the phrase before a cue verb is read as its subject, but when
// that phrase names no one who can speak – its head is an abstract noun or an adverb by its ending
// ("Eine Verlegung des Festes nannte X einen Fehler", "Stellvertretend erklärte X, …"), or it is
// a speech noun ("Die Vorwürfe der Opposition wies X zurück") – it is a
// fronted object or adverbial, and a person standing right after the finite verb is the subject.
// Only a person (a name or a role noun, as the resolver reads it) is taken there: an accusative
// object after the verb ("Die Versammlung forderte die Regierung auf") is mostly a body.

import type { Token, TokenSpan as Span } from "../tokens";
import { isCap } from "../tokens";
import { bodyNoun, personRole } from "../actors";
import { NON_AGENT_ENDINGS } from "../lexicon/speaker-phrases";
import { DETERMINERS, SOURCE_NOUNS } from "../lexicon/quote-words";
import type { ResolvedSource } from "./resolve";

export const AFTER_NON_AGENT_RULE = "speaker.after-non-agent";

/** Whether a capitalised word names no speaker by its ending (and is no body, role or source noun). */
export function isNonAgentWord(word: string): boolean {
  const lower = word.toLowerCase();
  const head = lower.slice(lower.lastIndexOf("-") + 1);
  if (!NON_AGENT_ENDINGS.some((ending) => head.endsWith(ending) || head.endsWith(ending + "en"))) return false;
  if (bodyNoun(word) || personRole(word)) return false;
  return !SOURCE_NOUNS.some((noun) => head.endsWith(noun) || head.endsWith(noun + "en") || head.endsWith(noun + "n"));
}

const DETERMINER = new Set(DETERMINERS);

/** The head of a phrase: its first capitalised word that is no article (after the adjectives). */
function headOf(tokens: readonly Token[], span: Span): Token | null {
  for (let k = span.first; k <= span.last; k++) {
    const t = tokens[k];
    if (t.kind === "w" && isCap(t) && !DETERMINER.has(t.lower)) return t;
  }
  return null;
}

/**
 * Whether the phrase's head names no speaker ("Eine Verlegung des Festes", "Stellvertretend"),
 * or is a speech noun: what was said is no one who says it ("Die Vorwürfe der Opposition wies X zurück").
 */
export function isNonAgentPhrase(tokens: readonly Token[], span: Span, isSpeechNoun: (lower: string) => boolean): boolean {
  const head = headOf(tokens, span);
  return !!head && (isNonAgentWord(head.text) || isSpeechNoun(head.lower));
}

/** Whether a phrase names a person: a resolved person (a name) or a role noun ("der Sprecher"). */
export function isPersonPhrase(tokens: readonly Token[], span: Span, source: ResolvedSource | null): boolean {
  if (!source) return false;
  if (source.person) return true;
  for (let k = span.first; k <= span.last; k++) if (isCap(tokens[k]) && personRole(tokens[k].text)) return true;
  return false;
}
