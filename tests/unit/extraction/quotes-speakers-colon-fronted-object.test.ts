// Rule speaker.colon-fronted-object: a clause before a colon that opens with an object (an oblique
// article or a phrase that names no one) has its subject after the finite verb. Invented sentences.
import { extractDocument } from "@/lib/extraction";

const directSpeaker = (text: string): string | undefined =>
  extractDocument(text, { format: "text" }).quotes.find((q) => q.type === "direct")?.speaker?.text;

describe("rule speaker.colon-fronted-object", () => {
  it("a fronted phrase naming no one", () => {
    const text = "Jede Mitverantwortung für die Affäre weist der Minister von sich: „Das war allein die Sache der Verwaltung.“";
    expect(directSpeaker(text)).toBe("der Minister");
  });

  it("a fronted oblique phrase", () => {
    const text = "Den Plan der Stadt nimmt der Bürgermeister gelassen: „Das kommt für uns überhaupt nicht in Frage.“";
    expect(directSpeaker(text)).toBe("der Bürgermeister");
  });
});

describe("rule speaker.colon-apposed-name", () => {
  it("a name in commas after a role noun before the colon clause", () => {
    const text =
      "Den Ärger der Anwohner über die Baustelle brachte die Sprecherin des Bürgervereins am Hafen, Marta Quellmann, deutlich zum Ausdruck: „So kann es mit dem Lärm nicht weitergehen.“";
    const q = extractDocument(text, { format: "text" }).quotes.find((x) => x.type === "direct");
    expect(q?.speaker?.text).toBe("Marta Quellmann");
    expect(q?.rules).toContain("speaker.colon-apposed-name");
  });

  it("not without a role noun before the name", () => {
    const text =
      "Den Ärger über die Baustelle brachten die Anwohner am Hafen, Marta Quellmann, deutlich zum Ausdruck: „So kann es mit dem Lärm nicht weitergehen.“";
    expect(extractDocument(text, { format: "text" }).quotes.find((x) => x.type === "direct")?.rules ?? []).not.toContain(
      "speaker.colon-apposed-name",
    );
  });
});
