// Indirect quotations: clause grammar after the cue (issue #11), on invented sentences. A noun
// phrase with its attributes after the speaker is an apposition, not the content; a relative
// pronoun before an article opens a relative clause, not a content clause without "dass".
import { indirect, quoted } from "./helpers";

describe("the clause after the cue's speaker", () => {
  it("an apposition with genitive and prepositional attributes leaves the fronted content as the quotation", () => {
    for (const apposition of [
      "der Sprecher der örtlichen Feuerwehr",
      "Sprecher des Roten Kreuzes in Bonn",
      "die Leiterin der so genannten „Tafel“",
    ]) {
      const text = `Die Straße bleibe bis Freitag gesperrt, sagte Ina Roth, ${apposition}.`;
      const q = indirect(text);
      expect(q.map((x) => quoted(text, x))).toEqual(["Die Straße bleibe bis Freitag gesperrt"]);
      expect(q[0]?.speaker?.text).toBe("Ina Roth");
    }
  });

  it("after a verb the phrase is the content's object, not an apposition", () => {
    const text = "Der Rat hat beschlossen, die Hallen in Kiel, Lübeck und Husum zu verkaufen.";
    expect(quoted(text, indirect(text)[0])).toBe("die Hallen in Kiel, Lübeck und Husum zu verkaufen");
  });

  it("a relative clause after the speaker is no content clause", () => {
    const text = "Die Schule öffnet wieder, sagte Ina Roth, die die Schule seit 2019 leitet.";
    const q = indirect(text);
    expect(q.map((x) => quoted(text, x))).toEqual(["Die Schule öffnet wieder"]);
  });
});

describe("the cue clause before its content", () => {
  it("a parenthesis after the speaker or an object does not end the cue clause", () => {
    const party = "Dazu sagte Eva Lenz (SPD), die Brücke werde im Mai fertig.";
    expect(indirect(party).map((q) => quoted(party, q))).toEqual(["die Brücke werde im Mai fertig"]);
    const issue = "Eva Lenz erklärte gegenüber dem Blatt (Ausgabe vom Montag), die Brücke werde im Mai fertig.";
    expect(indirect(issue).map((q) => quoted(issue, q))).toEqual(["die Brücke werde im Mai fertig"]);
  });

  it("a content clause may open with a qualified number as its subject", () => {
    const text = "Der Verband teilte mit, rund 40 Prozent der Betriebe zahlen über Tarif.";
    expect(indirect(text).map((q) => quoted(text, q))).toEqual(["rund 40 Prozent der Betriebe zahlen über Tarif"]);
  });
});

describe("a fronted adverbial clause before a cue verb", () => {
  it("is no fronted content: the cue verb is its main clause's", () => {
    for (const text of [
      "Da der Zug ausfiel, kritisierte der Fahrgastverband die Bahn.",
      "Selbst wenn die Stadt zahlt, droht dem Verein die Insolvenz.",
    ])
      expect(indirect(text).filter((q) => q.rules.includes("indirect.fronted"))).toEqual([]);
  });

  it("a conditional inside fronted reported words stays their part", () => {
    const text = "Wenn die Stadt nicht zahlt, werde man klagen, sagte der Anwalt.";
    expect(quoted(text, indirect(text)[0])).toBe("Wenn die Stadt nicht zahlt, werde man klagen");
  });
});

describe("a clause giving the reason or aim of the speech act", () => {
  it("after the cue's comma it is no content", () => {
    const aim = "Die Gewerkschaft forderte höhere Löhne, um die Inflation auszugleichen.";
    expect(indirect(aim)).toEqual([]);
    const reason = "Die Anwohner protestierten, weil die Straße seit Wochen gesperrt ist.";
    expect(indirect(reason)).toEqual([]);
  });

  it("with a Konjunktiv of its own it is the reason the speaker gave", () => {
    const text = "Der Verband protestierte, weil die Straße seit Wochen gesperrt sei.";
    expect(quoted(text, indirect(text)[0])).toBe("weil die Straße seit Wochen gesperrt sei");
  });
});

describe("two speech verbs joined by und before one content clause", () => {
  it("the content is the second verb's only", () => {
    const text = "Die Feuerwehr bestätigte den Einsatz und erklärte, niemand sei verletzt worden.";
    const q = indirect(text);
    expect(q.map((x) => quoted(text, x))).toEqual(["niemand sei verletzt worden"]);
    expect(q[0]?.cue.text).toBe("erklärte");
  });
});

describe("a content clause whose comma is missing", () => {
  it("opens with dass right after the cue clause", () => {
    const text = "Die Trainerin hoffte dass die Mannschaft den Titel verteidigt.";
    expect(indirect(text).map((q) => quoted(text, q))).toEqual(["dass die Mannschaft den Titel verteidigt"]);
  });

  it("not after a cue in the first person outside quotation marks", () => {
    const text = "Ich glaube dass die Mannschaft den Titel verteidigt.";
    expect(indirect(text)).toEqual([]);
  });
});
