// The tokenizer interns each distinct written form: every occurrence of a word shares one Word
// record (lower-case form and per-word analyses computed once), and the intern table never changes
// what a token says – long tokens, punctuation and a full table give the same text/lower/kind.
import { tokenize } from "@/lib/extraction/tokens";

describe("tokenize: one Word record per written form", () => {
  it("shares the record between occurrences of a word, not between different words", () => {
    const toks = tokenize("Die Armee meldete, die Armee meldete. Armee armee");
    const armee = toks.filter((t) => t.text === "Armee");
    expect(armee).toHaveLength(3);
    expect(armee[0].word).toBeDefined();
    expect(armee[1].word).toBe(armee[0].word);
    expect(armee[2].word).toBe(armee[0].word);
    const lower = toks.find((t) => t.text === "armee")!;
    expect(lower.word).not.toBe(armee[0].word);
    expect(lower.lower).toBe("armee");
    expect(armee[0].lower).toBe("armee");
    expect(armee[0].capitalized).toBe(true);
    expect(lower.capitalized).toBe(false);
  });

  it("shares the record for words with inner hyphens, apostrophes and digit separators too", () => {
    // the tokenizer hashes a word while it scans it: every character it keeps must enter the hash
    const forms = ["Su-27", "11.000", "1,5", "11:15", "Luft-", "Putin's", "Nord-Stream", "2024-11", "‚"];
    const toks = tokenize([...forms, ...forms].join(" "));
    expect(toks.map((t) => t.text)).toEqual([...forms, ...forms]);
    forms.forEach((form, i) => expect(toks[i + forms.length].word).toBe(toks[i].word));
  });

  it("keeps kind, lower-case form and truncation per token as before", () => {
    const toks = tokenize("Luft- und Su-27 11.000 Ⅰ „Zitat“");
    expect(toks.map((t) => [t.text, t.kind, t.lower, !!t.truncated])).toEqual([
      ["Luft-", "w", "luft-", true],
      ["und", "w", "und", false],
      ["Su-27", "m", "su-27", false],
      ["11.000", "n", "11.000", false],
      // a punctuation token keeps its character (a Roman numeral is no letter to lower-case)
      ["Ⅰ", "p", "Ⅰ", false],
      ["„", "p", "„", false],
      ["Zitat", "w", "zitat", false],
      ["“", "p", "“", false],
    ]);
  });

  it("gives long tokens and a text of many distinct words the right text (table bounded)", () => {
    const long = "a".repeat(200);
    expect(tokenize(long)[0].text).toBe(long);
    // more distinct words than the table holds: it starts afresh, every token stays right
    const words = Array.from({ length: 40_000 }, (_, i) => `W${i.toString(36)}x`);
    const toks = tokenize(words.join(" "));
    expect(toks).toHaveLength(words.length);
    for (let i = 0; i < words.length; i += 997) {
      expect(toks[i].text).toBe(words[i]);
      expect(toks[i].lower).toBe(words[i].toLowerCase());
    }
  });
});
