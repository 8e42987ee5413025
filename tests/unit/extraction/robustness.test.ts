// Robustness of the public entry extractDocument: random and adversarial inputs must not throw,
// and every offset must point into the result text. No timing assertions (machines are noisy);
// the inputs are sized so that the file runs in well under 20 s on a linear engine.
import fc from "fast-check";
import { extractDocument } from "@/lib/extraction";
import type { ExtractionResult } from "@/lib/extraction/types";

function checkConsistent(r: ExtractionResult): void {
  const n = r.text.length;
  for (const c of r.claims) {
    if (!(Number.isInteger(c.start) && Number.isInteger(c.end) && 0 <= c.start && c.start < c.end && c.end <= n)) {
      throw new Error(`bad claim offsets ${c.start}-${c.end} (text length ${n}): ${JSON.stringify(c.valueText)}`);
    }
    if (r.text.slice(c.start, c.end) !== c.valueText) {
      throw new Error(`valueText ${JSON.stringify(c.valueText)} != text ${JSON.stringify(r.text.slice(c.start, c.end))}`);
    }
    if (!(0 <= c.sentenceStart && c.sentenceStart <= c.start && c.end <= c.sentenceEnd && c.sentenceEnd <= n)) {
      throw new Error(`sentence ${c.sentenceStart}-${c.sentenceEnd} does not contain value ${c.start}-${c.end}`);
    }
    if (c.sourceStart !== -1 || c.sourceEnd !== -1) {
      if (!(0 <= c.sourceStart && c.sourceStart <= c.sourceEnd && c.sourceEnd <= n)) {
        throw new Error(`bad source offsets ${c.sourceStart}-${c.sourceEnd}`);
      }
      if (r.text.slice(c.sourceStart, c.sourceEnd) !== c.sourceText) {
        throw new Error(
          `sourceText ${JSON.stringify(c.sourceText)} != text ${JSON.stringify(r.text.slice(c.sourceStart, c.sourceEnd))}`,
        );
      }
    }
    if (typeof c.value !== "number") throw new Error("value is not a number");
  }
  for (const e of r.entries) {
    if (!(0 <= e.start && e.start < e.end && e.end <= n)) throw new Error(`bad entry offsets ${e.start}-${e.end}`);
  }
}

function run(text: string, format: "text" | "html" | "auto" = "text"): ExtractionResult {
  const r = extractDocument(text, { format });
  checkConsistent(r);
  return r;
}

// ------------------------------------------------------------------------------------------------
// Random inputs

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const anyUtf16 = fc.string({ unit: codeUnit, maxLength: 300 });
const fullUnicode = fc.string({ unit: "binary", maxLength: 300 });

/** Fragments of German war news, so that random texts reach the claim rules. */
const FRAGMENTS = [
  "11.000",
  "10.000",
  "mehr als",
  "rund",
  "etwa",
  "bis zu",
  "knapp",
  "zwischen",
  "und",
  "bis",
  "von",
  "der",
  "37 von 90",
  "Drohnen",
  "Soldaten",
  "nordkoreanische",
  "Menschen",
  "getötet",
  "verletzt",
  "Euro",
  "Millionen",
  "Milliarden",
  "1,5",
  "3,2 Prozent",
  "50 %",
  "drei Viertel",
  "die Hälfte",
  "zwei Dutzend",
  "zweimal",
  "ein Mann",
  "Hunderte",
  "sagte Selenskyj",
  "teilte das Verteidigungsministerium mit",
  "Kiew zufolge",
  "nach russischen Angaben",
  "laut TASS",
  "(dpa)",
  "(afp)",
  "sollen",
  "seien",
  "habe",
  ",",
  ".",
  ":",
  ";",
  "!",
  "?",
  "„",
  "“",
  '"',
  "'",
  "«",
  "»",
  "(",
  ")",
  "–",
  "-",
  "\n",
  "\n\n",
  "04.11.2024 • 23:36 Uhr",
  "Stand: 06.11.2024 11:15 Uhr",
  "Su-27",
  "F-16",
  "78-Jährige",
  "seit 24 Jahren",
  "am 17. Dezember",
  "2024",
  "Nr.",
  "z. B.",
  "Dr.",
  "Textgröße ändern:",
  "Empfohlen",
  "Foto: © AFP",
  "Konfliktparteien als Quelle",
  "ü",
  "ß",
  "\u00A0",
  "\u2009",
  "\u00AD",
  "\uFEFF",
  "\uD800",
  "\uDC00",
  "😀",
];
const newsSoup = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 })
  .chain((parts) =>
    fc
      .array(fc.constantFrom(" ", "", "\n"), { minLength: parts.length, maxLength: parts.length })
      .map((seps) => parts.map((p, i) => p + seps[i]).join("")),
  );

