// Rule speaker.inverted-sentence-subject: a direct quotation in a sentence without a cue whose
// subject does not open it – behind a focus particle or after the verb of a fronted adverb – takes
// that subject, not the last speaker. Invented sentences.
import { extractDocument } from "@/lib/extraction";

const speakerOfQuote = (text: string, start: string): string | undefined =>
  extractDocument(text, { format: "text" }).quotes.find((q) => text.slice(q.start, q.end).startsWith(start))?.speaker?.text;

describe("rule speaker.inverted-sentence-subject", () => {
  it("the pronoun after the verb of a fronted adverb", () => {
    const text =
      "Die Ministerin Eva Roth sagte, die Schule werde gebaut. Der Bürgermeister Jan Ott sah das anders. Ursprünglich wollte er „die alte Halle noch zehn Jahre lang nutzen“.";
    expect(speakerOfQuote(text, "„die alte Halle")).toBe("er");
  });

  it("the subject behind a focus particle", () => {
    const text =
      "Die Ministerin Eva Roth sagte, die Schule werde gebaut. Auch der Bürgermeister Jan Ott will „die Pläne in den kommenden Wochen noch einmal genau prüfen“.";
    expect(speakerOfQuote(text, "„die Pläne")).toBe("der Bürgermeister Jan Ott");
  });
});
