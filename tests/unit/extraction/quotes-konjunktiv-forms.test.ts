// Konjunktiv I forms as marks of reported speech: only a lower-case form is a verb ("er plane",
// "sie trage"), a capitalised one is a noun ("eine Plane", "auf einer Trage"). Invented sentences.
import { quotes } from "./helpers";

describe("Konjunktiv forms", () => {
  it("a capitalised homograph of a Konjunktiv form does not continue the last speaker", () => {
    const text = "Die Polizei sagte, der Unfall sei schwer gewesen. Eine Plane lag über dem Wagen.";
    expect(quotes(text).filter((q) => q.type === "free_indirect")).toEqual([]);
  });

  it("the lower-case form does", () => {
    const text = "Die Polizei sagte, der Unfall sei schwer gewesen. Der Fahrer habe die Kurve unterschätzt.";
    const q = quotes(text).find((x) => x.type === "free_indirect");
    expect(q?.actor).toBe("Polizei");
  });
});

describe("Konjunktiv I forms of common verbs (each measured alone on train)", () => {
  it.each([
    ["Die Polizei sagte, der Fahrer sei geflohen. Der Wagen besitze keine Zulassung.", "Der Wagen besitze keine Zulassung."],
    ["Die Polizei sagte, der Fahrer sei geflohen. Die Ampel funktioniere nicht.", "Die Ampel funktioniere nicht."],
    ["Die Ärztin sagte, die Lage sei ernst. Die Krankheit verbiete jeden Besuch.", "Die Krankheit verbiete jeden Besuch."],
  ])("%s", (text, sentence) => {
    const q = quotes(text).find((x) => x.type === "free_indirect");
    expect(q && text.slice(q.start, q.end)).toBe(sentence);
  });
});
