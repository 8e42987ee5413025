// Detection recall (issue #11, session 18), on invented sentences: "laut werden" as a reporting
// construction (rule speaker.laut-werden, quotes/laut-werden.ts) and a back-reference opening a
// paragraph (rule indirect.back-reference-paragraph, quotes/back-reference.ts).
import { indirect, quoted, quotes } from "./helpers";

describe('"laut werden" reports what was said (speaker.laut-werden)', () => {
  it.each([
    [
      "Unter den Anwohnern wurden Zweifel laut, die Schleuse sei zu klein geplant.",
      "die Schleuse sei zu klein geplant",
      "Zweifel",
    ],
    [
      "Bedenken werden laut, dass die Fähre im Winter nicht fahren kann.",
      "dass die Fähre im Winter nicht fahren kann",
      "Bedenken",
    ],
    [
      "Es wurden Stimmen laut, der Zeitplan für die Schleuse lasse sich nicht halten.",
      "der Zeitplan für die Schleuse lasse sich nicht halten",
      "Stimmen",
    ],
    [
      "Im Gemeinderat sind Sorgen laut geworden, ob die Kläranlage rechtzeitig fertig wird.",
      "ob die Kläranlage rechtzeitig fertig wird",
      "Sorgen",
    ],
  ])("%s", (text, content, speaker) => {
    const q = indirect(text)[0];
    expect(quoted(text, q)).toBe(content);
    expect(q?.speaker?.text).toBe(speaker);
    expect(q?.rules).toContain("speaker.laut-werden");
  });

  it('a "von" phrase after the noun names who spoke', () => {
    const text = "Kritik vom Verband der Fischer wurde laut, die neue Schleuse störe die Wanderung der Aale.";
    const q = indirect(text)[0];
    expect(quoted(text, q)).toBe("die neue Schleuse störe die Wanderung der Aale");
    expect(q?.speaker?.text).toBe("Kritik vom Verband der Fischer");
  });

  it('without a content clause, "laut" as an adjective is neither a cue nor a source preposition', () => {
    expect(quotes("Am Abend wurde die Musik im Festzelt sehr laut.")).toEqual([]);
    expect(quotes("Seit Wochen werden Klagen über den Lärm am Hafen laut.")).toEqual([]);
  });

  it('"laut" before a noun phrase stays the source preposition', () => {
    const text = "Am Morgen wurde laut der Polizei die Brücke über den Kanal gesperrt.";
    const q = indirect(text)[0];
    expect(q?.rules).toContain("indirect.source");
    expect(q?.speaker?.text).toBe("der Polizei");
  });
});

describe("a paragraph opening with a back-reference (indirect.back-reference-paragraph)", () => {
  it("attributes the last sentence of the paragraph before", () => {
    const text =
      "Der Hafen erhält eine zweite Schleuse. Sie soll im Herbst fertig sein.\n\nDies teilte die Hafenbehörde am Dienstag mit. Der Bau beginnt im März.";
    const q = indirect(text)[0];
    expect(quoted(text, q)).toBe("Sie soll im Herbst fertig sein.");
    expect(q?.rules).toContain("indirect.back-reference-paragraph");
    expect(q?.speaker?.text).toBe("die Hafenbehörde");
  });

  it("not a heading without a full stop", () => {
    const text = "Neue Schleuse am Hafen\n\nDas sagte der Hafenmeister am Dienstag.";
    expect(indirect(text).some((q) => q.rules.includes("indirect.back-reference-paragraph"))).toBe(false);
  });

  it("not a sentence that is already a quotation", () => {
    const text = "Der Hafenmeister sagte, die Schleuse sei im Herbst fertig.\n\nDas bestätigte die Hafenbehörde.";
    expect(indirect(text).some((q) => q.rules.includes("indirect.back-reference-paragraph"))).toBe(false);
  });
});
