// Rule speaker.own-statement: a source phrase with "eigene" ("nach eigenen Angaben", "nach
// eigenem Bekunden") names the words of its clause's subject, so that subject is the source the
// speech resolves to and continues with. Invented sentences.
import { quotes } from "./helpers";

describe("rule speaker.own-statement", () => {
  it("the subject opening the sentence", () => {
    const q = quotes("Der Verein Grünes Tal hat nach eigenen Angaben bislang 300 Bäume gepflanzt.").find(
      (x) => x.type === "indirect",
    );
    expect(q?.rules).toContain("speaker.own-statement");
    expect(q?.actor).toBe("Grünes Tal");
  });

  it("the subject after the verb when the source phrase opens the sentence", () => {
    const q = quotes("Nach eigenen Angaben erhielt der Verein Grünes Tal im Mai 300 Spenden.").find((x) => x.type === "indirect");
    expect(q?.actor).toBe("Grünes Tal");
  });
});
