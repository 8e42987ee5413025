// Sentence segmentation: a full stop whose following space got lost ("…, sagte die
// Ministerin.Der Verband …") still ends the sentence when a word that is no abbreviation stands
// before it and a capitalised word after it; abbreviations, initials, numbers and domains keep
// their stop inside the sentence. Invented sentences.
import { sentencesOfText } from "@/lib/extraction/sentences";
import { extractDocument } from "@/lib/extraction";

const sentences = (text: string): string[] =>
  sentencesOfText(text)
    .flat()
    .map((s) => text.slice(s.start, s.end));

describe("a full stop without the space after it", () => {
  it("ends the sentence between a word and a capitalised word", () => {
    const text = "Die Brücke bleibt gesperrt, sagte die Ministerin.Der Verband kritisiert die Pläne.";
    expect(sentences(text)).toEqual(["Die Brücke bleibt gesperrt, sagte die Ministerin.", "Der Verband kritisiert die Pläne."]);
  });

  it("does not end it after an abbreviation, an initial, a number or inside a domain", () => {
    for (const text of [
      "Dazu sagte Prof.Müller am Montag nichts.",
      "Das Gesetz gilt nach Abs.Zwei nicht.",
      "Der Autor S.A.Dudajev schrieb ein Buch.",
      "Es kamen 11.000 Menschen.",
      "Mehr steht auf tagesschau.de im Netz.",
    ])
      expect(sentences(text)).toHaveLength(1);
  });

  it("gives the speaker of the next sentence's cue its own subject", () => {
    const text =
      "Die Stadt will die Halle verkaufen, sagte die Ministerin.Der Verband erklärte dazu, der Verkauf sei ein Fehler.";
    const q = extractDocument(text, { format: "text" }).quotes.find((x) => text.slice(x.start, x.end).startsWith("der Verkauf"));
    expect(q?.speaker?.text).toBe("Der Verband");
  });
});
