// Speakers with an apposition after a genitive with adjectives, and in a second main clause
// (rules speaker.apposed-second-clause, speaker.genitive-adjective, and the back-reference
// agreement of source.quote-in-sentence). Invented sentences only.
import { claimOf, quoteOf } from "./helpers";

describe("speaker.genitive-adjective: a genitive with adjectives stays in the speaker phrase", () => {
  it("the role, its genitive with an adjective and the name in apposition", () => {
    const text = "Die Leiterin der kleinen Kapelle, Eva Roth, erklärte: „Wir spielen im nächsten Sommer wieder hier.“";
    const q = quoteOf(text, "Sommer");
    expect(q?.speaker?.text).toBe("Die Leiterin der kleinen Kapelle, Eva Roth");
    expect(q?.actor).toBe("Eva Roth");
  });

  it("a name of two words followed by an article opens no genitive", () => {
    const text = "Laut Otto Kranz der neue Leiter des Chors werde die Probe am Abend ausfallen.";
    expect(quoteOf(text, "Probe")?.speaker?.text).not.toContain("Leiter");
  });
});

describe("speaker.apposed-second-clause: the apposed subject of a second main clause speaks", () => {
  it("two main clauses joined by a comma: the second clause's subject, not the first one's", () => {
    const text =
      "Der Wirt lobte das Fest im Hof, die Leiterin der kleinen Kapelle, Eva Roth, erklärte: „Wir spielen im nächsten Sommer wieder hier.“";
    const q = quoteOf(text, "Sommer");
    expect(q?.actor).toBe("Eva Roth");
    expect(q?.rules).toContain("speaker.apposed-second-clause");
  });

  it("a name in apposition without a second clause keeps the first subject", () => {
    const text = "Der Wirt lobte den Sänger, Otto Kranz, und erklärte: „Er singt im nächsten Sommer wieder hier.“";
    expect(quoteOf(text, "Sommer")?.rules ?? []).not.toContain("speaker.apposed-second-clause");
  });
});

describe("back-reference agreement: a role the claim rules keep agrees with the named apposition", () => {
  it("„…. Dies teilte die Vorsitzende der … Kommission, Name, mit.“ – the figure keeps the back-reference's source", () => {
    const text =
      "Nach der Auszählung der Stimmen liegt die Kandidatin mit 54 Prozent vorne. Dies teilte die Vorsitzende der regionalen Wahlkommission, Eva Roth, mit.";
    expect(claimOf(text, "54")?.actor).toBe("Vorsitzende");
  });
});
