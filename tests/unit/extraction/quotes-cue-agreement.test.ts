// "sich einigen" (a joint declaration) as a light-verb cue: the content clause after it is an
// indirect quotation of those who agreed. Invented sentences.
import { quotes } from "./helpers";

describe("sich einigen as a cue (cue.light-verb)", () => {
  it.each([
    [
      "Die Stadt und der Verein einigten sich darauf, dass das Stadion bis 2030 erhalten bleibt.",
      "dass das Stadion bis 2030 erhalten bleibt",
    ],
    [
      "Die Gewerkschaft und der Arbeitgeber haben sich geeinigt, die Löhne um drei Prozent zu erhöhen.",
      "die Löhne um drei Prozent zu erhöhen",
    ],
  ])("%s", (text, content) => {
    const q = quotes(text).find((x) => x.type === "indirect");
    expect(q?.rules).toContain("cue.light-verb");
    expect(text.slice(q!.start, q!.end)).toBe(content);
  });

  it("is no cue without the reflexive or a content clause", () => {
    expect(quotes("In einigen Städten haben sich die Preise verdoppelt.")).toEqual([]);
    expect(quotes("Die Minister konnten sich nicht auf einen Termin einigen, weil die Zeit drängte.")).toEqual([]);
  });
});
