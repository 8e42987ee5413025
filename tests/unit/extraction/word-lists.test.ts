// Word lists are data (issue #11): the modules below compare tokens only against lists in
// lib/extraction/lexicon/, never against German words written into the code. The check is
// textual: a word compared with ===, an array or Set of words, or a regular expression of word
// alternatives in one of these files fails it. Cue kinds and typeof names are codes, not words.
// numbers.ts, sentences.ts, paragraphs.ts, html.ts and language.ts still hold their lists inline.
import * as fs from "node:fs";
import * as path from "node:path";

const dir = path.resolve(__dirname, "../../../lib/extraction");
const MODULES = [
  "actors.ts",
  "attribution.ts",
  "caveat.ts",
  "events.ts",
  "extract.ts",
  "parties.ts",
  "party-resolution.ts",
  "structure.ts",
];
const CODES = new Set(["string", "verb", "so"]);

/** Inline German words in a source text: "line: snippet" for each. */
function inlineWords(source: string): string[] {
  const found: string[] = [];
  source.split("\n").forEach((line, i) => {
    if (/^\s*(\/\/|\*|\/\*)/.test(line)) return; // comments may quote words
    for (const m of line.matchAll(/[!=]==\s*"(\p{Ll}{2,})"/gu)) if (!CODES.has(m[1])) found.push(`${i + 1}: ${m[0]}`);
    for (const m of line.matchAll(/\[\s*"\p{Ll}[^\]]*\]\.(includes|some|indexOf)\(/gu)) found.push(`${i + 1}: ${m[0]}`);
    for (const m of line.matchAll(/new Set\(\[\s*"\p{Ll}{3,}"/gu)) if (!/kind/i.test(line)) found.push(`${i + 1}: ${m[0]}`);
    for (const m of line.matchAll(/\/\^?\(?\p{Ll}{3,}\|\p{Ll}{3,}\|/gu)) found.push(`${i + 1}: ${m[0]}`);
  });
  return found;
}

describe("word lists as data", () => {
  it.each(MODULES)("%s compares tokens with lexicon lists only", (file) => {
    expect(inlineWords(fs.readFileSync(path.join(dir, file), "utf8"))).toEqual([]);
  });

  it("finds inline words of each kind", () => {
    expect(inlineWords('if (t.lower === "für") x();')).toHaveLength(1);
    expect(inlineWords('["der", "des"].includes(t.lower)')).toHaveLength(1);
    expect(inlineWords('const A = new Set(["demnach", "demzufolge"]);')).toHaveLength(1);
    expect(inlineWords("const R = /^(exil|opposition|unabhängig)/;")).toHaveLength(1);
    expect(inlineWords('if (c.kind === "verb" || typeof x !== "string") y(); // "für"')).toEqual([]);
  });
});
