// Rule indirect.wie: "Wie X mitteilte, …" names the source of the main clause. A main clause with a
// cue of its own keeps that cue's speaker. Invented sentences.
import { extractDocument } from "@/lib/extraction";

const quoteAt = (text: string, start: string) =>
  extractDocument(text, { format: "text" }).quotes.find((q) => text.slice(q.start, q.end).startsWith(start));

describe("rule indirect.wie", () => {
  it("a cue in the main clause after the wie clause names its own speaker", () => {
    const text = "Wie die Lokalzeitung Tagesbote meldete, sagte der Bürgermeister Jan Ott am Morgen, er trete zurück.";
    expect(quoteAt(text, "er trete")?.speaker?.text).toBe("der Bürgermeister Jan Ott");
  });

  it("an apposition inside the wie clause still belongs to its speaker", () => {
    const text = "Wie der Sprecher der Stadt, Jan Ott, am Montag mitteilte, wird die Brücke gesperrt.";
    const quote = quoteAt(text, "wird die Brücke");
    expect(quote?.rules).toContain("indirect.wie");
    expect(quote?.speaker?.text).toBe("der Sprecher der Stadt, Jan Ott");
  });
});
