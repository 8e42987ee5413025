// Words opening a sentence that never open its subject: a subordinating conjunction, and an
// anaphoric source adverb before a cue verb with its own subject. The subject of the cue stands
// after the finite verb. Invented sentences only.
import { quoteOf, quotes } from "./helpers";

describe("a fronted subordinate clause: its conjunction is no subject", () => {
  it("a sentence opening with „Da“: the pronoun after the verb speaks, not „Da“", () => {
    const text = "Da der Regen nicht nachließ, stellten sie am Nachmittag die Forderung, das Fest abzusagen.";
    const q = quoteOf(text, "Fest");
    expect(q?.speaker?.text).toBe("sie");
  });
});

describe("an anaphoric source adverb before a cue verb with its own subject", () => {
  const before = "Das Amt gab am Montag eine Erklärung ab. ";
  /** The speaker of the content clause opening with „dass“. */
  const clauseSpeaker = (text: string): string | undefined =>
    quotes(text).find((q) => text.slice(q.start).startsWith("dass"))?.speaker?.text;

  it("„Demnach“ before a cue verb: the subject after the verb speaks; without one „Demnach“ stays", () => {
    expect(clauseSpeaker(before + "Demnach fordert die Kammer, dass die Gebühren sinken.")).toBe("die Kammer");
    expect(clauseSpeaker(before + "Demnach wurde beschlossen, dass die Lage ernst ist.")).toBe("Demnach");
  });
});
