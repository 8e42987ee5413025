// Speaker phrases: where a speaker phrase starts and ends. A slash joins two parts of one name
// ("Bündnis 90/Die Grünen", "CDU/CSU"); a fronted adverb ("Zusammen mit X") is no subject. Invented sentences.
import { extractDocument } from "@/lib/extraction";

describe("a slash inside a speaker's name", () => {
  it("a party name with a number and a slash keeps the subject before its apposition", () => {
    const text =
      "Die Sprecherin von Bündnis 90/Die Grünen, Eva Roth, kritisierte die Pläne der Regierung. Die Mittel seien viel zu knapp.";
    const quotes = extractDocument(text, { format: "text" }).quotes;
    const continuation = quotes.find((q) => q.type === "free_indirect");
    expect(continuation?.actor).toBe("Eva Roth");
    expect(quotes.some((q) => q.speaker?.text === "die Pläne der Regierung")).toBe(false);
  });
});

describe("a fronted adverb is no speaker", () => {
  it('"Zusammen mit X" before the verb: the subject follows the verb', () => {
    const text = "Zusammen mit dem Bürgermeister Jan Ott forderte die Ministerin Eva Roth einen neuen Fahrplan der Bahn.";
    const quote = extractDocument(text, { format: "text" }).quotes.find((q) => q.type === "reported");
    expect(quote?.speaker?.text).toBe("die Ministerin Eva Roth");
  });
});
