// Rule "speaker.person-noun": whether a common noun denotes a person or a body, by lexicon and
// morphology – a role or body noun (also as the head of a compound, "Vereinssprecher", "Landrat"), an agent
// noun by its suffix ("Gewinner", "Lehrerin", "Polizisten", "Demonstrant", "Redakteure",
// "Direktorin") or, after an article, a nominalised adjective or participle ("der Verletzte", "die
// Beschäftigten", "die Verantwortlichen"). The resolver uses it so that a lone noun after an
// article is only read as a name (and matched as a surname later) when it names someone who can
// speak: "die Kosten" then never turns into a speaker of its own.

import { bodyNoun, memo, personRole } from "../actors";
import { HEADLINE_BODY_ENDINGS, OFFICIAL_HEAD_ENDINGS, PERSON_NOUN_SUFFIXES } from "../lexicon/speaker-words";
import { PARTICIPLE_NOUN_PREFIXES, prefixPattern } from "../lexicon/verb-prefixes";

export const PERSON_NOUN_RULE = "speaker.person-noun";

/** Agent suffix + inflection ("-er", "-ern", "-erin", "-erinnen", "-isten"). */
const AGENT = new RegExp(`(?:${PERSON_NOUN_SUFFIXES.join("|")})(?:in|innen|e|en|n|s)?$`);
/**
 * The head of a body or office as a compound head ("Landrat", "Kreisbehörden", "Wetterdienstes"): a
 * genitive "-s"/"-es", and the plural "-n"/"-en" only for the feminine suffixes (-ung, -ion, -ei, -e,
 * -ur, -ik) – "Raten" is no plural of "Rat".
 */
const BODY_HEAD_WORDS = [...new Set([...OFFICIAL_HEAD_ENDINGS, ...HEADLINE_BODY_ENDINGS])];
const BODY_HEAD = new RegExp(
  `(?:${BODY_HEAD_WORDS.join("|")})(?:s|es)?$|(?:${BODY_HEAD_WORDS.filter((w) => /(?:ung|ion|ei|e|ur|ik)$/.test(w)).join("|")})(?:n|en)$`,
);
/** A nominalised participle: an inseparable or separable prefix, a stem, the participle "-t"/"-en", an ending. */
const PARTICIPLE = new RegExp(`^(?:${prefixPattern(PARTICIPLE_NOUN_PREFIXES)})\\p{L}{3,}(?:t|en)(?:e|en|er)$`, "u");
/**
 * A nominalised adjective in -lich/-ig/-isch or participle of a verb in -ieren, with an adjective
 * ending ("die Verantwortlichen", "der Inhaftierte").
 */
const ADJECTIVE = /\p{L}{2,}(?:lich|ig|isch|iert)(?:e|en|er)$/u;

/**
 * Whether the capitalised word names a person or a body. `afterArticle`: the word follows an
 * article, so a nominalised adjective or participle counts too.
 */
export function isPersonNoun(word: string, afterArticle = false): boolean {
  return afterArticle ? isPersonNounAfterArticle(word) : isPersonNounAt(word, false);
}

/** isPersonNoun after an article, once per word (the resolver asks for every lone noun it reads). */
const isPersonNounAfterArticle = memo((word: string) => isPersonNounAt(word, true));

function isPersonNounAt(word: string, afterArticle: boolean): boolean {
  if (personRole(word) || bodyNoun(word)) return true;
  const lower = word.toLowerCase();
  const head = lower.slice(lower.lastIndexOf("-") + 1);
  if (BODY_HEAD.test(head)) return true;
  if (head.length < 5) return false;
  // "-ment" ("Dokument", "Argumente") is a thing suffix, though it ends in "-ent"
  if (AGENT.test(head) && !/ment(?:e|en|s)?$/.test(head)) return true;
  return afterArticle && (PARTICIPLE.test(head) || ADJECTIVE.test(head));
}
