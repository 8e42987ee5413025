// Rule cue.infinitive-head: directive and commissive verbs outside the speech-verb lexicon are cues
// only with a zu-infinitive clause after their comma. Rule cue.after-mark-inverted: a quotation
// before a comma belongs to the cue clause after it only when that clause opens with its verb.
// Invented sentences.
import { indirect, quoteOf, quoted, quotes } from "./helpers";

describe("rule cue.infinitive-head", () => {
  it.each([
    ["Die Schulleiterin ordnete an, die Tafeln zu reinigen.", "die Tafeln zu reinigen", "Schulleiterin"],
    ["Der Rat ersuchte die Regierung, die Gebühren zu senken.", "die Gebühren zu senken", "Rat"],
    ["Der Vertreter gab vor, den Zähler ablesen zu wollen.", "den Zähler ablesen zu wollen", "Vertreter"],
    ["Die Bäckerei hat sich entschlossen, sonntags zu öffnen.", "sonntags zu öffnen", "Bäckerei"],
    ["Die Ärztin hatte den Pfleger beauftragt, die Werte zu prüfen.", "die Werte zu prüfen", "Ärztin"],
  ])("reads the zu-infinitive after „%s“", (text, content, actor) => {
    const quote = quoteOf(text, content);
    expect(quoted(text, quote)).toBe(content);
    expect(quote?.type).toBe("indirect");
    expect(quote?.rules).toContain("cue.infinitive-head");
    expect(quote?.actor).toBe(actor);
  });

  it.each([
    "Die Schulleiterin ordnete eine Prüfung der Tafeln an.",
    "Der Minister beauftragte einen Gutachter, um die Kosten zu prüfen.",
    "Die Spielerinnen zeigten sich entschlossen, das Finale zu erreichen.",
    "Der Rat ersuchte die Regierung, die gestern tagte, um Auskunft.",
  ])("finds no quotation without a zu-infinitive content: „%s“", (text) => {
    expect(indirect(text)).toEqual([]);
  });
});

describe("rule cue.after-mark-inverted", () => {
  it("does not read a quotation before a comma as the words of a cue clause with its own first position", () => {
    const text =
      "Die Demonstranten riefen „Mehr Radwege jetzt“, und die Veranstalter erklärten, dass die Aktion friedlich bleibe.";
    expect(quotes(text).map((quote) => quoted(text, quote))).toEqual([
      "„Mehr Radwege jetzt“",
      "dass die Aktion friedlich bleibe",
    ]);
    expect(quoteOf(text, "Mehr Radwege")?.actor).toBe("Demonstranten");
  });

  it.each([
    "„Wir bleiben hier“, sagte die Sprecherin.",
    "„Wir bleiben hier“, hatte die Sprecherin gesagt.",
    "„Wir bleiben hier“, wie die Sprecherin sagte.",
  ])("keeps the speaker of an inverted cue clause after the quotation: „%s“", (text) => {
    expect(quoteOf(text, "Wir bleiben hier")?.actor).toBe("Sprecherin");
  });
});
