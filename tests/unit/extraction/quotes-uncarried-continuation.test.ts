// Free indirect recall (issue #11, session 18), on invented sentences: a Konjunktiv I sentence
// without a cue and without a speaker to carry continues the agent its paragraph named before
// (rule free_indirect.uncarried, quotes/uncarried-continuation.ts).
import { quoted, quotes } from "./helpers";

describe("a Konjunktiv sentence with no speaker to carry (free_indirect.uncarried)", () => {
  it("takes the agent an earlier sentence of the paragraph opened with", () => {
    const text =
      "Die Stadtwerke haben am Montag den Jahresbericht vorgelegt. Der Wasserverbrauch sei im Sommer deutlich gestiegen.";
    const q = quotes(text).find((x) => x.type === "free_indirect");
    expect(quoted(text, q)).toBe("Der Wasserverbrauch sei im Sommer deutlich gestiegen.");
    expect(q?.rules).toContain("free_indirect.uncarried");
    expect(q?.speaker?.text).toBe("Die Stadtwerke");
  });

  it("not for the Konjunktiv II of an auxiliary, which states a hypothesis", () => {
    const text = "Die Stadtwerke haben am Montag den Jahresbericht vorgelegt. Ohne den Regen wäre der Verbrauch höher gewesen.";
    expect(quotes(text)).toEqual([]);
  });

  it("not without an agent named before in the paragraph", () => {
    expect(quotes("Am Montag regnete es. Der Wasserverbrauch sei im Sommer deutlich gestiegen.")).toEqual([]);
  });
});
