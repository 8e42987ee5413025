// The word lists of the attribution engine stay normalised: the matchers compare them with
// token.lower (or token.text for as-written lists), so an entry with a capital, a trailing space,
// a decomposed umlaut or a second copy would silently never match or hide a conflicting entry.
import { LEXICONS, SPEECH_VERBS } from "@/lib/extraction/lexicon";
import { PARTICLE_VERBS, SPEECH_VERB_FORMS } from "@/lib/extraction/lexicon/speech-verbs";

describe("lexicon lists", () => {
  it("has lists to check", () => {
    expect(LEXICONS.length).toBeGreaterThan(20);
    expect(new Set(LEXICONS.map((l) => l.name)).size).toBe(LEXICONS.length);
  });

  describe.each(LEXICONS.map((l) => [l.name, l] as const))("%s", (_name, lexicon) => {
    it("is not empty", () => expect(lexicon.words.length).toBeGreaterThan(0));

    it("has trimmed NFC entries in the form its matcher expects", () => {
      for (const w of lexicon.words) {
        expect(w).toBe(w.trim());
        expect(w).toBe(w.normalize("NFC"));
        if (lexicon.form === "lower") expect(w).toBe(w.toLowerCase());
        else expect(w[0]).toBe(w[0].toUpperCase());
      }
    });

    it("is sorted and free of duplicates", () => {
      const sortedUnique = [...new Set(lexicon.words)].sort();
      expect(lexicon.words).toEqual(sortedUnique);
    });
  });

  it("gives each separable verb form one entry and no form both with and without a particle", () => {
    const forms = PARTICLE_VERBS.map(([form]) => form);
    expect(new Set(forms).size).toBe(forms.length);
    expect(forms.filter((f) => SPEECH_VERB_FORMS.includes(f))).toEqual([]);
    expect(SPEECH_VERBS.size).toBe(forms.length + SPEECH_VERB_FORMS.length);
  });
});
