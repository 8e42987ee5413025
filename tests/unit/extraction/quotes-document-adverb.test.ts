// indirect.document-adverb: "Danach" reads "according to it" after a sentence naming a document
// as subject or object; elsewhere it is temporal. Invented sentences only.
import { quotes } from "./helpers";

const byRule = (text: string) => quotes(text).filter((q) => q.rules.includes("indirect.document-adverb"));

describe("indirect.document-adverb: „Danach“ after a document", () => {
  it("a study named as subject: the next „Danach“ sentence is its content, speaker „Danach“", () => {
    const text =
      "Das Umweltamt hat am Montag eine neue Studie vorgelegt. Danach sind 40 Prozent der Flüsse in einem schlechten Zustand.";
    const [q] = byRule(text);
    expect(q?.type).toBe("indirect");
    expect(q?.speaker?.text).toBe("Danach");
    expect(q?.actor).toBe("Studie");
  });

  it("figures published as an object („neue Zahlen“) count as a document", () => {
    const text =
      "Die Landesbank veröffentlichte heute neue Quartalszahlen. Danach verbucht das Institut einen Verlust von 3 Milliarden Euro.";
    expect(byRule(text)).toHaveLength(1);
  });

  it.each([
    ["a temporal „Danach“ without a document", "Der Minister besuchte am Morgen die Klinik. Danach fuhr er nach Berlin."],
    [
      "a document inside a prepositional phrase (the sentence's own source)",
      "Nach Angaben der Polizei drangen die Täter nachts in das Haus ein. Danach durchsuchten sie alle Zimmer.",
    ],
    ["a document after „per“", "Die Firmen verpflichteten sich per Vertrag zur Lieferung. Danach wurde das Gerät verkauft."],
  ])("%s: no quotation", (_case, text) => {
    expect(byRule(text)).toHaveLength(0);
  });
});
