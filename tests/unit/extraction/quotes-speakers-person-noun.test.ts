// Rule "speaker.person-noun": the resolver reads a lone noun after an article as a name (and
// matches it as a surname later) only when the noun names a person or a body by lexicon or
// morphology. Invented sentences only.
import { isPersonNoun } from "@/lib/extraction/quotes/person-noun";
import { quoteOf, quotes } from "./helpers";

describe("isPersonNoun: persons and bodies by lexicon and morphology", () => {
  it("role and body nouns, also as compound heads", () => {
    for (const w of ["Sprecherin", "Vereinssprecher", "Polizei", "Ministerium", "Landrat", "Kreisbehörden"])
      expect(isPersonNoun(w)).toBe(true);
  });

  it("agent nouns by their suffix, feminine and plural forms too", () => {
    for (const w of ["Gewinner", "Lehrerinnen", "Polizisten", "Demonstrantin", "Redakteure", "Direktorin", "Studenten"])
      expect(isPersonNoun(w)).toBe(true);
  });

  it("nominalised participles and adjectives only after an article", () => {
    for (const w of ["Beschäftigten", "Verletzte", "Betroffenen", "Inhaftierten", "Verantwortlichen"]) {
      expect(isPersonNoun(w, true)).toBe(true);
      expect(isPersonNoun(w)).toBe(false);
    }
  });

  it("things are no persons: plain nouns, nominalised infinitives, nouns in -ment", () => {
    for (const w of ["Kosten", "Laternen", "Gebühren", "Gehen", "Dokumente", "Argument", "Zinsraten"])
      expect(isPersonNoun(w, true)).toBe(false);
  });
});

describe("speaker.person-noun: a thing named twice is no surname of itself", () => {
  const before = "Der Bürgermeister sagte, die Straße bleibe gesperrt. ";

  it("a thing as the subject of an uncued verb does not take over the continuation", () => {
    const text = before + "Die Laternen trafen am Montag ein. Die Laternen bedeuteten, dass die Stadt sparen müsse.";
    const q = quoteOf(text, "Stadt sparen");
    expect(q?.actor).toBe("Bürgermeister");
    expect(q?.rules ?? []).not.toContain("speaker.own-subject");
  });

  it("a person noun outside the role lexicon still names its own speaker", () => {
    for (const noun of ["Lehrerinnen", "Inhaftierten"]) {
      const text = `Die ${noun} trafen am Montag ein. ${before}Die ${noun} ließen durchblicken, dass die Stadt sparen müsse.`;
      const q = quoteOf(text, "Stadt sparen");
      expect(q?.speaker?.text).toBe(`Die ${noun}`);
      expect(q?.rules).toContain("speaker.own-subject");
    }
  });

  it("the explanation names the rule when it refused the surname reading", () => {
    const text = "Die Laternen seien zu alt, teilten die Laternen mit. Die Laternen erklärten, der Haushalt sei knapp.";
    const q = quotes(text).find((x) => text.slice(x.start, x.end).includes("Haushalt"));
    expect(q?.rules).toEqual(expect.arrayContaining(["speaker.as-written", "speaker.person-noun"]));
  });
});
