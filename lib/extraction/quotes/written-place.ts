// Rule "speaker.written-place": "In dem Aufruf steht: „…“", "Auf dem Schild war „…“ zu lesen",
// "Im Protokoll findet sich der Satz „…“". A direct quotation whose sentence has no cue but a verb
// of standing written ("stehen", "zu lesen sein", "sich finden") quotes the text named by the
// sentence's locative phrase: that place is the source. A time phrase ("Im Mai stand …") names no
// text and is passed over.

import type { Token, TokenSpan } from "../tokens";
import {
  WRITTEN_FIND_FORMS,
  WRITTEN_PLACE_ARTICLES,
  WRITTEN_PLACE_PREPOSITIONS,
  WRITTEN_READ_FORMS,
  WRITTEN_STAND_FORMS,
} from "../lexicon/speaker-phrases";
import { isTimePhrase } from "./time-phrase";

export const WRITTEN_PLACE_RULE = "speaker.written-place";

const STAND = new Set(WRITTEN_STAND_FORMS);
const READ = new Set(WRITTEN_READ_FORMS);
const FIND = new Set(WRITTEN_FIND_FORMS);
const PLACE_PREP = new Set(WRITTEN_PLACE_PREPOSITIONS);
const PLACE_ARTICLE = new Set(WRITTEN_PLACE_ARTICLES);

/** Whether tokens[k] is a verb of standing written: a form of "stehen", "zu lesen", "findet sich". */
function isWrittenVerb(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k].lower;
  if (STAND.has(w)) return true;
  if (READ.has(w)) return w !== "lesen" || tokens[k - 1]?.lower === "zu";
  return FIND.has(w) && (tokens[k + 1]?.lower === "sich" || tokens[k - 1]?.lower === "sich");
}

/**
 * The place phrase of a sentence [first, last] whose words outside quotation marks (`quoted`)
 * include a verb of standing written: the noun phrase after the first locative preposition
 * that can name a text, or null.
 */
export function writtenPlace(
  tokens: readonly Token[],
  first: number,
  last: number,
  quoted: (k: number) => boolean,
  phraseFrom: (k: number, end: number) => TokenSpan | null,
): TokenSpan | null {
  let written = false;
  for (let k = first; k <= last && !written; k++) written = !quoted(k) && tokens[k].kind === "w" && isWrittenVerb(tokens, k);
  if (!written) return null;
  for (let k = first; k < last; k++) {
    if (quoted(k) || !PLACE_PREP.has(tokens[k].lower)) continue;
    const place = phraseFrom(k + 1, last);
    if (place && namesText(tokens, k, place) && !overlapsQuotation(place, quoted)) return place;
  }
  return null;
}

/**
 * Whether the phrase after the preposition at `prep` can name a text: it has an article ("in dem
 * Brief", "im Aufruf"; a bare noun is an idiom: "in Einklang stehen") and is no time phrase.
 */
function namesText(tokens: readonly Token[], prep: number, place: TokenSpan): boolean {
  const withArticle = tokens[prep].lower === "im" || PLACE_ARTICLE.has(tokens[place.first].lower);
  return withArticle && !isTimePhrase(tokens, place);
}

function overlapsQuotation(place: TokenSpan, quoted: (k: number) => boolean): boolean {
  for (let k = place.first; k <= place.last; k++) if (quoted(k)) return true;
  return false;
}
