// Tokenizer shared by every rule of the extractor. One linear pass over the text, no regular
// expressions on the whole input: this keeps the extractor linear on hostile input (1 MB of
// "1.1.1.1…", 100 000 commas, lone surrogates) and gives every later rule exact UTF-16 offsets.

/** w = word (letters, inner hyphens/apostrophes), n = numeral written with digits, m = mixed letters
 *  and digits ("Su-27", "78-Jährige", "2024-11"), p = any other single character. */
export type TokenKind = "w" | "n" | "m" | "p";

export interface Token {
  /** Offsets into the original text (UTF-16). */
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  /** Lower-cased text, computed once because almost every rule compares lower-case. */
  lower: string;
  /** Word ends in a hyphen that truncates a compound ("drei- bis fünfjährige"). */
  truncated?: boolean;
  /** Capitalised word (computed once; most rules ask). */
  capitalized?: boolean;
  /** The record of this token's written form, shared by every occurrence (absent on tokens a rule builds itself). */
  word?: Word;
  /** Cached gazetteer match at this token (actors.matchAt), valid for matchCacheOwner/matchCacheTokens. */
  matchCache?: unknown;
  matchCacheOwner?: object;
  matchCacheTokens?: Token[];
}

/**
 * One record per distinct written form of a token (interned by the tokenizer): the lower-case form
 * and the per-word analyses are computed once per word instead of once per occurrence. The
 * analyses depend on the written form alone; each is filled by the module that owns it.
 */
export interface Word {
  readonly text: string;
  readonly lower: string;
  readonly capitalized: boolean | undefined;
  /** Inflection-tolerant forms (actors.tokenForms). */
  forms: string[] | undefined;
  /** Party of the place the word names (parties.tokenPlaceParty). */
  placeParty: import("./types").Party | null | undefined;
  /** Gazetteer index flags of the word, valid for the matcher in matcherOwner (actors.ActorMatcher). */
  matcherOwner: object | undefined;
  matcherFlags: number;
  matcherTranslit: unknown;
  /** The matcher's index entries under the word's forms (actors.ActorMatcher.firstEntries), valid for matcherOwner. */
  matcherFirst: unknown;
  /** Role head and body head of the word (actors.personRole / bodyNoun), computed on first use. */
  role: import("./actors").PersonRole | null | undefined;
  body: import("./actors").BodyNounHead | null | undefined;
  /** Value of the word as a number word, and as a "-mal" word (numbers.parseBase). */
  numberWord: number | null | undefined;
  timesWord: number | null | undefined;
  /** Word-class bits of the attribution parser (attribution.wordFlags), -1 before the first use. */
  attributionFlags: number;
  /** Whether the word is a speech noun (quotes/reader-phrases.ts isSpeechNoun), computed on first use. */
  speechNoun: boolean | undefined;
  /** Whether the word has the letters of a Konjunktiv I in "-e" (quotes/konjunktiv-form.ts), computed on first use. */
  konjunktivShape: boolean | undefined;
  /** Readings of the word as a speech verb form (quotes/morphology.ts), computed on first use. */
  speechVerbReadings: readonly import("./quotes/morphology").VerbReading[] | undefined;
}

/** A run of tokens by index, both ends included. */
export interface TokenSpan {
  first: number;
  last: number;
}

/**
 * A token with every field present from the start, in one order: all tokens share one object
 * shape, so the rules' property reads stay monomorphic (the caches are filled in later). The one
 * literal for the tokenizer's tokens and the ones rules build.
 */
function tokenRecord(
  start: number,
  end: number,
  kind: TokenKind,
  text: string,
  lower: string,
  capitalized: boolean | undefined,
  word: Word | undefined,
): Token {
  return {
    start,
    end,
    text,
    kind,
    lower,
    truncated: undefined,
    capitalized,
    word,
    matchCache: undefined,
    matchCacheOwner: undefined,
    matchCacheTokens: undefined,
  };
}

function newToken(start: number, end: number, kind: TokenKind, word: Word): Token {
  return tokenRecord(start, end, kind, word.text, word.lower, word.capitalized, word);
}

/**
 * A word token a rule builds itself (the first part of a compound read as a word of its own), with
 * no Word record. It has the tokenizer's shape (tokenRecord): a token of a second shape made the
 * optimised code of every rule it reached (parseNP, the gazetteer matcher) deoptimise again and
 * again ("wrong map"), each time followed by a new compile.
 */
export function ruleWordToken(start: number, end: number, text: string, capitalized: boolean): Token {
  return tokenRecord(start, end, "w", text, text.toLowerCase(), capitalized, undefined);
}

