// Rule speaker.genitive-determiner: "dessen"/"deren" + noun is a speaker phrase like "der"/"die" +
// noun ("teilte dessen Stellvertreter mit"), not a cue without a subject. Invented sentences.
import { extractDocument } from "@/lib/extraction";

const direct = (text: string) => extractDocument(text, { format: "text" }).quotes.find((q) => q.type === "direct");

describe("rule speaker.genitive-determiner", () => {
  it("the subject after the verb opened by dessen", () => {
    const q = direct(
      "Der Chef ist in Urlaub. Nach Berichten über eine Schließung teilte dessen Stellvertreter den Mitarbeitern mit: „Wir machen weiter wie bisher, bis etwas entschieden ist.“",
    );
    expect(q?.speaker?.text).toBe("dessen Stellvertreter");
    expect(q?.actor).toBe("Stellvertreter");
  });
});
