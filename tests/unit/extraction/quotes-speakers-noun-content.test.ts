// A quoted phrase inside the content clause of a speech noun ("der Vorwurf der X, es sei ein
// „…“") belongs to the noun's owner, also when a later cue of the sentence names someone else
// (rule speaker.sentence). Invented sentences.
import { extractDocument } from "@/lib/extraction";

describe("a quoted phrase in a speech noun's content clause", () => {
  it("takes the noun's owner, not the speaker of the cue after it", () => {
    const text =
      "Auf den Vorwurf der Opposition, es handele sich um einen „faulen Kompromiss“ ohne jede Wirkung, antworteten die Befürworter des Plans mit neuen Zahlen.";
    const quote = extractDocument(text, { format: "text" }).quotes.find((q) => q.type === "direct");
    expect(quote?.speaker?.text).toBe("der Opposition");
  });
});

describe("a quoted phrase in a content clause opened by wonach (rule indirect.wonach)", () => {
  it("takes the source the relative clause names", () => {
    const text =
      "Die Sichtweise des Ministers Jan Ott, wonach es nach der Reform „ein gerechtes und einfaches Steuersystem“ geben werde, teilte die Opposition nicht.";
    const quote = extractDocument(text, { format: "text" }).quotes.find((q) => q.type === "direct");
    expect(quote?.actor).toBe("Jan Ott");
  });
});
