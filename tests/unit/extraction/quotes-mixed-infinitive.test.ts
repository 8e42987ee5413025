// Rule indirect.mixed-infinitive: after a cue, quoted words followed by a zu-infinitive are the
// infinitive's object; the clause is an indirect quotation around the direct one, with the same
// speaker. Without the infinitive the quotation stays a direct one only. Invented sentences.
import { extractDocument } from "@/lib/extraction";

describe("rule indirect.mixed-infinitive", () => {
  it("reads „…“ + zu-infinitive after a cue as an indirect quotation around the direct one", () => {
    const text = "Die Kämmerin warf dem Landrat vor, „die Rücklagen der Stadt“ zu verschweigen.";
    const quotes = extractDocument(text, { format: "text" }).quotes;
    const indirect = quotes.find((q) => q.type === "indirect");
    expect(indirect && text.slice(indirect.start, indirect.end)).toBe("„die Rücklagen der Stadt“ zu verschweigen");
    expect(indirect?.rules).toContain("indirect.mixed-infinitive");
    expect(indirect?.actor).toBe("Kämmerin");
    expect(quotes.some((q) => q.type === "direct")).toBe(true);
  });

  it("also with a particle verb that takes zu inside it", () => {
    const text = "Der Verband rief die Mitglieder auf, „jede Form von Gewalt“ abzulehnen.";
    const indirect = extractDocument(text, { format: "text" }).quotes.find((q) => q.type === "indirect");
    expect(indirect?.rules).toContain("indirect.mixed-infinitive");
  });

  it("leaves a quotation without a following infinitive direct only", () => {
    const text = "Die Kämmerin sagte dem Landrat, „die Rücklagen der Stadt sind aufgebraucht“.";
    const quotes = extractDocument(text, { format: "text" }).quotes;
    expect(quotes.some((q) => q.rules.includes("indirect.mixed-infinitive"))).toBe(false);
  });
});
