// The subject after an inverted cue verb when an object "es" or a focus particle stands between
// them ("Als Aufgabe sieht es der Bürgermeister an, …", "Von den Kliniken erklärten nur die
// Unikliniken, …"); "gab es" means "there was", its "es" is the subject. Invented sentences.
import { quotes } from "./helpers";

describe("the subject after an inverted cue verb", () => {
  it("an object es between the verb and its subject", () => {
    const text = "Als wichtigste Aufgabe sieht es der neue Bürgermeister an, die Schulden zu senken.";
    expect(quotes(text).find((q) => q.type === "indirect")?.speaker?.text).toBe("der neue Bürgermeister");
  });

  it("a focus particle between the verb and its subject", () => {
    const text = "Von den Kliniken erklärten nur die Unikliniken, sie wollten nicht teilnehmen.";
    expect(quotes(text).find((q) => q.type === "indirect")?.speaker?.text).toBe("die Unikliniken");
  });

  it("gab es is no cue with a subject after es", () => {
    const text = "Am Abend gab es eine Spende vom Ministerium an das Rote Kreuz.";
    for (const q of quotes(text)) expect(q.speaker?.text ?? "").not.toContain("Spende");
  });
});
