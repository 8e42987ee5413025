// Words opening a sentence that never open its subject: a subordinating conjunction and a
// counted span of time. The subject of the cue stands after the finite verb. Invented sentences only.
import { quoteOf } from "./helpers";

describe("a fronted subordinate clause: its conjunction is no subject", () => {
  it("„Da …, erteilten sie den Befehl, …“: the pronoun after the verb speaks, not „Da“", () => {
    const text = "Da die Schaffner es für nötig hielten, erteilten sie den Reisenden den Befehl, den Zug sofort zu verlassen.";
    const q = quoteOf(text, "Zug");
    expect(q?.speaker?.text).toBe("sie");
  });
});

describe("a counted span of time before the verb is no speaker", () => {
  it("„Wenige Stunden nach …“ and „Zwei Tage später“: the subject after the verb speaks", () => {
    const hours = "Wenige Stunden nach der Wahl erklärte der Parteichef, die Lage sei unter Kontrolle.";
    expect(quoteOf(hours, "Lage")?.speaker?.text).toBe("der Parteichef");
    const days = "Zwei Tage später sagte die Trainerin, die Mannschaft sei bereit.";
    expect(quoteOf(days, "Mannschaft")?.speaker?.text).toBe("die Trainerin");
  });
});
