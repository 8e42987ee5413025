// Rule speaker.quoted-object with the indefinite subject "man": "„…“, zitierte man X" – the one
// quoted speaks, not a speaker carried from before. Invented sentences.
import { extractDocument } from "@/lib/extraction";

const directSpeaker = (text: string): string | undefined =>
  extractDocument(text, { format: "text" }).quotes.find((q) => q.type === "direct")?.speaker?.text;

describe("rule speaker.quoted-object after the indefinite man", () => {
  it("man after the verb", () => {
    const text =
      "Der Sender meldete Probleme. „Wir sind hier nur noch geduldete Zuschauer“, zitierte man die Reporterin Anna Holm.";
    expect(directSpeaker(text)).toBe("die Reporterin Anna Holm");
  });

  it("man before the verb", () => {
    const text =
      "Die Agentur berichtete am Abend. Man zitierte den Bürgermeister Kurt Lang mit den Worten: „Wir bauen die Brücke im nächsten Jahr neu.“";
    expect(directSpeaker(text)).toBe("den Bürgermeister Kurt Lang");
  });
});
