// The verb prefixes are one list with stated subsets (lib/extraction/lexicon/verb-prefixes.ts);
// each morphology check reads its subset from there.
import {
  GE_PARTICIPLE_PARTICLES,
  INSEPARABLE_PREFIXES,
  PARTICIPLE_NOUN_PREFIXES,
  prefixPattern,
  SEPARABLE_PARTICLES,
  TWO_WAY_PREFIXES,
  VERB_PREFIXES,
} from "@/lib/extraction/lexicon/verb-prefixes";
import { hasKonjunktivShape } from "@/lib/extraction/quotes/konjunktiv-form";

describe("verb prefixes", () => {
  test("the three kinds do not overlap", () => {
    const all = [...SEPARABLE_PARTICLES, ...INSEPARABLE_PREFIXES, ...TWO_WAY_PREFIXES];
    expect(new Set(all).size).toBe(all.length);
  });

  test("the subsets are what their comments say", () => {
    expect(VERB_PREFIXES).toEqual([...SEPARABLE_PARTICLES, ...INSEPARABLE_PREFIXES, ...TWO_WAY_PREFIXES].sort());
    expect(PARTICIPLE_NOUN_PREFIXES).toEqual([...VERB_PREFIXES, "ge"].sort());
    expect(GE_PARTICIPLE_PARTICLES).toEqual(expect.arrayContaining(["ab", "fest", "zurück", "über"]));
    for (const inseparable of INSEPARABLE_PREFIXES) expect(GE_PARTICIPLE_PARTICLES).not.toContain(inseparable);
  });

  test("a prefix pattern tries the longest prefix first", () => {
    const pattern = new RegExp(`^(?:${prefixPattern(["zu", "zurück", "ab"])})`);
    expect("zurückweisen".replace(pattern, "")).toBe("weisen");
    expect("zuweisen".replace(pattern, "")).toBe("weisen");
  });

  test("'-weise' after a long separable particle is a verb form, not an adverb", () => {
    expect(hasKonjunktivShape("zurückweise")).toBe(true);
    expect(hasKonjunktivShape("nachweise")).toBe(true);
    expect(hasKonjunktivShape("teilweise")).toBe(false);
  });
});
