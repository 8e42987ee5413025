// Indirect quotations (issue #11), on invented sentences: a demonstrative that
// refers back to what was said (rules indirect.back-reference and indirect.back-reference-clause),
// and cue words measured alone on the train split (lexicon/quote-speech-verbs.ts,
// lexicon/light-verb-cues.ts, SPEECH_NOUNS and SOURCE_NOUNS in lexicon/quote-words.ts).
import { indirect, quoted } from "./helpers";

describe("a demonstrative referring back to what was said", () => {
  it("a clause before a comma or dash, the cue clause opening with das/dies (indirect.back-reference-clause)", () => {
    const text = "Die Fähre legt erst am Freitag wieder ab, das teilte die Reederei mit.";
    const q = indirect(text)[0];
    expect(quoted(text, q)).toBe("Die Fähre legt erst am Freitag wieder ab");
    expect(q?.rules).toContain("indirect.back-reference-clause");
    expect(q?.speaker?.text).toBe("die Reederei");

    const dash = "Der Markt bleibt bis Sonntag geschlossen – dies entschied der Stadtrat am Abend.";
    const d = indirect(dash)[0];
    expect(quoted(dash, d)).toBe("Der Markt bleibt bis Sonntag geschlossen");
    expect(d?.speaker?.text).toBe("der Stadtrat");
  });

  it("a relative clause with its verb at the end stays a relative clause", () => {
    const text = "Das Gutachten, das vorlag, kam spät.";
    expect(indirect(text).some((q) => q.rules.includes("indirect.back-reference-clause"))).toBe(false);
  });

  it("a sentence opening with das + auxiliary attributes the sentence before (indirect.back-reference)", () => {
    const text = "Die Brücke bleibt bis Juni gesperrt. Das hat ein Sprecher des Bauamts am Montag bestätigt.";
    const q = indirect(text)[0];
    expect(quoted(text, q)).toBe("Die Brücke bleibt bis Juni gesperrt.");
    expect(q?.rules).toContain("indirect.back-reference");
    expect(q?.speaker?.text).toBe("ein Sprecher des Bauamts");
  });
});

describe("cue words measured alone on the train split", () => {
  it.each([
    ["Der Trainer machte klar, dass er keine Spieler abgeben will.", "dass er keine Spieler abgeben will", "machte"],
    ["Die Zeitung will erfahren haben, dass der Vertrag gekündigt sei.", "dass der Vertrag gekündigt sei", "erfahren"],
    ["Der Verein ist zuversichtlich, den Aufstieg noch zu schaffen.", "den Aufstieg noch zu schaffen", "ist"],
    ["Die Gewerkschaft machte zur Bedingung, dass niemand entlassen wird.", "dass niemand entlassen wird", "machte"],
    [
      "Sie folgten dem Aufruf der Verbände, am Samstag die Geschäfte zu schließen.",
      "am Samstag die Geschäfte zu schließen",
      "Aufruf",
    ],
    ["Die Polizei hatte die Weisung, die Straße frei zu halten.", "die Straße frei zu halten", "Weisung"],
  ])("%s", (text, content, cue) => {
    const q = indirect(text)[0];
    expect(quoted(text, q)).toBe(content);
    expect(q?.cue.text).toContain(cue);
  });
});

describe('source nouns after "nach"', () => {
  it.each([
    ["Nach staatlichen Medien sollen bei dem Brand zwanzig Menschen verletzt worden sein.", "staatlichen Medien"],
    ["Nach bisherigen Erfahrungen steigt die Zahl der Anmeldungen kurz vor Fristende stark an.", "bisherigen Erfahrungen"],
    ["Nach der Idee des Ministers soll die Steuer im nächsten Jahr sinken.", "der Idee des Ministers"],
  ])("%s", (text, speaker) => {
    const q = indirect(text)[0];
    expect(q?.rules).toContain("indirect.source");
    expect(q?.speaker?.text).toBe(speaker);
  });

  it('a time phrase after "nach" is no source', () => {
    expect(indirect("Nach dem Essen gingen alle nach Hause.")).toEqual([]);
  });
});
