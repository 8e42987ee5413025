// Rule speaker.so-after-mark: ", so X" after a quotation that ends in its own punctuation may do
// without its comma („…!“ so X); a capitalised "So" opens a new sentence. Invented sentences.
import { extractDocument } from "@/lib/extraction";

const directSpeaker = (text: string): string | undefined =>
  extractDocument(text, { format: "text" }).quotes.find((q) => q.type === "direct")?.speaker?.text;

describe("rule speaker.so-after-mark", () => {
  it("so X right after the closing mark", () => {
    const text =
      "Die Stadt schließt das Hallenbad. „Damit verlieren die Schulen ihren letzten Ort zum Schwimmen!“ so die Sprecherin der Elterninitiative.";
    expect(directSpeaker(text)).toBe("die Sprecherin der Elterninitiative");
  });

  it("not a capitalised So opening the next sentence", () => {
    const text =
      "Die Stadt schließt das Hallenbad. „Damit verlieren die Schulen ihren letzten Ort zum Schwimmen.“ So viel Ärger gab es lange nicht.";
    expect(directSpeaker(text)).not.toBe("viel Ärger");
  });
});
