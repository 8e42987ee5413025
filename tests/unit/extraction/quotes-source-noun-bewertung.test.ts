// Rule indirect.source with the source noun "Bewertung" ("nach Bewertung von X", like "nach
// Einschätzung"): the nearest source phrase before a quotation in the same sentence is its speaker,
// not an earlier one. Invented sentences.
import { extractDocument } from "@/lib/extraction";

const quotesOf = (text: string) => extractDocument(text, { format: "text" }).quotes;

describe("source noun Bewertung (rule indirect.source)", () => {
  const text =
    "Nach Angaben des Vereins wurde die Spendenaktion beendet, die nach Bewertung von Finanzamt und Stadtkasse „keinerlei Anlass für weitere Nachforschungen“ bietet.";

  it("the nearest source phrase speaks for the direct quotation", () => {
    const direct = quotesOf(text).find((q) => q.type === "direct");
    expect(direct?.speaker?.text).toMatch(/^Bewertung von Finanzamt/);
  });

  it("a phrase opened by nach Bewertung is a source of its own", () => {
    const indirect = quotesOf("Nach Bewertung der Gutachter ist die Brücke über den Fluss noch viele Jahre sicher.");
    expect(indirect.some((q) => q.type === "indirect" && q.speaker?.text === "Bewertung der Gutachter")).toBe(true);
  });
});
