// A figure in a sentence that the next one attributes ("…. Das teilte X mit.") keeps X, even when a
// source phrase or cue inside the sentence makes a quotation of its own (rule
// source.quote-in-sentence does not apply). Invented sentences only.
import { claimOf } from "./helpers";

describe("back-reference: the next sentence's source outranks a quotation inside the sentence", () => {
  it("„Nach der Zählung … 54 Prozent …. Dies teilte X mit.“ – the figure is X's", () => {
    const text =
      "Nach der Auszählung der Stimmen liegt die Kandidatin mit 54 Prozent vorne. Dies teilte der Wahlleiter Hans Berger mit.";
    expect(claimOf(text, "54")?.actor).toBe("Hans Berger");
  });

  it("an embedded cue („drängte, …“) inside the attributed sentence does not take the figure", () => {
    const text =
      "Der Verband drängte die Regierung, die Hilfe für die drei Regionen schnell auszuzahlen. Das teilte die Sprecherin Eva Roth mit.";
    expect(claimOf(text, "drei")?.actor).toBe("Eva Roth");
  });
});
