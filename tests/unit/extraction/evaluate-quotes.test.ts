// Scoring of eval:quotes (lib/extraction/evaluate-quotes.ts) on invented documents.
import {
  emptyScore,
  matchQuotes,
  pronounReferent,
  quotesMatch,
  ratios,
  scoreDocument,
  type GoldDocument,
} from "@/lib/extraction/evaluate-quotes";
import type { ExtractedClaim, ExtractedQuote } from "@/lib/extraction/types";

const text = "Anna Roth sagte, es regne. Er sagte, dass es 5 Grad seien.";
const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
const doc: GoldDocument = {
  document: "1",
  text,
  annotations: [
    { type: "Indirect", quote: [at("es regne")], speaker: [at("Anna Roth")], cue: [at("sagte")] },
    { type: "Indirect", quote: [at("dass es 5 Grad seien")], speaker: [at("Er")], cue: [] },
  ],
};
const quote = (span: [number, number], speaker: [number, number] | null, actor: string): ExtractedQuote => ({
  start: span[0],
  end: span[1],
  type: "indirect",
  cue: { start: -1, end: -1, text: "" },
  speaker: speaker ? { start: speaker[0], end: speaker[1], text: text.slice(...speaker) } : null,
  actor,
  party: "OTHER",
  rules: ["test.rule"],
});

describe("eval:quotes scoring", () => {
  it("matches when the overlap is at least half of the shorter quotation, one to one", () => {
    expect(quotesMatch([[0, 10]], [[5, 40]])).toBe(true);
    expect(quotesMatch([[0, 10]], [[6, 40]])).toBe(false);
    expect(
      quotesMatch(
        [
          [0, 4],
          [20, 26],
        ],
        [
          [0, 10],
          [20, 22],
        ],
      ),
    ).toBe(true);
    expect(matchQuotes([[[0, 10]]], [[[0, 10]], [[0, 9]]])).toEqual([[0, 0]]);
  });

  it("among equal overlaps the closest fit matches first (a quotation inside another one)", () => {
    // gold 0: a clause [0, 40) with a quotation; gold 1: the quotation [10, 30) inside it;
    // predicted: the clause and the quotation, each equal to one gold span
    expect(matchQuotes([[[0, 40]], [[10, 30]]], [[[10, 30]], [[0, 40]]])).toEqual(
      expect.arrayContaining([
        [0, 1],
        [1, 0],
      ]),
    );
    // only the quotation predicted: it goes to the gold quotation it equals, not to the clause
    expect(matchQuotes([[[0, 40]], [[10, 30]]], [[[10, 30]]])).toEqual([[1, 0]]);
  });

  it("a gold pronoun refers to the nearest earlier speaker that is not a pronoun", () => {
    expect(pronounReferent(doc, [at("Er")])).toEqual([at("Anna Roth")]);
  });

  it("counts detection, speakers (pronoun via its referent) and numbers inside quotations", () => {
    const score = emptyScore();
    const claim = { start: text.indexOf("5"), end: text.indexOf("5") + 1, sourceStart: -1, sourceEnd: -1, actor: "Anna Roth" };
    scoreDocument(score, doc, {
      quotes: [quote(at("es regne"), at("Anna Roth"), "Anna Roth"), quote(at("dass es 5 Grad seien"), null, "Anna Roth")],
      claims: [claim as ExtractedClaim],
    });
    const r = ratios(score.overall);
    expect([r.precision, r.recall, r.speaker]).toEqual([1, 1, 1]);
    expect(score.numbers).toEqual({ total: 1, correct: 1 });
    expect(score.byRule["test.rule"]).toEqual({ predicted: 2, unmatched: 0, speakerWrong: 0 });
  });

  it("a wrong speaker and a false quotation are counted against their rule", () => {
    const score = emptyScore();
    scoreDocument(score, doc, { quotes: [quote(at("es regne"), at("Er"), "Otto Berg"), quote([0, 4], null, "")], claims: [] });
    expect(score.overall.speakerCorrect).toBe(0);
    expect(score.overall.predictedMatched).toBe(1);
    expect(score.byRule["test.rule"]).toEqual({ predicted: 2, unmatched: 1, speakerWrong: 1 });
  });
});