function newWord(text: string, lower: string, kind: TokenKind): Word {
  return {
    text,
    lower,
    // a word whose first letter changes when lower-cased (isCap reads this instead of recomputing)
    capitalized: kind === "w" ? text[0] !== lower[0] : undefined,
    forms: undefined,
    placeParty: undefined,
    matcherOwner: undefined,
    matcherFlags: 0,
    matcherTranslit: undefined,
    matcherFirst: undefined,
    role: undefined,
    body: undefined,
    numberWord: undefined,
    timesWord: undefined,
    attributionFlags: -1,
    speechNoun: undefined,
    konjunktivShape: undefined,
    speechVerbReadings: undefined,
  };
}

// The intern table: open addressing over the words' characters, so a word seen before costs no
// slice, no toLowerCase and no allocation but the token. Bounded in every direction (memory stays
// flat, hostile input stays linear): long tokens are not interned, a probe stops after
// MAX_PROBES slots, and the table starts afresh when half full.
const INTERN_SLOTS = 1 << 16;
const INTERN_MASK = INTERN_SLOTS - 1;
const INTERN_LIMIT = INTERN_SLOTS >> 1;
const MAX_INTERNED_LENGTH = 48;
const MAX_PROBES = 8;
let internWords: (Word | undefined)[] = new Array<Word | undefined>(INTERN_SLOTS).fill(undefined);
const internKinds = new Uint8Array(INTERN_SLOTS);
/** Each slot's hash: a probe compares it before touching the Word (fewer memory reads). */
const internHashes = new Int32Array(INTERN_SLOTS);
let internCount = 0;
const KIND_CODES: Record<TokenKind, number> = { w: 1, n: 2, m: 3, p: 4 };

/** A punctuation token keeps its character as its lower-case form ("Ⅰ" is no letter to lower-case). */
const lowerOf = (t: string, kind: TokenKind): string => (kind === "p" ? t : t.toLowerCase());

function sameChars(word: string, text: string, from: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(from + k)) return false;
  return true;
}

/** FNV-1a offset basis: the hash of the empty word, which charHash extends by one code unit. */
const HASH_START = 2166136261 | 0;
/** The word hash extended by code unit c (the tokenizer hashes while it scans: no second pass). */
const charHash = (h: number, c: number): number => Math.imul(h ^ c, 16777619);

/**
 * The Word of text[from, to) as a token of `kind`, from the intern table or new; `charsHash` is the
 * FNV-1a hash of its code units (charHash from HASH_START), which the tokenizer computes while it scans.
 */
function internWord(text: string, from: number, to: number, kind: TokenKind, charsHash: number): Word {
  const length = to - from;
  if (length > MAX_INTERNED_LENGTH) {
    const t = text.slice(from, to);
    return newWord(t, lowerOf(t, kind), kind);
  }
  const kindCode = KIND_CODES[kind];
  const h = Math.imul(charsHash ^ kindCode, 16777619) | 0;
  let slot = (h ^ (h >>> 16)) & INTERN_MASK;
  for (let probe = 0; probe < MAX_PROBES; probe++) {
    // the kind byte says whether the slot is taken (0 = empty): a probe reads the small typed
    // arrays first and touches the Word only when kind and hash agree (fewer cache misses)
    const slotKind = internKinds[slot];
    if (slotKind === 0) {
      if (internCount >= INTERN_LIMIT) break;
      const t = text.slice(from, to);
      const word = newWord(t, lowerOf(t, kind), kind);
      internWords[slot] = word;
      internKinds[slot] = kindCode;
      internHashes[slot] = h;
      internCount++;
      return word;
    }
    if (slotKind === kindCode && internHashes[slot] === h) {
      const w = internWords[slot]!;
      if (w.text.length === length && sameChars(w.text, text, from)) return w;
    }
    slot = (slot + 1) & INTERN_MASK;
  }
  if (internCount >= INTERN_LIMIT) {
    internWords = new Array<Word | undefined>(INTERN_SLOTS).fill(undefined);
    internKinds.fill(0);
    internCount = 0;
  }
  const t = text.slice(from, to);
  return newWord(t, lowerOf(t, kind), kind);
}

/** One-character punctuation below this code unit (ASCII to the General Punctuation block) has its Word by code. */
const PUNCTUATION_CODES = 0x2070;
const punctuationWords = new Array<Word | undefined>(PUNCTUATION_CODES).fill(undefined);

/** The Word of the punctuation character text[i] (code c): asked for every comma and stop, without hashing or probing. */
function punctuationWord(text: string, i: number, c: number): Word {
  let word = punctuationWords[c];
  if (word === undefined) {
    const t = text[i];
    word = punctuationWords[c] = newWord(t, t, "p");
  }
  return word;
}

