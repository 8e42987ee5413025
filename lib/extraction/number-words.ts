// German number words → values, by morphology rather than a list of whole words:
// units (eins … neun), zehn/elf/zwölf, teens (dreizehn), tens (zwanzig … neunzig), "und"-compounds
// (dreiundzwanzig), hundert/tausend with multipliers (zweihundertfünfzig, dreitausend), the
// "-einhalb" suffix (zweieinhalb = 2.5) and "anderthalb"/"eineinhalb". Ordinals ("achten",
// "dritte") and compounds ("fünfjährige") do not parse, on purpose: they are not claims.

const UNITS: Record<string, number> = {
  ein: 1,
  eins: 1,
  eine: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
};
const TEEN_UNITS: Record<string, number> = {
  drei: 3,
  vier: 4,
  fünf: 5,
  sech: 6,
  sechs: 6,
  sieb: 7,
  sieben: 7,
  acht: 8,
  neun: 9,
};
const TENS: Record<string, number> = {
  zwanzig: 20,
  dreißig: 30,
  dreissig: 30,
  vierzig: 40,
  fünfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
};
const SMALL: Record<string, number> = { zehn: 10, elf: 11, zwölf: 12 };

/** 0 < n < 100 written as a word (no "ein" alone: callers handle the article). */
function below100(w: string): number | null {
  if (w in SMALL) return SMALL[w];
  if (w in UNITS) return UNITS[w];
  if (w in TENS) return TENS[w];
  if (w.endsWith("zehn") && w.length > 4) {
    const u = w.slice(0, -4);
    if (u in TEEN_UNITS) return 10 + TEEN_UNITS[u];
    return null;
  }
  const und = w.indexOf("und");
  if (und > 0) {
    const u = w.slice(0, und);
    const t = w.slice(und + 3);
    if (t in TENS && u in UNITS && u !== "eins" && u !== "eine") return TENS[t] + UNITS[u];
  }
  return null;
}

function below1000(w: string): number | null {
  if (w === "") return null;
  const h = w.indexOf("hundert");
  if (h >= 0) {
    const left = w.slice(0, h);
    const right = w.slice(h + 7);
    let mult = 1;
    if (left !== "" && left !== "ein") {
      const m = UNITS[left];
      if (m === undefined || left === "eins" || left === "eine") return null;
      mult = m;
    }
    if (right === "") return mult * 100;
    const r = below100(right.startsWith("und") ? right.slice(3) : right);
    return r === null ? null : mult * 100 + r;
  }
  return below100(w);
}

/** Parse an integer number word below one million ("dreiundzwanzig", "zweitausendfünfhundert"). */
export function parseIntegerWord(word: string): number | null {
  const w = word.toLowerCase();
  if (w.length > 60) return null;
  const t = w.indexOf("tausend");
  if (t >= 0) {
    const left = w.slice(0, t);
    const right = w.slice(t + 7);
    let mult = 1;
    if (left !== "" && left !== "ein") {
      const m = below1000(left);
      if (m === null) return null;
      mult = m;
    }
    if (right === "") return mult * 1000;
    const r = below1000(right.startsWith("und") ? right.slice(3) : right);
    return r === null ? null : mult * 1000 + r;
  }
  return below1000(w);
}

/**
 * Parse a German number word, including halves: "zweieinhalb" → 2.5, "anderthalb"/"eineinhalb"
 * → 1.5. Returns null for anything that is not a cardinal number word. "ein/eine/einer …" are
 * articles and return null here; "eins" parses (callers decide whether it counts).
 */
export function parseNumberWord(word: string): number | null {
  const w = word.toLowerCase();
  const cached = numberWordCache.get(w); // null is a cached "no number"; undefined means not yet seen
  if (cached !== undefined) return cached;
  const v = parseNumberWordRaw(w);
  if (numberWordCache.size >= 50_000) numberWordCache.clear();
  numberWordCache.set(w, v);
  return v;
}

// Every word of a text is tried as a number word; the memo keeps that cheap (bounded size).
const numberWordCache = new Map<string, number | null>();

function parseNumberWordRaw(w: string): number | null {
  if (w === "anderthalb" || w === "eineinhalb") return 1.5;
  if (w.endsWith("einhalb") && w.length > 7) {
    const base = parseIntegerWord(w.slice(0, -7));
    return base === null ? null : base + 0.5;
  }
  if (w === "ein" || w === "eine") return null;
  if (w === "zweier") return 2; // genitive: "Einnahme zweier Dörfer"
  if (w === "dreier") return 3;
  return parseIntegerWord(w);
}

/** "zweimal", "dreimal" → 2, 3 ("einmal" is an adverb and does not count). */
export function parseTimesWord(word: string): number | null {
  const w = word.toLowerCase();
  if (!w.endsWith("mal") || w.length <= 3 || w === "einmal") return null;
  return parseIntegerWord(w.slice(0, -3));
}

/** Forms of the indefinite article / numeral "ein". */
export const EIN_FORMS: ReadonlySet<string> = new Set(["ein", "eine", "einen", "einem", "einer", "eines"]);

/** Fraction nouns: "drei Viertel" → 3 × 0.25; "die Hälfte" → 0.5. */
export const FRACTIONS: Record<string, number> = {
  hälfte: 0.5,
  drittel: 1 / 3,
  viertel: 0.25,
  fünftel: 0.2,
  sechstel: 1 / 6,
  achtel: 0.125,
  zehntel: 0.1,
};

/** Scale words after a number: "200 Millionen", "1,5 Mrd." (lower-case, dot stripped). */
export const SCALES: Record<string, number> = {
  tausend: 1e3,
  tsd: 1e3,
  million: 1e6,
  millionen: 1e6,
  mio: 1e6,
  milliarde: 1e9,
  milliarden: 1e9,
  mrd: 1e9,
  billion: 1e12,
  billionen: 1e12,
  hundert: 100,
};
