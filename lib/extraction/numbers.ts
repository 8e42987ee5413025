// Number mentions in one sentence: which numerals state a checkable quantity (a claim), their
// value, qualifier, total ("X von Y"), unit and the noun phrase they count. Works on the token
// list of the sentence with bounded look-around windows, so it is linear in the sentence length.
// The rules follow claim-guidelines.md: dates, times, years, ages, ordinals, labels, type and case
// numbers, durations, compounds, vague collectives and articles are not claims.

import { Token, isCap as importedIsCap, isLowerWord, OPEN_QUOTES } from "./tokens";
import { parseNumberWord, parseTimesWord, EIN_FORMS, FRACTIONS, SCALES } from "./number-words";
import { MONTHS } from "./sentences";
import * as numberContext from "./lexicon/number-context";
// Bound once: tsx compiles every use of an imported binding into two getter calls (these run per token).
const isCap = importedIsCap;

const NOT_PERSON_HEAD_SET: ReadonlySet<string> = new Set(numberContext.NOT_PERSON_HEADS);
const CLOCK_DURATION_UNIT_SET: ReadonlySet<string> = new Set(numberContext.CLOCK_DURATION_UNITS);

export interface NumberMention {
  /** Token indices of the value span [first, last] (qualifier included). */
  firstTok: number;
  lastTok: number;
  /** Index of the token holding the numeral itself. */
  numTok: number;
  start: number;
  end: number;
  value: number;
  qualifier: string;
  total: number | null;
  unit: "" | "percent" | "money";
  what: string;
  /** German description of the number rule, for the explanation. */
  rule: string;
}

/** Qualifiers, longest first; matched as whole token sequences directly before the numeral. */
export const QUALIFIERS: readonly string[][] = [
  ["weit", "mehr", "als"],
  ["deutlich", "mehr", "als"],
  ["etwas", "mehr", "als"],
  ["nicht", "mehr", "als"],
  ["deutlich", "weniger", "als"],
  ["etwas", "weniger", "als"],
  ["mehr", "als"],
  ["weniger", "als"],
  ["bis", "zu"],
  ["weit", "über"],
  ["deutlich", "über"],
  ["knapp", "über"],
  ["knapp", "unter"],
  ["an", "die"],
  ["um", "die"],
  ["ca", "."],
  ["mindestens"],
  ["höchstens"],
  ["maximal"],
  ["rund"],
  ["etwa"],
  ["circa"],
  ["zirka"],
  ["ca"],
  ["knapp"],
  ["über"],
  ["fast"],
  ["beinahe"],
  ["gut"],
  ["nahezu"],
  ["annähernd"],
  ["ungefähr"],
  ["schätzungsweise"],
  ["geschätzt"],
  ["wenigstens"],
  ["mehr", "als"],
  ["minimal"],
  ["insgesamt"],
];
// "insgesamt" is matched so that it is not mistaken for part of the noun phrase, but it is not
// reported as a qualifier (it marks a sum, not an approximation).
const NOT_A_QUALIFIER: ReadonlySet<string> = new Set(numberContext.NOT_A_QUALIFIER);

/** Nouns whose following number is a label, not a quantity ("Tag eins", "Nr. 5", "Artikel 5"). */
const LABEL_NOUNS: ReadonlySet<string> = new Set(numberContext.LABEL_NOUNS);

/** Weapon and model names followed by a type number ("Leopard 2", "Patriot PAC 3", "Iris-T SLM"). */
const MODEL_NAMES: ReadonlySet<string> = new Set(numberContext.MODEL_NAMES);
/** Compound label nouns ("UN-Resolution 2231", "Sicherheitsratsresolution 2202"). */
const LABEL_SUFFIXES: readonly string[] = ["resolution", "nummer", "artikel", "paragraf", "paragraph", "kapitel"];

const COMPOUND_LABEL_HEADS: readonly string[] = numberContext.COMPOUND_LABEL_HEADS;

/** Whether a word is a compound whose head is a label noun ("Alarmstufe", "Bundesautobahn"), not the noun itself. */
const isCompoundLabel = (lower: string): boolean =>
  COMPOUND_LABEL_HEADS.some((head) => lower.length > head.length + 2 && lower.endsWith(head));

