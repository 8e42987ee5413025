// Words opening a sentence that never open its subject: a subordinating conjunction, and an
// anaphoric source adverb before a cue verb with its own subject. The subject of the cue stands
// after the finite verb. Invented sentences only.
import { quoteOf, quotes } from "./helpers";

describe("a fronted subordinate clause: its conjunction is no subject", () => {
  it("„Da …, erteilten sie den Befehl, …“: the pronoun after the verb speaks, not „Da“", () => {
    const text = "Da die Schaffner es für nötig hielten, erteilten sie den Reisenden den Befehl, den Zug sofort zu verlassen.";
    const q = quoteOf(text, "Zug");
    expect(q?.speaker?.text).toBe("sie");
  });
});

describe("an anaphoric source adverb before a cue verb with its own subject", () => {
  const before = "Das Amt gab am Montag eine Erklärung ab. ";
  /** The speaker of the content clause opening with „dass“. */
  const clauseSpeaker = (text: string): string | undefined =>
    quotes(text).find((q) => text.slice(q.start).startsWith("dass"))?.speaker?.text;

  it("„Demnach erwartet X, dass …“: the subject after the verb speaks; without one „Demnach“ stays", () => {
    expect(clauseSpeaker(before + "Demnach erwartet Frankreich, dass Spanien die Regeln einhält.")).toBe("Frankreich");
    expect(clauseSpeaker(before + "Demnach wurde beschlossen, dass die Lage ernst ist.")).toBe("Demnach");
  });
});
