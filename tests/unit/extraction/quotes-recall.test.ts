// Recall rules of the quotation layer added while tuning on the peer corpus' train split: source
// phrases opened by adjectives, impersonal cues, more speech verbs. Invented sentences only.
import { extractDocument } from "@/lib/extraction";
import type { ExtractedQuote } from "@/lib/extraction/types";

const quotes = (text: string): ExtractedQuote[] => extractDocument(text, { format: "text" }).quotes;

describe("source phrases after nach", () => {
  it("an adjective or possessive before the source noun", () => {
    for (const opener of ["Nach eigenen Angaben", "Nach offiziellen amtlichen Angaben", "Nach seiner Meinung"]) {
      const text = `Der Verein Stadtgrün e. V. pflanzte im Frühjahr Bäume. ${opener} hat der Verein 300 Linden gesetzt.`;
      const q = quotes(text).find((x) => x.type === "indirect");
      expect(q?.cue.text).toBe("Nach");
      expect(q?.speaker?.text).toBe(opener.slice(5));
    }
  });

  it("a name before the source noun", () => {
    const text = "Nach Bergers Einschätzung wird die Brücke im Herbst fertig.";
    expect(quotes(text)[0]?.speaker?.text).toBe("Bergers Einschätzung");
  });

  it("further source nouns", () => {
    const text = "Nach ersten Ermittlungen der Polizei war der Fahrer zu schnell.";
    expect(quotes(text)[0]?.speaker?.text).toBe("ersten Ermittlungen der Polizei");
  });

  it("a plain adjective and noun after nach is no source", () => {
    expect(quotes("Nach langen Verhandlungen einigten sich beide Seiten.")).toEqual([]);
  });
});

describe("more speech and communication verbs, with their morphology", () => {
  it.each([
    ["bemängelte", "Die Prüferin bemängelte, dass die Akten unvollständig seien."],
    ["empfahl", "Der Arzt empfahl, die Fenster geschlossen zu halten, weil der Rauch giftig sei."],
    ["schlug vor", "Die Ministerin schlug vor, dass die Schulen später öffnen."],
    ["hob hervor", "Der Trainer hob hervor, die Mannschaft habe hart gearbeitet."],
    ["verurteilt", "Der Rat hat verurteilt, dass die Wahl verschoben wurde."],
    ["versprach", "Die Bürgermeisterin versprach, die Halle werde bis Mai saniert."],
  ])("%s opens an indirect quotation", (cue, text) => {
    const q = quotes(text).find((x) => x.type === "indirect");
    expect(q?.cue.text.split(/\s+/)[0]).toBe(cue.split(" ")[0]);
    expect(q?.speaker).not.toBeNull();
  });
});