/** Time units: a number counting them is a duration or reporting window, not a claim. */
const TIME_UNITS: ReadonlySet<string> = new Set(numberContext.TIME_UNITS);

const YEAR_CONTEXT: ReadonlySet<string> = new Set(numberContext.YEAR_CONTEXT);

const VAGUE_BEFORE: ReadonlySet<string> = new Set(numberContext.VAGUE_BEFORE);

const CURRENCIES: Record<string, string> = {
  euro: "Euro",
  "€": "Euro",
  dollar: "Dollar",
  "us-dollar": "US-Dollar",
  $: "Dollar",
  rubel: "Rubel",
  pfund: "Pfund",
  franken: "Franken",
  hrywnja: "Hrywnja",
  hrywnjas: "Hrywnja",
  griwna: "Hrywnja",
  hrywna: "Hrywnja",
  yuan: "Yuan",
  won: "Won",
  yen: "Yen",
  eur: "Euro",
  usd: "US-Dollar",
};

const PERSON_NOUNS: ReadonlySet<string> = new Set(numberContext.PERSON_NOUNS);

const CASUALTY_WORDS: readonly string[] = [
  "getötet",
  "tot",
  "ums leben",
  "starb",
  "gestorben",
  "verletzt",
  "verwundet",
  "vermisst",
  "verschüttet",
  "leiche",
  "getöteten",
  "verstorben",
  "erschossen",
  "gefallen",
  "todesopfer",
];

/** Person nouns, also as the head of a compound ("Todesopfer", "Lkw-Fahrer", "Bauarbeiter"). */
function isPersonNoun(l: string): boolean {
  // asked for the words after every "ein"/"eine": each word is compared with the heads once
  let answer = personNounMemo.get(l);
  if (answer === undefined) {
    answer = isPersonNounRaw(l);
    if (personNounMemo.size >= 50_000) personNounMemo.clear();
    personNounMemo.set(l, answer);
  }
  return answer;
}
const personNounMemo = new Map<string, boolean>();
function isPersonNounRaw(l: string): boolean {
  if (PERSON_NOUNS.has(l)) return true;
  for (const h of PERSON_HEADS) if (l.length > h.length + 2 && l.endsWith(h)) return true;
  return false;
}
const PERSON_HEADS: readonly string[] = [...PERSON_NOUNS]
  .filter((w) => w.length >= 5 && !NOT_PERSON_HEAD_SET.has(w))
  .concat(["opfer"]);

/** Auxiliaries and common verbs that must not be read as adjectives of the counted noun. */
const NOT_ADJECTIVES: ReadonlySet<string> = new Set(numberContext.NOT_ADJECTIVES);

const POSSESSIVES: ReadonlySet<string> = new Set(numberContext.POSSESSIVES);

/** Value of a digit numeral as written in German copy ("11.000", "1,5"); null for dates, times and enumerations. */
export function parseDigits(t: string): number | null {
  if (t.includes(":") || t.includes("/")) return null;
  const comma = t.lastIndexOf(",");
  let intPart = t;
  let frac = "";
  if (comma >= 0) {
    if (t.indexOf(",") !== comma) return null; // "1,2,3": enumeration, not a numeral
    intPart = t.slice(0, comma);
    frac = t.slice(comma + 1);
  }
  if (intPart.includes(".")) {
    const groups = intPart.split(".");
    const thousands = groups[0].length >= 1 && groups[0].length <= 3 && groups.slice(1).every((g) => g.length === 3);
    if (thousands) intPart = groups.join("");
    else if (groups.length === 2 && comma < 0) {
      // "17.11" is a day and month; otherwise "1.5" (English decimal point, rare in German copy)
      const d = Number(groups[0]);
      const m = Number(groups[1]);
      if (groups[1].length <= 2 && d >= 1 && d <= 31 && m >= 1 && m <= 12) return null;
      return Number(groups[0] + "." + groups[1]);
    } else return null; // "04.11.2024": a date
  }
  if (intPart.length > 15) return null;
  const v = Number(frac ? intPart + "." + frac : intPart);
  return Number.isFinite(v) ? v : null;
}