const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;

export function isLetterCode(c: number, ch: string): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Latin-1 and Latin Extended-A letters (umlauts, ß, č …) without a regular expression
  if (c >= 0xc0 && c <= 0x17f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates: never letters (keeps lone ones harmless)
  return NON_ASCII_LETTER.test(ch);
}

/** isLetterCode of other code units, answered once per code unit (quotes and dashes are asked for often). */
const otherLetterCodes = new Uint8Array(0x10000); // 0 = not asked yet, 1 = letter, 2 = no letter

/** isLetterCode by code unit alone (the tokenizer's inner loop: no one-character string per call). */
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xc0 && c <= 0x17f) return c !== 0xd7 && c !== 0xf7;
  let known = otherLetterCodes[c];
  if (known === 0) known = otherLetterCodes[c] = isLetterCode(c, String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 0xa0 ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0x2009 ||
    c === 0x202f ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x200b ||
    c === 0x2007 ||
    c === 0xfeff
  );
}

// "-" and Unicode hyphens (not dashes: those separate)
const isHyphen = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011;
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
// Separators allowed between two digits inside one numeral: 11.000 / 1,5 / 11:15 / 508/21.
const isDigitSeparator = (c: number): boolean => c === 46 || c === 44 || c === 58 || c === 47;

/**
 * Tokenize text[from, to). Letters/digits and the separators inside them form one token; every
 * other non-space character is a token of its own. Whitespace produces no token.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    const letter = isLetter(c);
    const digit = !letter && isDigitCode(c);
    if (!letter && !digit) {
      out.push(
        newToken(
          i,
          i + 1,
          "p",
          c < PUNCTUATION_CODES ? punctuationWord(text, i, c) : internWord(text, i, i + 1, "p", charHash(HASH_START, c)),
        ),
      );
      i++;
      continue;
    }
    let j = i;
    let hasL = false;
    let hasD = false;
    let trunc = false;
    let hyph = false;
    let h = HASH_START;
    while (j < to) {
      const cj = text.charCodeAt(j);
      if (isDigitCode(cj)) {
        hasD = true;
        h = charHash(h, cj);
        j++;
        continue;
      }
      if (isLetter(cj)) {
        hasL = true;
        h = charHash(h, cj);
        j++;
        continue;
      }
      // only a hyphen, an apostrophe or a digit separator can continue the token
      if (!isHyphen(cj) && !isApostrophe(cj) && !isDigitSeparator(cj)) break;
      const prev = text.charCodeAt(j - 1);
      const next = j + 1 < to ? text.charCodeAt(j + 1) : -1;
      const prevAlnum = isDigitCode(prev) || isLetter(prev);
      const nextAlnum = next >= 0 && (isDigitCode(next) || isLetter(next));
      if (isHyphen(cj) && prevAlnum) {
        if (nextAlnum) {
          hyph = true;
          h = charHash(h, cj);
          j++;
          continue;
        }
        // "drei- bis", "Luft- und": hyphen glued to the word and followed by a space.
        if (next < 0 || isSpaceCode(next) || next === 44) {
          trunc = true;
          h = charHash(h, cj);
          j++;
        }
        break;
      }
      if (isApostrophe(cj) && hasL && !hasD && nextAlnum && isLetter(next)) {
        h = charHash(h, cj);
        j++;
        continue;
      }
      if (isDigitSeparator(cj) && isDigitCode(prev) && next >= 0 && isDigitCode(next)) {
        h = charHash(h, cj);
        j++;
        continue;
      }
      break;
    }
    // A numeral with a hyphen ("2024-11", "3-4") is treated like a type number: never a claim alone.
    const k: TokenKind = hasD && (hasL || hyph) ? "m" : hasD ? "n" : "w";
    const tok = newToken(i, j, k, internWord(text, i, j, k, h));
    if (trunc) tok.truncated = true;
    out.push(tok);
    i = j;
  }
  return out;
}

/** Capitalised word (first letter upper-case). */
export function isCap(tok: Token | undefined): boolean {
  if (!tok || tok.kind !== "w") return false;
  if (tok.capitalized !== undefined) return tok.capitalized;
  const f = tok.text[0];
  return f !== f.toLowerCase() && f === f.toUpperCase();
}

export function isLowerWord(tok: Token | undefined): boolean {
  return !!tok && tok.kind === "w" && !isCap(tok);
}

export const OPEN_QUOTES = new Set(["„", '"', "«", "»", "“", "‚", "'", "‹", "›"]);
export const CLOSE_QUOTES = new Set(["“", '"', "”", "«", "»", "‘", "'", "’", "‹", "›"]);
