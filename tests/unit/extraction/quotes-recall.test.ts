// Recall rules of the quotation layer added while tuning on the peer corpus' train split: source
// phrases opened by adjectives, impersonal cues, more speech verbs. Invented sentences only.
import { quotes } from "./helpers";

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

  it("laut and gemäß with an adjective or possessive before the noun", () => {
    expect(quotes("Laut örtlichen Medien wurde die Fähre beschädigt.")[0]?.speaker?.text).toBe("örtlichen Medien");
    expect(quotes("Gemäß seiner Aussage war die Tür verschlossen.")[0]?.speaker?.text).toBe("seiner Aussage");
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

describe("the impersonal cue heißt es", () => {
  it("content after it, source in the prepositional phrase before it", () => {
    const text = "In der Mitteilung des Landkreises heißt es, die Straße bleibe bis Freitag gesperrt.";
    const q = quotes(text).find((x) => x.type === "indirect");
    expect(q?.cue.text).toBe("heißt es");
    expect(q?.speaker?.text).toBe("der Mitteilung des Landkreises");
    expect(text.slice(q!.start, q!.end)).toBe("die Straße bleibe bis Freitag gesperrt");
  });

  it("content before it, source after it", () => {
    const text = "Die Gespräche seien gescheitert, hieß es aus dem Ministerium.";
    const q = quotes(text).find((x) => x.type === "indirect");
    expect(text.slice(q!.start, q!.end)).toBe("Die Gespräche seien gescheitert");
    expect(q?.speaker?.text).toBe("dem Ministerium");
  });

  it("without a source the quotation has no speaker", () => {
    const q = quotes("Es heißt, die Fähre fahre wieder ab Montag.")[0];
    expect(q?.type).toBe("indirect");
    expect(q?.speaker).toBeNull();
  });
});

describe("speakers the cue's clause names in less common positions", () => {
  const speakerOf = (text: string): string | undefined => quotes(text).find((x) => x.type === "indirect")?.speaker?.text;

  it("a quoted name inside the speaker phrase", () => {
    expect(speakerOf("Die Zeitung „Morgenpost“ berichtet, der Bahnhof werde umgebaut.")).toBe("Die Zeitung „Morgenpost“");
    expect(speakerOf("Laut „Morgenpost“ wird der Bahnhof umgebaut.")).toBe("„Morgenpost“");
  });

  it("a clause adverb between the verb and its subject, or after the opener", () => {
    expect(speakerOf("Am Abend meldete dann die Agentur, die Grenze sei wieder offen.")).toBe("die Agentur");
    expect(speakerOf("Wie schon die Behörde mitteilte, bleibt die Grenze offen.")).toBe("die Behörde");
  });

  it("the subject after a fronted auxiliary when the participle ends the clause", () => {
    expect(speakerOf("Im Vorfeld hatte der Verband betont, dass die Karten knapp seien.")).toBe("der Verband");
  });

  it("a source noun named where the words stand", () => {
    expect(speakerOf("In einem Bericht der Zeitung wurde vermutet, dass niemand verletzt sei.")).toBe(
      "einem Bericht der Zeitung",
    );
  });
});

describe("objects are not speakers", () => {
  it("an accusative or dative phrase after the verb is not its subject", () => {
    const text = "Am Montag kritisierte den Plan auch die Gewerkschaft, die Stellen seien nicht sicher.";
    const speakers = quotes(text).map((q) => q.speaker?.text ?? "");
    expect(speakers.some((s) => s.includes("Plan"))).toBe(false);
  });
});

describe("summarised speech acts", () => {
  it.each([
    "Die Gewerkschaft kritisierte die geplanten Kürzungen bei den Kliniken als kurzsichtig.",
    "Der Wetterdienst warnte vor Sturmböen an der Küste.",
    "Die Opposition forderte den Rücktritt des Landrats.",
  ])("%s is reported speech with its speaker", (text) => {
    const q = quotes(text).find((x) => x.type === "reported");
    expect(q?.speaker?.text.startsWith("Die") || q?.speaker?.text.startsWith("Der")).toBe(true);
  });

  it("an event or thing is no speaker of a speech act", () => {
    expect(quotes("Im Norden forderte das Hochwasser drei Todesopfer.")).toEqual([]);
  });
});
