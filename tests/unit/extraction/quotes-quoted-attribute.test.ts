// Rule cue.quoted-attribute: a short quoted name or attribute inside the cue clause does not end
// it; the content clause after the following comma is the indirect quotation. Invented sentences.
import { quotes } from "./helpers";

describe("a quoted name or attribute inside the cue clause (cue.quoted-attribute)", () => {
  it.each([
    [
      "Die Forscherin berichtete im Fachblatt „Natur heute“, es seien nur wenige Tiere gefunden worden.",
      "es seien nur wenige Tiere gefunden worden",
    ],
    [
      "Die Forscherin schrieb im Fachblatt „Natur heute“ („NH“), dass nur wenige Tiere gefunden wurden.",
      "dass nur wenige Tiere gefunden wurden",
    ],
  ])("%s", (text, content) => {
    const q = quotes(text).find((x) => x.type === "indirect");
    expect(q?.rules).toContain("cue.quoted-attribute");
    expect(text.slice(q!.start, q!.end)).toBe(content);
    expect(q?.speaker?.text).toBe("Die Forscherin");
  });

  it("keeps a quotation right after the cue as the direct quotation", () => {
    const text = "Die Forscherin sagte: „Es sind nur wenige Tiere“, und ging.";
    expect(quotes(text).some((x) => x.rules.includes("cue.quoted-attribute"))).toBe(false);
  });

  it("needs a content clause after the comma", () => {
    const text = "Die Forscherin lobte das Fachblatt „Natur heute“, das seit zehn Jahren erscheint.";
    expect(quotes(text).some((x) => x.type === "indirect")).toBe(false);
  });
});
