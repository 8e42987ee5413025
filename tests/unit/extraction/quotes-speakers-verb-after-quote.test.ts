// Rule speaker.verb-after-quote: a direct quotation in the first place of a main clause, the finite
// verb and its subject after it, where the verb is none the cue lexicon reads. Invented sentences.
import { extractDocument } from "@/lib/extraction";

const direct = (text: string) => extractDocument(text, { format: "text" }).quotes.find((q) => q.type === "direct");

describe("rule speaker.verb-after-quote", () => {
  it("a comma, a finite verb and a role noun after the closing mark", () => {
    const text =
      "Die Bäckerei am Marktplatz war drei Monate geschlossen. „Ab Montag gibt es bei uns wieder frische Brötchen und Kuchen“, freute sich die Inhaberin.";
    const q = direct(text);
    expect(q?.speaker?.text).toBe("die Inhaberin");
    expect(q?.rules).toContain("speaker.verb-after-quote");
  });

  it("the quoted words end in their own punctuation, no comma", () => {
    const text =
      "Der Stadtrat tagte bis in die Nacht. „Die Brücke über den Mühlbach wird im Frühjahr gesperrt!“ ließ der Bürgermeister Tobias Quendt verlauten.";
    expect(direct(text)?.speaker?.text).toBe("der Bürgermeister Tobias Quendt");
  });

  it("not after a short quoted term inside a sentence", () => {
    const text = "Auf dem Schild am Eingang stand „heute frische Waffeln“, freute sich die Kundin.";
    expect(direct(text)?.rules ?? []).not.toContain("speaker.verb-after-quote");
  });

  it("not after a form of werden (a passive)", () => {
    const text =
      "„Wir haben die Kasse des Vereins jedes Jahr sorgfältig geprüft“, wird der Kassenwart in einem Protokoll der Versammlung wiedergegeben.";
    expect(direct(text)?.rules ?? []).not.toContain("speaker.verb-after-quote");
  });
});
