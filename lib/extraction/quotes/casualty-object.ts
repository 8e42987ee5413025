// Rule "reported.casualty-object": "fordern" with the dead or injured as its object ("Das Beben
// forderte 65 Menschenleben", "Acht Tote forderte der Anschlag") counts victims; it reports no
// demand, so its clause is no reported quotation and its subject no speaker.

import type { Token } from "../tokens";
import { isCap } from "../tokens";
import { CASUALTY_CUE_LEMMAS, CASUALTY_NOUNS, PREPOSITIONS } from "../lexicon/quote-words";
import { speechVerbReadings } from "./morphology";

export const CASUALTY_OBJECT_RULE = "reported.casualty-object";

const CASUALTY_LEMMA = new Set(CASUALTY_CUE_LEMMAS);
const PREPOSITION = new Set(PREPOSITIONS);
/** Words looked at before the noun for a preposition governing it (article, number, adjective). */
const PHRASE_BEFORE = 3;
const CLAUSE_BREAK = new Set([",", ";", ":", "–", "—"]);

/** Whether a capitalised word's compound head is a casualty noun ("Todesopfer", "Motorrad-Toten"). */
function isCasualtyNoun(t: Token): boolean {
  if (!isCap(t)) return false;
  return CASUALTY_NOUNS.some((noun) => t.lower.endsWith(noun));
}

/** Whether a preposition governs the noun at k: "Hilfe für die Verletzten" demands something for them. */
function afterPreposition(tokens: readonly Token[], first: number, k: number): boolean {
  for (let j = k - 1; j >= first && k - j <= PHRASE_BEFORE; j--) {
    // a punctuation mark or another noun ends the phrase ("am Morgen 20 Tote": "am" governs "Morgen")
    if (tokens[j].kind === "p" || isCap(tokens[j])) return false;
    if (PREPOSITION.has(tokens[j].lower)) return true;
  }
  return false;
}

/**
 * Whether the clause of the cue at `verb` (from `first`, up to the first clause break after the
 * verb, at most `last`) counts victims with a casualty lemma ("forderte 92 Menschenleben").
 */
export function countsCasualties(
  tokens: readonly Token[],
  cue: { verb: number; lemma: string },
  first: number,
  last: number,
): boolean {
  if (!CASUALTY_LEMMA.has(cue.lemma)) return false;
  for (let k = first; k <= last; k++) {
    if (k > cue.verb && CLAUSE_BREAK.has(tokens[k].text)) return false;
    if (isCasualtyNoun(tokens[k]) && !afterPreposition(tokens, first, k)) return true;
  }
  return false;
}

/** The casualty lemma a word is a form of ("forderte" → "fordern"), or null. */
export function casualtyLemmaOf(lower: string): string | null {
  return speechVerbReadings(lower).find((r) => CASUALTY_LEMMA.has(r.lemma))?.lemma ?? null;
}