const TAGS = [
  "<p>",
  "</p>",
  "<div>",
  "</div>",
  "<h2>",
  "</h2>",
  "<br>",
  "<script>",
  "</script>",
  "<b>",
  "</i>",
  "<!--",
  "-->",
  "<img onerror=x>",
  "<html>",
  "<body>",
  "&amp;",
  "&nbsp;",
  "&#xD800;",
  "<",
  ">",
];
const htmlSoup = fc
  .array(fc.oneof(fc.constantFrom(...TAGS), fc.constantFrom(...FRAGMENTS)), { maxLength: 60 })
  .map((parts) => parts.join(" "));

describe("extractDocument on random input", () => {
  it("any UTF-16 (lone surrogates included)", () => {
    fc.assert(
      fc.property(anyUtf16, (s) => void run(s)),
      { numRuns: 300 },
    );
  });

  it("full unicode", () => {
    fc.assert(
      fc.property(fullUnicode, (s) => void run(s)),
      { numRuns: 300 },
    );
  });

  it("German news fragments in random order", () => {
    fc.assert(
      fc.property(newsSoup, (s) => void run(s)),
      { numRuns: 400 },
    );
  });

  it("random HTML", () => {
    fc.assert(
      fc.property(htmlSoup, (s) => void run(s, "html")),
      { numRuns: 150 },
    );
  });

  it("auto format", () => {
    fc.assert(
      fc.property(fc.oneof(htmlSoup, newsSoup, anyUtf16), (s) => void run(s, "auto")),
      { numRuns: 150 },
    );
  });
});

// ------------------------------------------------------------------------------------------------
// Adversarial inputs

const SENTENCE_WITHOUT_STOP = (size: number) => {
  const unit = "die Armee meldete rund 500 Drohnen und mehr als 1.200 Raketen, sagte der Sprecher in Kiew ";
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
};

const ADVERSARIAL: [string, () => string][] = [
  ["1 MB of 1.1.1.1…", () => "1.".repeat(500_000)],
  ["100 000 commas", () => ",".repeat(100_000)],
  ["100 000 number-comma pairs", () => "1,".repeat(100_000)],
  ["200 kB sentence without a full stop", () => SENTENCE_WITHOUT_STOP(200_000)],
  ["mehr als mehr als …", () => "mehr als ".repeat(20_000) + "10 Soldaten."],
  ["rund etwa knapp fast …", () => "rund etwa knapp fast über bis zu ".repeat(5_000) + "10 Soldaten."],
  ["11.000.000.000…", () => "11" + ".000".repeat(50_000) + " Soldaten."],
  ["1.000,5,5,5…", () => "1.000" + ",5".repeat(50_000) + " Euro."],
  ["many opening quotes", () => "„".repeat(100_000)],
  ["unclosed quotes with numbers", () => "„Es sind 500 Soldaten, sagte er ".repeat(5_000)],
  ["long digit run", () => "1".repeat(200_000)],
  ["digits separated by spaces", () => "1 ".repeat(100_000) + "Soldaten."],
  ["X von Y von Z …", () => "37 von ".repeat(20_000) + "90 Drohnen."],
  ["zwischen … und … chains", () => "zwischen 1 und ".repeat(20_000) + "2 Toten."],
  ["many short sentences", () => "Kiew meldet 5 Tote. ".repeat(20_000)],
  ["only newlines", () => "\n".repeat(500_000)],
  ["blank-line paragraphs with numbers", () => "5\n\n".repeat(100_000)],
  ["liveblog headers", () => "04.11.2024 • 23:36 Uhr\nKiew meldet 3 Tote\n".repeat(10_000)],
  ["Stand lines", () => "Stand: 06.11.2024 11:15 Uhr ".repeat(20_000)],
  ["abbreviations", () => "Nr. z. B. Dr. u. a. ".repeat(20_000) + "5 Drohnen."],
  ["agency tags", () => "(dpa) ".repeat(50_000)],
  ["parentheses", () => "(".repeat(100_000) + "5 Euro" + ")".repeat(100_000)],
  ["number words", () => "zweitausenddreihundertvierundfünfzig ".repeat(10_000) + "Soldaten."],
  ["hyphen chains", () => "1-".repeat(100_000) + "Jährige."],
  ["percent signs", () => "5 % ".repeat(50_000)],
  ["Windows line endings", () => "Kiew meldet 5 Tote.\r\n\r\n".repeat(20_000)],
];

describe("extractDocument on adversarial input", () => {
  it.each(ADVERSARIAL)("%s", (_name, make) => {
    const text = make();
    const r = run(text);
    expect(r.text).toBe(text);
  });

  it("deeply nested and tag-heavy HTML", () => {
    run("<div>".repeat(30_000) + "Kiew meldet 5 Tote." + "</div>".repeat(30_000), "html");
    run("<p>5 Tote. ".repeat(30_000), "html");
    run("<b>".repeat(30_000) + "11.000 Soldaten", "html");
    run("<!--".repeat(10_000) + "5 Tote", "html");
  });
});
