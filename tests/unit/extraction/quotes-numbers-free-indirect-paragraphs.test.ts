// A figure inside a free indirect run (Konjunktiv continuation) that the quotation layer followed
// across a paragraph break takes the run's speaker, although the claim rules carry no source across
// paragraphs. Invented sentences only.
import { claimOf } from "./helpers";

describe("numbers in a free indirect run across a paragraph break", () => {
  it("the run's speaker, named in the paragraph before, is the figure's source", () => {
    const text =
      "Die Försterin Ute Lang sagte am Montag, der Wald leide stark unter der Dürre. Die Fichten seien besonders betroffen.\n\nIm Nordteil seien bereits 300 Bäume abgestorben.";
    expect(claimOf(text, "300")?.actor).toBe("Ute Lang");
  });
});
