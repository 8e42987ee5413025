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

describe("rule speaker.colon-fronted-object across a name apposition", () => {
  it("the subject after the verb carries a name in commas", () => {
    const text =
      "Den Ärger der Anwohner brachte der Sprecher der Initiative, Karl Mauser, zum Ausdruck: „Wir wurden nie gefragt, und das ärgert uns sehr.“";
    const quote = extractDocument(text, { format: "text" }).quotes.find((q) => q.type === "direct");
    expect(quote?.actor).toBe("Karl Mauser");
  });
});
