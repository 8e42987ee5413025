// reported.verb: a speech act summarised without a content clause ("forderte einen Neubau").
// Invented sentences only.
import { quotes } from "./helpers";

const reported = (text: string) => quotes(text).filter((q) => q.type === "reported");

describe("reported.particle-at-end: a separable particle must close the clause", () => {
  it.each([
    "Der Torwart warf den Ball vor dem Anpfiff weit in die Zuschauerränge.",
    "Die Polizei ging nach dem Fund von einem Unfall auf der Strecke aus Richtung Norden weiter.",
  ])("%s – a preposition inside the clause is no particle", (text) => {
    expect(reported(text)).toHaveLength(0);
  });

  it("a particle at the clause's end keeps the speech act", () => {
    const [q] = reported("Die Opposition warf der Stadträtin Untätigkeit vor.");
    expect(q?.speaker?.text).toBe("Die Opposition");
  });

  it("„für“ of „halten für“ governs its phrase inside the clause", () => {
    const [q] = reported("Die Gewerkschaft hält den Plan der Geschäftsführung für unausgegoren.");
    expect(q?.speaker?.text).toBe("Die Gewerkschaft");
  });
});
