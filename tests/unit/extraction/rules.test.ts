// The cue rule registry: rules are data with unique ids, and every claim's explanation names the
// rules that fired (cue rule, carry-over path, party rule), which the evaluation counts per rule.
import { SENTENCE_RULES, TOKEN_RULES } from "@/lib/extraction/rules";
import { buildCueContext } from "@/lib/extraction/rules/context";
import { AttributionContext } from "@/lib/extraction/attribution";
import { DEFAULT_ACTORS, getMatcher } from "@/lib/extraction/extract";
import { tokenize } from "@/lib/extraction/tokens";
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

  it("asks a token rule's trigger only at its trigger words", () => {
    const sentences = [
      "Laut der Feuerwehr und gemäß dem Bericht wurden 14 Menschen gerettet.",
      "Unter Berufung auf die Polizei hieß es, nach Angaben des Amtes seien 9 Autos beschädigt.",
      "Dem Verband zufolge kamen 30 Gäste, so der Sprecher, und die Stadt teilte mit, es gebe Hilfe.",
      "„Wir helfen“, sagte die Leiterin, so wie sie es versprach; hieß es nicht so?",
    ];
    const memory = new AttributionContext(getMatcher(DEFAULT_ACTORS));
    let triggered = 0;
    for (const sentence of sentences) {
      const tokens = tokenize(sentence);
      const cx = buildCueContext(tokens, memory, 0, null);
      for (let k = 0; k < tokens.length; k++)
        for (const rule of TOKEN_RULES)
          if (rule.trigger(cx, k)) {
            triggered++;
            expect([rule.id, rule.triggerWords.has(tokens[k].lower)]).toEqual([rule.id, true]);
          }
    }
    expect(triggered).toBeGreaterThan(8);
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
