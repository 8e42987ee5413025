// The speaker of a speech noun without an owner ("den Beschluss, …") is the subject of its clause:
// a number phrase that opens the sentence, or the subject after the finite verb when an adverb
// stands first.
// Invented sentences.
import { extractDocument } from "@/lib/extraction";

const speakerOf = (text: string): string | undefined =>
  extractDocument(text, { format: "text" }).quotes.find((q) => q.type === "indirect")?.speaker?.text;

describe("the subject holding a speech noun's view", () => {
  it("a number phrase opening the sentence", () => {
    expect(speakerOf("37 Prozent teilen die Meinung, die Steuer sei zu hoch.")).toBe("37 Prozent");
  });

  it("the subject after the finite verb behind a fronted adverb", () => {
    expect(speakerOf("So fassten die Delegierten am Samstag den Beschluss, die Fusion abzulehnen.")).toBe("die Delegierten");
  });
});
