// Free-text search of the review queue: the user's text → a PostgreSQL tsquery over the claims'
// stored search_vector (migration 20261129222000_claim_search). Parsing is pure and never throws;
// the SQL passes every piece of user text as a bind parameter to plainto_tsquery/phraseto_tsquery
// (which ignore tsquery operators) or, for the prefix of the word being typed, to to_tsquery only
// after it was reduced to letters and digits – no tsquery syntax from the user reaches PostgreSQL.
//
// Syntax: words are ANDed; "quoted words" are an exact phrase (an unclosed quote runs to the end);
// the last word gets a prefix match while typing (no space after it – the queue trims its filter
// values, so there the last word always completes); a number ("11.000", "11000",
// "1,5 Millionen", "elftausend") also finds claims whose counted value is that number.
import { Prisma } from "@/lib/generated/prisma/client";
import { parseNumberWord, SCALES } from "@/lib/extraction/number-words";
import { parseDigits } from "@/lib/extraction/numbers";

export interface SearchWord {
  kind: "word";
  /** The word(s) as typed, e.g. "Drohnen", "11.000" or "1,5 Millionen". */
  text: string;
  /** Match as a prefix (the word being typed). */
  prefix: boolean;
  /** Numeric value when the word is a number, for the claims' value token. */
  number: number | null;
}

export interface SearchPhrase {
  kind: "phrase";
  text: string;
}

export type SearchPart = SearchWord | SearchPhrase;

/** More parts only make the query slower, never more precise. */
export const MAX_SEARCH_PARTS = 12;
/** Shorter prefixes match too much to be useful while typing. */
const MIN_PREFIX_LENGTH = 2;

// A word: letters and digits, joined by . , - inside ("11.000", "1,5", "Kamikaze-Drohnen").
const WORD = /[\p{L}\p{N}]+(?:[.,\-‐‑][\p{L}\p{N}]+)*/gu;
const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;
const DIGITS = /^\d[\d.,]*$/;
// Characters PostgreSQL cannot take (NUL), other control characters and lone surrogates.
const UNSAFE = /[\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Numeric value of a query word: digits as in German copy, or a number word ("elftausend"). */
export function parseQueryNumber(word: string): number | null {
  if (DIGITS.test(word)) return parseDigits(word);
  if (!/^\p{L}+$/u.test(word)) return null;
  return parseNumberWord(word);
}

function scaleOf(word: string | undefined): number | null {
  if (word === undefined) return null;
  return SCALES[word.toLowerCase().replace(/\.$/, "")] ?? null;
}

/** Words of an unquoted stretch; a number followed by a scale word is one word ("1,5 Millionen"). */
function wordsOf(stretch: string): SearchWord[] {
  const raw = stretch.match(WORD) ?? [];
  const words: SearchWord[] = [];
  for (let i = 0; i < raw.length; i++) {
    const number = parseQueryNumber(raw[i]);
    const scale = number === null ? null : scaleOf(raw[i + 1]);
    if (number !== null && scale !== null) {
      words.push({ kind: "word", text: `${raw[i]} ${raw[i + 1]}`, prefix: false, number: number * scale });
      i++;
    } else words.push({ kind: "word", text: raw[i], prefix: false, number });
  }
  return words;
}

/** The search's parts in order; empty when the text holds no word. Never throws. */
export function parseSearch(input: string): SearchPart[] {
  const text = String(input ?? "").replace(UNSAFE, " ");
  const parts: SearchPart[] = [];
  const segments = text.split('"');
  segments.forEach((segment, i) => {
    // Odd segments lie between quotes (the last one also when the closing quote is missing).
    if (i % 2 === 1) {
      const phrase = (segment.match(WORD) ?? []).join(" ");
      if (phrase) parts.push({ kind: "phrase", text: phrase });
    } else parts.push(...wordsOf(segment));
  });
  const last = parts[parts.length - 1];
  const typing = segments.length % 2 === 1 && !/[\s"]$/.test(text) && /[\p{L}\p{N}]$/u.test(text);
  // A number is matched whole: "11" should not find "11.000".
  const completable = last?.kind === "word" && last.number === null && PLAIN_WORD.test(last.text);
  if (typing && completable && last.text.length >= MIN_PREFIX_LENGTH) {
    parts[parts.length - 1] = { ...last, prefix: true };
  }
  return dedupe(parts).slice(0, MAX_SEARCH_PARTS);
}

function dedupe(parts: SearchPart[]): SearchPart[] {
  const seen = new Set<string>();
  return parts.filter((p) => {
    const key = `${p.kind}:${p.kind === "word" && p.prefix ? "*" : ""}${p.text.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The tsquery of a word's text as typed (its German stem; with ':*' while typing). */
function wordQuery(part: SearchWord): Prisma.Sql {
  // PLAIN_WORD was checked: only letters and digits meet ':*' here.
  return part.prefix
    ? Prisma.sql`to_tsquery('german', search_fold(${part.text}) || ':*')`
    : Prisma.sql`plainto_tsquery('german', search_fold(${part.text}))`;
}

/** The value token of a number (migration 20261129222000_claim_search: one lexeme per value). */
function numberToken(value: number): Prisma.Sql {
  return Prisma.sql`search_number_token(CAST(${value} AS double precision))`;
}

function partQuery(part: SearchPart): Prisma.Sql {
  if (part.kind === "phrase") return Prisma.sql`phraseto_tsquery('german', search_fold(${part.text}))`;
  const words = wordQuery(part);
  if (part.number === null || !Number.isFinite(part.number)) return words;
  return Prisma.sql`(${words} || to_tsquery('simple', ${numberToken(part.number)}))`;
}

/** The tsquery for the parts (ANDed), or null when there is nothing to search for. */
export function searchTsQuery(parts: SearchPart[]): Prisma.Sql | null {
  if (parts.length === 0) return null;
  return Prisma.sql`(${Prisma.join(parts.map(partQuery), " && ")})`;
}

/**
 * A search for one number and nothing else ("11000", "11.000", "elftausend"), split into its two
 * ways to match, which together are exactly searchTsQuery's: the claims whose value it is (the
 * value token, served newest first and index-only by claims_number_token_idx, migration
 * 20261130110000_search_number_index) and the claims that only mention it in their text (GIN).
 * null for any other search.
 */
export interface NumberSearch {
  /** The number's value token ("num11000"), as claim_number_counts.token holds it. */
  token: Prisma.Sql;
  /** The claim's value is the number (alias c). */
  value: Prisma.Sql;
  /** The number is only in the claim's text, its value is another (alias c). */
  textOnly: Prisma.Sql;
}

export function numberOnlySearch(parts: SearchPart[]): NumberSearch | null {
  const [part] = parts;
  if (parts.length !== 1 || part.kind !== "word" || part.number === null || !Number.isFinite(part.number)) return null;
  // Same expression as the index's first key, so the planner matches it.
  const value = Prisma.sql`search_number_token(c.value) = ${numberToken(part.number)}`;
  return {
    token: numberToken(part.number),
    value,
    textOnly: Prisma.sql`c.search_vector @@ ${wordQuery(part)} AND search_number_token(c.value) <> ${numberToken(part.number)}`,
  };
}
