// The cue rule registry: rules are data with unique ids, and every claim's explanation names the
// rules that fired (cue rule, carry-over path, party rule), which the evaluation counts per rule.
import { SENTENCE_RULES, TOKEN_RULES } from "@/lib/extraction/rules";
import { errorsByRule, rulesOfExplanation, scoreFile } from "@/lib/extraction/evaluate";
import { claimFor } from "./helpers";

const rulesOf = (text: string, value: string): string[] => rulesOfExplanation(claimFor(text, value).explanation);

describe("cue rule registry", () => {
  it("has unique, lower-case ids and a German description for every rule", () => {
    const all = [...TOKEN_RULES, ...SENTENCE_RULES];
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    for (const r of all) {
      expect(r.id).toMatch(/^[a-z][a-z-]*$/);
      expect(r.description.length).toBeGreaterThan(10);
    }
  });

  it("names the cue rule and the party rule in the explanation", () => {
    expect(rulesOf("Laut der Feuerwehr wurden 14 Menschen gerettet.", "14")).toEqual(["laut", "party:as-found"]);
    expect(rulesOf("Nach Angaben der Polizei wurden 9 Autos beschädigt.", "9")).toEqual(["nach-angaben", "party:as-found"]);
    expect(rulesOf("Die Feuerwehr teilte mit, dass 23 Keller überflutet seien.", "23")).toEqual([
      "speech-verb",
      "party:as-found",
    ]);
  });

  it("names the carry-over path when the source comes from the sentence before", () => {
    const text = "Die Feuerwehr teilte mit, es gebe viele Einsätze. Insgesamt seien 41 Keller überflutet.";
    expect(rulesOf(text, "41")).toEqual(["speech-verb", "carry-reported", "party:as-found"]);
    expect(rulesOf("Am Dienstag wurden 12 Bäume gepflanzt.", "12")).toEqual(["unattributed"]);
  });

  it("counts errors per rule id in the evaluation", () => {
    const gold = [
      { start: 0, end: 2, actor: "Feuerwehr", party: "DE", caveat: false },
      { start: 10, end: 12, actor: "", party: "NONE", caveat: false },
    ];
    const pred = [
      { start: 0, end: 2, actor: "Polizei", party: "DE", caveat: false, rules: ["speech-verb", "party:as-found"] },
      { start: 10, end: 12, actor: "", party: "NONE", caveat: false, rules: ["unattributed"] },
      { start: 20, end: 22, actor: "Polizei", party: "DE", caveat: false, rules: ["laut", "party:as-found"] },
    ];
    const byRule = new Map(errorsByRule([scoreFile("x", gold, pred)]).map((r) => [r.rule, r]));
    expect(byRule.get("speech-verb")).toMatchObject({ claims: 1, actorErrors: 1, partyErrors: 0, falsePositives: 0 });
    expect(byRule.get("laut")).toMatchObject({ claims: 0, falsePositives: 1 });
    expect(byRule.get("unattributed")).toMatchObject({ claims: 1, actorErrors: 0 });
  });
});
