// speaker.origin-phrase: "hervorgehen aus" names its source with "aus", not with a subject – the
// "aus" phrase speaks, and its figures take that source. Invented sentences only.
import { extractDocument } from "@/lib/extraction";

const run = (text: string) => extractDocument(text, { format: "text" });

describe("speaker.origin-phrase: the source of „hervorgehen aus“", () => {
  it("„Dies geht aus X hervor“ attributes the sentence before to X, with its figures", () => {
    const text =
      "Bei dem Unwetter sind mehr als 40 Häuser zerstört worden. Dies geht aus einem Bericht des Katastrophenschutzes hervor.";
    const { quotes, claims } = run(text);
    const q = quotes.find((x) => x.rules.includes("indirect.back-reference"));
    expect(q?.speaker?.text).toBe("einem Bericht des Katastrophenschutzes");
    expect(q?.rules).toContain("speaker.origin-phrase");
    const c = claims.find((x) => x.valueText.includes("40"));
    expect(c?.sourceText).toBe("einem Bericht des Katastrophenschutzes");
  });

  it("„Wie aus X hervorgeht, …“ takes X, not the speaker named before", () => {
    const text =
      "Nach Angaben der Stadtwerke fielen 12 Leitungen aus. Wie aus einer Mitteilung der Feuerwehr hervorgeht, wurden drei Menschen verletzt.";
    const q = run(text).quotes.find((x) => x.rules.includes("indirect.wie"));
    expect(q?.speaker?.text).toBe("einer Mitteilung der Feuerwehr");
    expect(q?.rules).toContain("speaker.origin-phrase");
  });

  it("a clause with a subject of its own keeps that subject: the literal „gestärkt aus … hervorgehen“ names no source", () => {
    const text = "Die Trainerin sagte, die Mannschaft sei gestärkt aus der langen Pause hervorgegangen.";
    const q = run(text).quotes[0];
    expect(q?.speaker?.text).toBe("Die Trainerin");
    expect(q?.rules).not.toContain("speaker.origin-phrase");
  });
});
