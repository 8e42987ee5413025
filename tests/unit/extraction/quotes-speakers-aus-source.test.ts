// Speakers of "hervorgehen" and "sich ergeben" (rule speaker.aus-source): the source is the phrase
// after "aus" when it names a document or report, not the subject. A separated particle read as
// the particle of another verb ("geht aus … hervor" is no "ausgehen") gives way to the reading
// whose particle ends the clause. Invented sentences.
import { extractDocument } from "@/lib/extraction";
import type { ExtractedQuote } from "@/lib/extraction/types";

const quotes = (text: string): ExtractedQuote[] => extractDocument(text, { format: "text" }).quotes;

describe("rule speaker.aus-source", () => {
  it("a back reference with hervorgehen takes the report after aus as its speaker", () => {
    const text = "Die Stadtwerke erhöhen die Preise. Dies geht aus einer Mitteilung des Versorgers hervor.";
    const q = quotes(text).find((x) => x.type === "indirect");
    expect(q && text.slice(q.start, q.end)).toBe("Die Stadtwerke erhöhen die Preise.");
    expect(q?.speaker?.text).toBe("einer Mitteilung des Versorgers");
    expect(q?.rules).toContain("speaker.aus-source");
  });

  it("a wie clause with hervorgehen names the report as the source", () => {
    const text = "Wie aus einem Bericht der Behörde hervorgeht, wurden drei Brücken gesperrt.";
    const q = quotes(text).find((x) => x.type === "indirect");
    expect(q?.speaker?.text).toBe("einem Bericht der Behörde");
  });

  it("a phrase after aus that names no document is no source", () => {
    const text = "Der Trainer sagte am Montag, die Mannschaft sei gestärkt. Sie sei aus der schwachen Saison hervorgegangen.";
    for (const q of quotes(text)) expect(q.speaker?.text ?? "").not.toContain("Saison");
  });
});
