// Rule indirect.wie with an apposition that carries a prepositional attribute ("Wie Name, Sprecherin
// der Stadt in Bonn, mitteilte, …"): the main clause after the cue clause is the quotation and the
// name after "wie" its speaker. Invented sentences.
import { quotes } from "./helpers";

describe("a wie clause with an apposition and its prepositional attribute", () => {
  it.each([
    "Wie Anna Berg, Sprecherin der Stadt in Bonn, in Berlin mitteilte, hat die Stadt nur sechs Busse im Einsatz.",
    "Wie Anna Berg, die Sprecherin des Verbands aus Köln, am Montag mitteilte, hat die Stadt nur sechs Busse im Einsatz.",
  ])("%s", (text) => {
    const q = quotes(text).find((x) => x.type === "indirect");
    expect(q?.rules).toContain("indirect.wie");
    expect(text.slice(q!.start, q!.end)).toBe("hat die Stadt nur sechs Busse im Einsatz");
    expect(q?.actor).toBe("Anna Berg");
  });
});