/** Whether the numeral tokens[i] is a date/ordinal with a following full stop inside the sentence. */
function isOrdinalDot(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.text !== "." || next.start !== tokens[i].end) return false;
  // a stop that ends the sentence (possibly followed by closing quotes) is punctuation
  for (let k = i + 2; k < tokens.length; k++) {
    const t = tokens[k];
    if (
      t.kind === "p" &&
      (t.text === "“" || t.text === '"' || t.text === "”" || t.text === "«" || t.text === "»" || t.text === ")")
    )
      continue;
    return true;
  }
  return false;
}

function isSpaceGap(text: string, a: number, b: number): boolean {
  if (b - a !== 1) return false;
  const c = text.charCodeAt(a);
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

function matchQualifier(tokens: Token[], i: number): { first: number; text: string } | null {
  for (const q of QUALIFIERS) {
    const first = i - q.length;
    if (first < 0) continue;
    let ok = true;
    for (let k = 0; k < q.length; k++) {
      if (tokens[first + k].lower !== q[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { first, text: q.join(" ").replace(" .", ".") };
  }
  return null;
}

function sentenceHas(words: readonly string[], text: string, s: number, e: number): boolean {
  // bounded: casualty words are looked up in the lower-cased sentence text only up to 2 000 chars
  const slice = text.slice(s, Math.min(e, s + 2000)).toLowerCase();
  return words.some((w) => slice.includes(w));
}

interface Base {
  value: number;
  last: number; // last token index of the numeral (with scale)
  rule: string;
  scale: boolean;
}

/** Parse a numeral starting at token i (digits with separators, number word, scale word). */
/** parseNumberWord of a token, kept on its Word (every word of a text is tried as a number word). */
function numberWordOf(t: Token): number | null {
  const w = t.word;
  if (!w) return parseNumberWord(t.lower);
  return w.numberWord !== undefined ? w.numberWord : (w.numberWord = parseNumberWord(t.lower));
}

/** parseTimesWord of a token, kept on its Word. */
function timesWordOf(t: Token): number | null {
  const w = t.word;
  if (!w) return parseTimesWord(t.lower);
  return w.timesWord !== undefined ? w.timesWord : (w.timesWord = parseTimesWord(t.lower));
}

/**
 * Whether a word can open a figure in findNumbers: a number word, a "-mal" word, or one of the words
 * its special readings start with ("ein", "Hälfte", "Dutzend"); parseBase finds nothing at any other.
 */
function mayOpenFigure(t: Token): boolean {
  return (
    EIN_FORMS.has(t.lower) || t.lower === "hälfte" || t.lower === "dutzend" || numberWordOf(t) !== null || timesWordOf(t) !== null
  );
}

function parseBase(text: string, tokens: Token[], i: number, sentenceInitial: boolean): Base | null {
  const t = tokens[i];
  let value: number | null = null;
  let last = i;
  let rule = "";
  if (t.kind === "n") {
    if (t.text.includes(":")) return null; // clock time
    value = parseDigits(t.text);
    if (value === null) return null;
    // "10 000": thousands separated by a (narrow) space
    if (/^\d{1,3}$/.test(t.text)) {
      while (
        last + 1 < tokens.length &&
        tokens[last + 1].kind === "n" &&
        /^\d{3}$/.test(tokens[last + 1].text) &&
        isSpaceGap(text, tokens[last].end, tokens[last + 1].start) &&
        last - i < 5
      ) {
        value = value * 1000 + Number(tokens[last + 1].text);
        last++;
      }
    }
    rule = "Ziffernfolge mit deutscher Schreibweise";
  } else if (t.kind === "w") {
    const capOk = !isCap(t) || sentenceInitial || (i > 0 && OPEN_QUOTES.has(tokens[i - 1].text));
    if (!capOk) return null;
    if (t.lower === "eins") return null; // "Tag eins": a label
    value = numberWordOf(t);
    if (value !== null) rule = "Zahlwort";
    else {
      value = timesWordOf(t);
      if (value !== null) rule = "Zahlwort mit „-mal“";
    }
    if (value === null) return null;
  } else return null;
  let scale = false;
  const n1 = tokens[last + 1];
  if (n1 && n1.kind === "w" && SCALES[n1.lower] !== undefined && !(t.kind === "w" && n1.lower === "hundert")) {
    value *= SCALES[n1.lower];
    last++;
    scale = true;
    if ((n1.lower === "mio" || n1.lower === "mrd" || n1.lower === "tsd") && tokens[last + 1]?.text === ".") last++;
    rule += " mit Größenwort";
  }
  const n2 = tokens[last + 1];
  if (n2 && n2.kind === "w" && n2.lower === "dutzend") {
    value *= 12;
    last++;
    rule += " × Dutzend";
  } else if (n2 && n2.kind === "w" && FRACTIONS[n2.lower] !== undefined && n2.lower !== "hälfte") {
    value *= FRACTIONS[n2.lower];
    last++;
    rule += " als Bruch";
  }
  return { value, last, rule, scale };
}

/** A duration that is the quantity of a schedule, not a background window: "16 Stunden am Tag",
 *  "acht Stunden am Stück", "zwei Stunden täglich", "für jeweils drei Stunden". */
function isSchedule(tokens: Token[], unit: number, first: number): boolean {
  const u = tokens[unit];
  if (!u || !TIME_UNITS.has(u.lower) || !CLOCK_DURATION_UNIT_SET.has(u.lower)) return false;
  const a = tokens[unit + 1];
  const b = tokens[unit + 2];
  if (a && (a.lower === "täglich" || a.lower === "pro" || a.lower === "je")) return true;
  if (a && a.lower === "am" && b && (b.lower === "tag" || b.lower === "stück")) return true;
  const p = tokens[first - 1];
  if (p && p.lower === "jeweils") return true;
  return false;
}

const AGE_SUPERLATIVES: ReadonlySet<string> = new Set(numberContext.AGE_SUPERLATIVES);
const COPULAS: ReadonlySet<string> = new Set(numberContext.COPULAS);

/** Whether the number at i is Y of "Von den … Y Nomen … X": preceded by "von den" (adverbs and a
 *  qualifier in between) and followed by another figure in the same sentence. */
function reversedPartitiveTotal(text: string, tokens: Token[], i: number): boolean {
  let k = i - 1;
  let steps = 0;
  while (
    k >= 1 &&
    steps < 4 &&
    tokens[k].kind === "w" &&
    isLowerWord(tokens[k]) &&
    tokens[k].lower !== "den" &&
    tokens[k].lower !== "diesen"
  ) {
    k--;
    steps++;
  }
  if (k < 1 || !(tokens[k].lower === "den" || tokens[k].lower === "diesen") || tokens[k - 1].lower !== "von") return false;
  if (k - 1 > 0 && !(tokens[k - 2].kind === "p")) return false; // "Von den …" opens the sentence or clause
  for (let m = i + 1; m < tokens.length && m - i < 25; m++) {
    if (tokens[m].text === "." || tokens[m].text === ";") break;
    if (
      tokens[m].kind === "n" ||
      (tokens[m].kind === "w" &&
        isLowerWord(tokens[m]) &&
        parseNumberWord(tokens[m].lower) !== null &&
        tokens[m].lower !== "ein" &&
        tokens[m].lower !== "eine")
    )
      return true;
  }
  return false;
}

/** The number written at token k, if any (the second number of "X von Y" or of a range). */
function numberAt(text: string, tokens: Token[], k: number): Base | null {
  return tokens[k] ? parseBase(text, tokens, k, false) : null;
}

/** Find claim-bearing number mentions in a sentence. */
export function findNumbers(text: string, tokens: Token[], fallbackWhat = ""): NumberMention[] {
  const out: NumberMention[] = [];
  // Tokens already read as the second number of "X von Y" or a range; made only when needed
  // (most sentences have none: no Set per sentence).
  let consumed: Set<number> | null = null;
  const sStart = tokens.length ? tokens[0].start : 0;
  const sEnd = tokens.length ? tokens[tokens.length - 1].end : 0;
  /** Whether the sentence speaks of casualties: scanned once, on first need (no closure per sentence). */
  let casualty: boolean | null = null;

  for (let i = 0; i < tokens.length; i++) {
    if (consumed !== null && consumed.has(i)) continue;
    const t = tokens[i];
    if (t.kind !== "n" && t.kind !== "w") continue;
    if (t.truncated) continue; // "zwei- bis vierjährige": part of a compound
    if (t.kind === "w" && !mayOpenFigure(t)) continue; // most words: decided before any look around
    const prev = tokens[i - 1];
    const sentenceInitial =
      i === 0 ||
      (prev.kind === "p" &&
        (OPEN_QUOTES.has(prev.text) || prev.text === "(" || prev.text === "–" || prev.text === "-" || prev.text === ":"));

    let base: Base | null = null;
    let firstTok = i;
    let special = "";

    if (t.kind === "w" && EIN_FORMS.has(t.lower)) {
      // "ein Drittel", "ein Dutzend", or "ein Mann getötet" (casualty count)
      const nx = tokens[i + 1];
      if (nx && nx.kind === "w" && FRACTIONS[nx.lower] !== undefined && nx.lower !== "hälfte") {
        base = { value: FRACTIONS[nx.lower], last: i + 1, rule: "Bruchzahl", scale: false };
      } else if (nx && nx.kind === "w" && nx.lower === "dutzend") {
        base = { value: 12, last: i + 1, rule: "„ein Dutzend“", scale: false };
      } else if (nx && nx.kind === "w" && (nx.lower === "million" || nx.lower === "milliarde" || nx.lower === "billion")) {
        base = { value: SCALES[nx.lower], last: i + 1, rule: "„eine Million/Milliarde“", scale: true };
      } else if (
        nx &&
        nx.lower === "halbe" &&
        tokens[i + 2] &&
        (tokens[i + 2].lower === "million" || tokens[i + 2].lower === "milliarde")
      ) {
        base = { value: SCALES[tokens[i + 2].lower] / 2, last: i + 2, rule: "„eine halbe Million/Milliarde“", scale: true };
      } else {
        let person = false;
        for (let k = i + 1; k <= i + 5 && k < tokens.length; k++) {
          // "Ein 58-jähriger Mann": an age compound between article and noun
          if (tokens[k].kind === "n" || tokens[k].kind === "m" || tokens[k].text === "-") continue;
          if (tokens[k].kind !== "w") break;
          if (isPersonNoun(tokens[k].lower)) {
            person = true;
            break;
          }
          // "Lkw-Fahrer": the head of a hyphenated compound follows
          if (isCap(tokens[k]) && !(tokens[k + 1] && tokens[k + 1].text === "-" && tokens[k + 1].start === tokens[k].end)) break;
        }
        if (person && (casualty ??= sentenceHas(CASUALTY_WORDS, text, sStart, sEnd)))
          base = { value: 1, last: i, rule: "„ein/eine“ als Opferzahl", scale: false };
      }
      if (!base) continue;
      special = "ein";
    } else if (t.kind === "w" && t.lower === "hälfte") {
      if (
        !prev ||
        !(prev.lower === "die" || prev.lower === "der" || prev.lower === "zur" || prev.lower === "einer" || prev.lower === "eine")
      )
        continue;
      base = { value: 0.5, last: i, rule: "Bruchzahl „Hälfte“", scale: false };
      firstTok = i - 1;
      special = "fraction";
    } else if (t.kind === "w" && t.lower === "dutzend" && prev && prev.lower !== "ein") {
      continue;
    } else {
      base = parseBase(text, tokens, i, sentenceInitial);
      if (!base) continue;
    }

    const numEnd = base.last;
    const next = tokens[numEnd + 1];
    const next2 = tokens[numEnd + 2];

    // ---- non-claims -----------------------------------------------------------------------
    if (t.kind === "n" && !base.scale && isOrdinalDot(tokens, i)) continue; // "17. Dezember", "3. Armee"
    const times = base.rule.startsWith("Zahlwort mit „-mal“"); // "zweimal": a frequency, never a label
    if (
      prev &&
      !times &&
      (LABEL_NOUNS.has(prev.lower) || (prev.text === "." && tokens[i - 2] && LABEL_NOUNS.has(tokens[i - 2].lower)))
    )
      continue;
    if (
      prev &&
      prev.kind === "w" &&
      t.kind === "n" &&
      (MODEL_NAMES.has(prev.lower) || LABEL_SUFFIXES.some((x) => prev.lower.endsWith(x)))
    )
      continue; // "Leopard 2", "UN-Resolution 2231"
    // "Alarmstufe 4", "Tabellenplatz drei": a label compound labels the number – unless a noun
    // follows, which the number then counts ("auf dem Marktplatz 20 Menschen")
    if (prev && prev.kind === "w" && !times && isCompoundLabel(prev.lower) && !(next && isCap(next))) continue;
    if (prev && prev.text === "§") continue;
    // road numbers: "A 7", "B 27", "L 1140"
    if (prev && t.kind === "n" && /^[ABLKE]$/.test(prev.text) && prev.kind === "w") continue;
    // "Die Jüngste war 19, der Älteste 70 Jahre alt": ages of superlative person nouns
    if (
      prev &&
      (AGE_SUPERLATIVES.has(prev.lower) ||
        (tokens[i - 2] && AGE_SUPERLATIVES.has(tokens[i - 2].lower) && COPULAS.has(prev.lower)))
    )
      continue;
    // reversed partitive "Von den (ursprünglich) rund 11.000 Soldaten seien etwa 4.000 …": the total
    if (reversedPartitiveTotal(text, tokens, i)) continue;
    // "Iwan K. (23)": an age in parentheses after a name
    if (
      prev &&
      prev.text === "(" &&
      next &&
      next.text === ")" &&
      t.kind === "n" &&
      base.value < 120 &&
      Number.isInteger(base.value)
    )
      continue;
    // "Erika Muster, 47, arbeitet …": an age in apposition after a name
    if (
      prev &&
      prev.text === "," &&
      tokens[i - 2] &&
      isCap(tokens[i - 2]) &&
      tokens[i - 2].kind === "w" &&
      next &&
      next.text === "," &&
      t.kind === "n" &&
      numEnd === i &&
      Number.isInteger(base.value) &&
      base.value < 120
    )
      continue;
    // "04131 123456": a digit group after one with a leading zero (telephone numbers, codes)
    if (t.kind === "n" && prev && prev.kind === "n" && /^0\d{2,}$/.test(prev.text)) continue;
    // "von 30 auf 28 Jahre gesenkt": both ends of a change share the time unit after the second
    if (
      prev &&
      prev.lower === "von" &&
      next &&
      (next.lower === "auf" || next.lower === "bis") &&
      next2 &&
      next2.kind === "n" &&
      tokens[numEnd + 3] &&
      TIME_UNITS.has(tokens[numEnd + 3].lower)
    )
      continue;
    if (next && next.kind === "w" && next.lower === "uhr") continue; // clock time
    if (next && next.kind === "w" && /[a-zäöü][A-ZÄÖÜ]/.test(next.text) && next.text.length <= 6) continue; // "2 BvR 508/21"
    if (next && next.text === "/") continue; // "508/21" split by spaces
    if (t.kind === "n" && !base.scale && /^\d{4}$/.test(t.text) && base.value >= 1900 && base.value <= 2100) {
      const prevYear = prev && (MONTHS.has(prev.lower) || YEAR_CONTEXT.has(prev.lower));
      const nounAfter = next && isCap(next) && !MONTHS.has(next.lower);
      if (prevYear || !nounAfter) continue; // a year
    }
    if (next && TIME_UNITS.has(next.lower) && !isSchedule(tokens, numEnd + 1, firstTok)) continue; // duration, age, reporting window
    if (next && next.kind === "w" && isLowerWord(next) && !NOT_ADJECTIVES.has(next.lower) && next2 && TIME_UNITS.has(next2.lower))
      continue; // "24 weitere Stunden"
    if (prev && prev.lower === "alter" && tokens[i - 2]?.lower === "im") continue; // "im Alter von"
    if (prev && prev.lower === "von" && tokens[i - 2]?.lower === "alter") continue;
    if (t.kind === "w" && (t.lower === "hundert" || t.lower === "tausend") && prev && VAGUE_BEFORE.has(prev.lower)) continue;
    if (prev && prev.kind === "w" && VAGUE_BEFORE.has(prev.lower) && t.kind === "w" && base.value >= 100 && !base.scale) continue;
    if (next && next.kind === "p" && (next.text === "-" || next.text === "‑") && next.start === tokens[numEnd].end) continue; // fused compound

    // ---- qualifier ------------------------------------------------------------------------
    let qualifier = "";
    const q = matchQualifier(tokens, firstTok);
    if (q) {
      const qt = q.text;
      if (!NOT_A_QUALIFIER.has(qt)) {
        qualifier = qt;
        firstTok = q.first;
      }
    }

    // ---- currency before the number ("$ 5", "€5") -------------------------------------------
    let unit: "" | "percent" | "money" = "";
    let what = "";
    if (prev && prev.kind === "p" && (prev.text === "$" || prev.text === "€")) {
      unit = "money";
      what = CURRENCIES[prev.text];
    }

    // ---- total ("X von Y", "X der Y") and range ("A bis B", "zwischen A und B") --------------
    let total: number | null = null;
    let after = numEnd + 1;
    let rule = base.rule;
    const w1 = tokens[after];
    if (w1 && (w1.lower === "von" || w1.lower === "der" || w1.lower === "aus")) {
      let k = after + 1;
      if (tokens[k] && tokens[k].lower === "insgesamt") k++;
      const y = numberAt(text, tokens, k);
      if (y && !(tokens[k].kind === "w" && EIN_FORMS.has(tokens[k].lower))) {
        total = y.value;
        consumed ??= new Set<number>();
        for (let c = k; c <= y.last; c++) consumed.add(c);
        after = y.last + 1;
        rule += `, „X von Y“ (Gesamtzahl ${fmt(y.value)})`;
      }
    } else if (w1 && w1.lower === "bis") {
      let k = after + 1;
      if (tokens[k] && tokens[k].lower === "zu") k++;
      const y = numberAt(text, tokens, k);
      if (y) {
        consumed ??= new Set<number>();
        for (let c = k; c <= y.last; c++) consumed.add(c);
        after = y.last + 1;
        rule += ", Spanne (Untergrenze zählt)";
      }
    } else if (w1 && w1.lower === "und" && prev && prev.lower === "zwischen") {
      const y = numberAt(text, tokens, after + 1);
      if (y) {
        consumed ??= new Set<number>();
        for (let c = after + 1; c <= y.last; c++) consumed.add(c);
        after = y.last + 1;
        rule += ", Spanne „zwischen A und B“";
      }
    }

    // ---- unit --------------------------------------------------------------------------------
    const u = tokens[after];
    if (u && (u.lower === "prozent" || u.text === "%" || u.lower === "prozentpunkte")) {
      unit = "percent";
      what = u.lower === "prozentpunkte" ? "Prozentpunkte" : "Prozent";
      const g = tokens[after + 1];
      if (g && (g.lower === "der" || g.lower === "des")) {
        const np = nounPhrase(tokens, after + 2, 8);
        if (np) what += " " + g.text + " " + np.text;
      }
    } else if (u && CURRENCIES[u.lower] !== undefined) {
      unit = "money";
      what = CURRENCIES[u.lower];
    }
    if (unit) rule += unit === "percent" ? ", Prozentangabe" : ", Geldbetrag";

    // currency conversion in parentheses restating the previous amount: "(rund 185 Mio. Euro)"
    if (unit === "money" && out.length > 0 && out[out.length - 1].unit === "money") {
      for (let k = firstTok - 1; k >= Math.max(0, firstTok - 3); k--) {
        if (tokens[k].text === "(") {
          unit = "";
          break;
        }
      }
      if (!unit) continue;
    }

    // ---- what is counted ---------------------------------------------------------------------
    if (!what) {
      if (special === "fraction") {
        const g = tokens[numEnd + 1];
        if (g && (g.lower === "der" || g.lower === "des" || g.lower === "aller")) {
          const np = nounPhrase(tokens, numEnd + 2, 8);
          if (np) what = np.text;
        }
      } else {
        const np = nounPhrase(tokens, after, 6);
        if (np) what = np.text;
      }
      if (what && TIME_UNITS.has(what.split(" ").pop()!.toLowerCase())) {
        let u = after;
        while (u < tokens.length && u - after < 3 && !TIME_UNITS.has(tokens[u].lower)) u++;
        if (!isSchedule(tokens, u, firstTok)) continue; // "24 vergangenen Stunden"
      }
      // elided noun ("zwei hätten …"): the noun of the previous figure in the sentence or paragraph
      if (!what) what = zahlDer(tokens, firstTok) ?? (out.length ? out[out.length - 1].what : fallbackWhat);
    }

    const qualText = qualifier ? `, Einschränkung „${qualifier}“` : "";
    out.push({
      firstTok,
      lastTok: numEnd,
      numTok: i,
      start: tokens[firstTok].start,
      end: tokens[numEnd].end,
      value: base.value,
      qualifier,
      total,
      unit,
      what,
      rule: rule + qualText,
    });
    i = Math.max(i, numEnd);
  }
  return out;
}

function fmt(v: number): string {
  const [int, frac] = String(Math.round(v * 1000) / 1000).split(".");
  let g = "";
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0 && int[i - 1] !== "-") g += ".";
    g += int[i];
  }
  return g + (frac ? "," + frac : "");
}

/**
 * The noun phrase starting at token k: optional possessive genitive ("seiner"), lower-case
 * adjectives/participles, then a capitalised noun; plus a genitive complement "der/des + adj* +
 * Noun" ("Angehörige der Reservearmee"). null when no noun follows within `max` tokens.
 */
export function nounPhrase(tokens: Token[], k: number, max: number): { text: string; head: string; end: number } | null {
  let j = k;
  const limit = Math.min(tokens.length, k + max);
  let first = -1;
  while (j < limit) {
    const t = tokens[j];
    if (t.kind === "w" && POSSESSIVES.has(t.lower) && first < 0) {
      j++;
      continue;
    }
    if (t.kind === "w" && isCap(t) && /-[a-zäöü]*isch(e|en|er|es|em)?$/.test(t.text)) {
      // "US-amerikanische": capitalised adjective, not the head noun
      if (first < 0) first = j;
      j++;
      continue;
    }
    if (t.kind === "w" && isCap(t)) {
      if (first < 0) first = j;
      let end = j;
      // genitive complement
      const g = tokens[j + 1];
      if (g && (g.lower === "der" || g.lower === "des")) {
        let m = j + 2;
        while (m < Math.min(tokens.length, j + 6) && isLowerWord(tokens[m]) && !NOT_ADJECTIVES.has(tokens[m].lower)) m++;
        if (tokens[m] && isCap(tokens[m])) end = m;
      }
      const text = tokens
        .slice(first, end + 1)
        .map((x) => x.text)
        .join(" ");
      return { text, head: t.text, end };
    }
    if (t.kind === "w" && isLowerWord(t) && !NOT_ADJECTIVES.has(t.lower) && /(e|en|er|es|em|te|ten)$/.test(t.lower)) {
      if (first < 0) first = j;
      j++;
      continue;
    }
    if (
      t.kind === "w" &&
      first < 0 &&
      (t.lower === "in" || t.lower === "nach" || t.lower === "aus" || t.lower === "an" || t.lower === "von")
    ) {
      // participle phrase before the noun: "5.000 an die Grenze verlegten Soldaten"
      for (let m = j + 1; m < Math.min(tokens.length - 1, j + 8); m++) {
        const a = tokens[m];
        if (a.kind !== "w") break;
        if (
          isLowerWord(a) &&
          /(t|en)(e|en|er|es)?$/.test(a.lower) &&
          !NOT_ADJECTIVES.has(a.lower) &&
          isCap(tokens[m + 1]) &&
          isCap(tokens[m - 1])
        ) {
          return {
            text: tokens
              .slice(j, m + 2)
              .map((x) => x.text)
              .join(" "),
            head: tokens[m + 1].text,
            end: m + 1,
          };
        }
      }
      return null;
    }
    return null;
  }
  return null;
}

const NOMINALISED = new RegExp(`^(${numberContext.NOMINALISED_STEMS.join("|")})en$`);

/** "Die Zahl der Verletzten … stieg auf 40" → "Verletzte". */
function zahlDer(tokens: Token[], before: number): string | null {
  for (let k = before - 1; k >= Math.max(0, before - 30); k--) {
    if (tokens[k].lower === "zahl" && tokens[k + 1] && (tokens[k + 1].lower === "der" || tokens[k + 1].lower === "an")) {
      const np = nounPhrase(tokens, k + 2, 4);
      // nominalised adjectives in the genitive plural back to the nominative ("der Toten" → "Tote")
      if (np) return /(ten|enen)$/.test(np.head) && NOMINALISED.test(np.head.toLowerCase()) ? np.head.slice(0, -1) : np.head;
    }
  }
  return null;
}
