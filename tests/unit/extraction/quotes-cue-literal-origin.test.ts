// Rule cue.literal-origin: "hervorgehen aus" with a subject of its own is no speech act ("die Firma
// ging gestärkt aus der Krise hervor"); its subject speaks nothing. Invented sentences.
import { extractDocument } from "@/lib/extraction";

const quotesOf = (text: string) => extractDocument(text, { format: "text" }).quotes;

describe("rule cue.literal-origin", () => {
  const text =
    "Chefin Marta Kroll blickt nach vorn. Sie meint, dass der Betrieb gestärkt aus der langen Flaute hervorgegangen sei: „Jetzt stellen wir neue Leute ein und bauen die zweite Halle.“";

  it("the direct quotation keeps the speaker of the main clause", () => {
    const direct = quotesOf(text).find((q) => q.type === "direct");
    expect(direct?.speaker?.text).toBe("Sie");
    expect(direct?.actor).toBe("Marta Kroll");
  });

  it("the subject of the literal verb is no speaker", () => {
    expect(quotesOf(text).some((q) => q.speaker?.text === "der Betrieb")).toBe(false);
  });

  it("a source phrase after a placeholder subject stays the source", () => {
    const own = "Die Preise für Strom steigen im Herbst deutlich. Dies geht aus einem Bericht der Stadtwerke hervor.";
    expect(quotesOf(own).map((q) => q.speaker?.text)).toContain("einem Bericht der Stadtwerke");
  });
});
