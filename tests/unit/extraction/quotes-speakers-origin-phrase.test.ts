// speaker.origin-phrase: "hervorgehen aus" names its source with "aus", not with a subject – the
// "aus" phrase speaks, and its figures take that source; the same for "sich ergeben aus". A separated
// particle inside the clause yields to one that ends it ("geht aus … hervor" is no "ausgehen").
// Invented sentences only.
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

describe("speaker.origin-phrase: a report after „aus“ (hervorgehen, sich ergeben)", () => {
  it("a back reference with hervorgehen takes the report after aus as its speaker", () => {
    const text = "Die Stadtwerke erhöhen die Preise. Dies geht aus einer Mitteilung des Versorgers hervor.";
    const q = run(text).quotes.find((x) => x.type === "indirect");
    expect(q && text.slice(q.start, q.end)).toBe("Die Stadtwerke erhöhen die Preise.");
    expect(q?.speaker?.text).toBe("einer Mitteilung des Versorgers");
    expect(q?.rules).toContain("speaker.origin-phrase");
  });

  it("a wie clause with hervorgehen names the report as the source", () => {
    const text = "Wie aus einem Bericht der Behörde hervorgeht, wurden drei Brücken gesperrt.";
    const q = run(text).quotes.find((x) => x.type === "indirect");
    expect(q?.speaker?.text).toBe("einem Bericht der Behörde");
  });

  it("„Wie sich aus X ergab, …“ takes X", () => {
    const text = "Wie sich aus den Akten der Staatsanwaltschaft ergab, wurden 14 Zeugen befragt.";
    const q = run(text).quotes.find((x) => x.type === "indirect");
    expect(q?.speaker?.text).toBe("den Akten der Staatsanwaltschaft");
    expect(q?.rules).toContain("speaker.origin-phrase");
  });

  it("a phrase after aus with a subject of its own is no source", () => {
    const text = "Der Trainer sagte am Montag, die Mannschaft sei gestärkt. Sie sei aus der schwachen Saison hervorgegangen.";
    for (const q of run(text).quotes) expect(q.speaker?.text ?? "").not.toContain("Saison");
  });
});
