// Rule indirect.content-opening (quotes/content-opening.ts), on invented sentences.
import { indirect, quoted } from "./helpers";

describe("indirect.content-opening", () => {
  it("an infinitive clause opened by zu, with a clause of its own after it", () => {
    const text = "Der Ausschuss schlug vor, zu prüfen, ob ein neuer Vertrag möglich ist.";
    const q = indirect(text)[0];
    expect(quoted(text, q)).toBe("zu prüfen, ob ein neuer Vertrag möglich ist");
    expect(q?.rules).toContain("indirect.content-opening");
  });

  it("a main clause whose subject opens with a demonstrative", () => {
    const text = "Die Gewerkschaft argumentiert, diese Regel erspare den Betrieben viel Geld.";
    const q = indirect(text)[0];
    expect(quoted(text, q)).toBe("diese Regel erspare den Betrieben viel Geld");
    expect(q?.rules).toContain("indirect.content-opening");
  });

  it("a phrase after the speaker that only adds to it stays no quotation", () => {
    expect(indirect("Das sagte der Trainer, zu Beginn der Saison.")).toEqual([]);
    expect(indirect("Das berichtete die Zeitung, dieser Tage.")).toEqual([]);
  });
});
