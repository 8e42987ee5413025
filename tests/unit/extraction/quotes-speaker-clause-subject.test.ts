// Rule speaker.clause-subject: a cue verb at the end of a subordinate or relative clause speaks with
// that clause's own subject – after "zumal"/"obwohl", or after a preposition with a relative pronoun
// – not with the main clause's speaker; a direct quotation before such a clause does not take its
// speaker. Invented sentences.
import { quoteOf, quoted, quotes } from "./helpers";

describe("rule speaker.clause-subject", () => {
  it("the subject after „zumal“ speaks for the content of its cue", () => {
    const text =
      "Der Stadtrat vertagte die Entscheidung über das Freibad, zumal die Kämmerin mehrfach gewarnt hatte, die Rücklagen seien aufgebraucht.";
    const q = quoteOf(text, "Rücklagen");
    expect(q?.speaker?.text).toBe("die Kämmerin");
    expect(q?.rules).toContain("speaker.clause-subject");
  });

  it("the subject after a preposition and a relative pronoun speaks", () => {
    const letter =
      "Der Verein verschickte einen Brief an alle Mitglieder, in dem der Vorstand forderte, dass die Beiträge steigen.";
    const q = quoteOf(letter, "Beiträge");
    expect(q?.speaker?.text).toBe("der Vorstand");
    expect(q?.rules).toContain("speaker.clause-subject");
    const meeting =
      "Die Gemeinde lud zu einer Versammlung ein, bei der die Bürgermeisterin ankündigte, dass die Brücke gesperrt werde.";
    expect(quoteOf(meeting, "Brücke")?.speaker?.text).toBe("die Bürgermeisterin");
  });

  it("a preposition, an article and a noun after the comma open a main clause, not a relative one", () => {
    const text = "Der Ausschuss tagte lange, in der Sitzung erklärte die Ministerin, dass der Etat reiche.";
    expect(quoteOf(text, "Etat")?.speaker?.text).toBe("die Ministerin");
  });

  it("a direct quotation before the subordinate clause keeps the main clause's speaker", () => {
    const text =
      "Die Trainerin sprach lange mit der Mannschaft. Sie nannte das Spiel „eine Lehrstunde“, zumal der Kapitän eingeräumt hatte, das Team sei müde gewesen.";
    const direct = quotes(text).find((q) => q.type === "direct");
    expect(direct?.speaker?.text).not.toBe("der Kapitän");
    const reported = quotes(text).find((q) => quoted(text, q) === "das Team sei müde gewesen");
    expect(reported?.speaker?.text).toBe("der Kapitän");
  });
});

describe("rule speaker.closed-clause", () => {
  it("a quotation after a closed relative clause takes the main clause's cue, not the relative one", () => {
    const text =
      "Die Bürgermeisterin kritisierte die Haltung Müllers, der zum Verkauf des Hallenbads aufgerufen haben soll, als „Ausverkauf der Daseinsvorsorge und Verrat an den Bürgern“.";
    const direct = quotes(text).find((q) => q.type === "direct");
    expect(direct?.speaker?.text).toBe("Die Bürgermeisterin");
    expect(direct?.rules).toContain("speaker.closed-clause");
  });

  it("a quotation after a closed relative clause with its own subject belongs to the main clause", () => {
    const text =
      "Laut Feuerwehr ist die Übung, zu der ein Verband von zwölf Gemeinden aufgerufen hatte, „weitgehend ohne Zwischenfall“ verlaufen.";
    const direct = quotes(text).find((q) => q.type === "direct");
    expect(direct?.speaker?.text).toBe("Feuerwehr");
    expect(direct?.rules).toContain("speaker.closed-clause");
  });

  it("a comma before an adverbial clause of the relative clause does not close it", () => {
    const text =
      "Die Sängerin schrieb, sie freue sich auf die Tournee, die sie mit ihrer Band gar nicht abwarten wolle, um „endlich wieder live zu spielen“.";
    const direct = quotes(text).find((q) => q.type === "direct");
    expect(direct?.rules).not.toContain("speaker.closed-clause");
  });
});
