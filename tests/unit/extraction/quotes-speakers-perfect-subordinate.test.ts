// The subject of a cue clause opened by "wie", "als" or "nachdem" whose verb is a participle with
// its finite auxiliary after it ("wie der Verband mitgeteilt hat, …"): the auxiliary still closes
// the subordinate clause, so the phrase after the opener is its subject, not a fronted predicative.
// Invented sentences.
import { extractDocument } from "@/lib/extraction";

const speakerOf = (text: string): string | undefined =>
  extractDocument(text, { format: "text" }).quotes.find((q) => q.type === "indirect")?.speaker?.text;

describe("a perfect tense at the end of a subordinate cue clause", () => {
  it("wie + subject + participle + auxiliary", () => {
    expect(speakerOf("Wie der Verband am Abend bekanntgegeben hat, wird das Turnier verlegt.")).toBe("der Verband");
    expect(speakerOf("Wie die Polizei mitgeteilt hatte, blieb die Straße gesperrt.")).toBe("die Polizei");
  });

  it("nachdem + subject + participle + auxiliary before the content", () => {
    const text = "Der Vertrag wurde geändert, nachdem das Gericht festgestellt hatte, die Stadt sei im Recht gewesen.";
    expect(speakerOf(text)).toBe("das Gericht");
  });
});

describe("rule speaker.verb-final-perfect", () => {
  const indirect = (text: string) => extractDocument(text, { format: "text" }).quotes.find((q) => q.type === "indirect");

  it("a strong participle without ge- before the auxiliary closes the subordinate clause", () => {
    const q = indirect("Die Gemeinde verschob die Wahl, nachdem der Rat entschieden hatte, die Listen neu zu prüfen.");
    expect(q?.speaker?.text).toBe("der Rat");
    expect(q?.rules).toContain("speaker.verb-final-perfect");
  });

  it("a relative pronoun before participle and auxiliary is the subject, resolved to its antecedent", () => {
    const q = indirect("Der Verein dankte dem Landrat Udo Fenk, der versprochen hat, die Kosten für die neue Halle zu tragen.");
    expect(q?.speaker?.text).toBe("der");
    expect(q?.actor).toBe("Udo Fenk");
    expect(q?.rules).toContain("speaker.verb-final-perfect");
  });
});
