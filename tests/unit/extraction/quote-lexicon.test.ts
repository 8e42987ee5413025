// The quotation layer's word lists stay normalised: lower-case, trimmed, no duplicates.
import * as words from "@/lib/extraction/lexicon/quote-words";
import * as konjunktivWords from "@/lib/extraction/lexicon/konjunktiv";
import {
  GOVERNING_PARTICLES,
  IRREGULAR_SPEECH_VERBS,
  REPORTED_OBJECT_WORDS,
  REPORTED_SPEECH_LEMMAS,
  WEAK_SPEECH_VERBS,
} from "@/lib/extraction/lexicon/quote-speech-verbs";
import { speechVerbReadings } from "@/lib/extraction/quotes/morphology";
import { LIGHT_VERB_CUES } from "@/lib/extraction/lexicon/light-verb-cues";
import { IRREGULAR_INFINITIVE_CUE_VERBS, WEAK_INFINITIVE_CUE_VERBS } from "@/lib/extraction/lexicon/infinitive-cue-verbs";
import { infinitiveCueReadings } from "@/lib/extraction/quotes/morphology";

const lists = Object.entries(words).filter(([, v]) => Array.isArray(v)) as [string, readonly string[]][];

describe("quotation lexicons", () => {
  it.each(lists)("%s is lower-case, trimmed and free of duplicates", (_name, list) => {
    for (const w of list) expect(w).toBe(w.trim().toLowerCase());
    expect(new Set(list).size).toBe(list.length);
  });

  it.each(Object.entries(konjunktivWords).filter(([, v]) => Array.isArray(v)) as [string, readonly string[]][])(
    "%s (Konjunktiv I recogniser) is lower-case, sorted and free of duplicates",
    (_name, list) => {
      for (const w of list) expect(w).toBe(w.trim().toLowerCase());
      expect(list).toEqual([...new Set(list)].sort((a, b) => a.localeCompare(b, "de")));
    },
  );

  it("speech verbs are lower-case and listed once", () => {
    const weak = WEAK_SPEECH_VERBS.map((v) => `${v.particle}|${v.stem}`);
    expect(new Set(weak).size).toBe(weak.length);
    for (const v of WEAK_SPEECH_VERBS) expect(v.stem).toBe(v.stem.toLowerCase());
    for (const v of IRREGULAR_SPEECH_VERBS) {
      expect(new Set(v.forms).size).toBe(v.forms.length);
      for (const f of v.forms) expect(f).toBe(f.toLowerCase());
    }
  });

  it("reported-speech lemmas are lower-case; those needing an object word are among them", () => {
    for (const l of REPORTED_SPEECH_LEMMAS) expect(l).toBe(l.trim().toLowerCase());
    for (const [l, word] of REPORTED_OBJECT_WORDS) {
      expect(REPORTED_SPEECH_LEMMAS.has(l)).toBe(true);
      expect(word).toBe(word.trim().toLowerCase());
    }
  });

  it("governing particles are lower-case, listed once and particles of listed speech verbs", () => {
    const particles = new Set([...WEAK_SPEECH_VERBS, ...IRREGULAR_SPEECH_VERBS].map((v) => v.particle));
    for (const p of GOVERNING_PARTICLES) {
      expect(p).toBe(p.trim().toLowerCase());
      expect(particles.has(p)).toBe(true);
    }
    expect(new Set(GOVERNING_PARTICLES).size).toBe(GOVERNING_PARTICLES.length);
  });

  it("light-verb cues are lower-case, sorted and listed once", () => {
    const lemmas = LIGHT_VERB_CUES.map((c) => c.lemma);
    expect(lemmas).toEqual([...new Set(lemmas)].sort((a, b) => a.localeCompare(b, "de")));
    for (const c of LIGHT_VERB_CUES)
      for (const list of [c.verbForms, c.nouns]) {
        for (const w of list) expect(w).toBe(w.trim().toLowerCase());
        expect(list).toEqual([...new Set(list)].sort((a, b) => a.localeCompare(b, "de")));
      }
  });

  it("weak verbs are conjugated (present, past, participle, separable particle)", () => {
    expect(speechVerbReadings("sagte")).toEqual([{ lemma: "sagen", particle: "" }]);
    expect(speechVerbReadings("berichtete")[0].lemma).toBe("berichten");
    expect(speechVerbReadings("erklärt").length).toBeGreaterThan(0);
    expect(speechVerbReadings("teilte")).toEqual([{ lemma: "mitteilen", particle: "mit" }]);
    expect(speechVerbReadings("mitgeteilt")).toEqual([{ lemma: "mitteilen", particle: "" }]);
    expect(speechVerbReadings("kritisiert")[0].lemma).toBe("kritisieren");
    expect(speechVerbReadings("gekritisiert")).toEqual([]);
    expect(speechVerbReadings("haus")).toEqual([]);
  });

  it("directive and commissive verbs of cue.infinitive-head are lower-case, sorted, listed once and no speech verbs", () => {
    const weak = WEAK_INFINITIVE_CUE_VERBS.map((v) => `${v.stem}|${v.particle}`);
    expect(weak).toEqual([...new Set(weak)].sort((a, b) => a.localeCompare(b, "de")));
    const lemmas = IRREGULAR_INFINITIVE_CUE_VERBS.map((v) => `${v.lemma}|${v.particle}`);
    expect(lemmas).toEqual([...new Set(lemmas)].sort((a, b) => a.localeCompare(b, "de")));
    for (const v of IRREGULAR_INFINITIVE_CUE_VERBS)
      for (const list of [v.forms, v.participles]) {
        for (const w of list) expect(w).toBe(w.trim().toLowerCase());
        expect(list).toEqual([...new Set(list)].sort((a, b) => a.localeCompare(b, "de")));
      }
    for (const form of ["anordnete", "angeordnet", "beauftragt", "entschloss"])
      expect(speechVerbReadings(form).map((r) => r.lemma)).toEqual([]);
  });

  it("directive verbs are conjugated; a participle is marked as such", () => {
    expect(infinitiveCueReadings("ordnete")).toEqual([{ lemma: "anordnen", particle: "an", participle: false }]);
    expect(infinitiveCueReadings("angeordnet")).toEqual([{ lemma: "anordnen", particle: "", participle: true }]);
    expect(infinitiveCueReadings("beauftragt")).toEqual([{ lemma: "beauftragen", particle: "", participle: false }]);
    expect(infinitiveCueReadings("entschlossen")[0].participle).toBe(true);
    expect(infinitiveCueReadings("sagte")).toEqual([]);
  });
});
