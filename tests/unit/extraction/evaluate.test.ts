// Scoring logic of the dev-set evaluation.
import { actorsMatch, matchClaims, normaliseActor, overall, scoreFile, goldClaims } from "@/lib/extraction/evaluate";

const c = (start: number, end: number, actor = "", party = "NONE", caveat = false) => ({ start, end, actor, party, caveat });

describe("evaluate", () => {
  it("normalises and matches actors", () => {
    expect(normaliseActor("US-Regierung")).toBe("us regierung");
    expect(actorsMatch("Selenskyj", "Wolodymyr Selenskyj")).toBe(true);
    expect(actorsMatch("us regierung", "US-Regierung")).toBe(true);
    expect(actorsMatch("Putin", "Selenskyj")).toBe(false);
    expect(actorsMatch("", "")).toBe(true);
    expect(actorsMatch("", "Kreml")).toBe(false);
  });

  it("matches overlapping spans one-to-one", () => {
    const gold = [c(0, 5), c(10, 15)];
    const pred = [c(3, 12)];
    expect(matchClaims(gold, pred)).toHaveLength(1);
    expect(matchClaims([c(0, 5)], [c(0, 2), c(3, 5)])).toHaveLength(1);
    expect(matchClaims([c(0, 5)], [c(5, 8)])).toHaveLength(0);
  });

  it("computes precision, recall, F1 and attribute accuracy", () => {
    const gold = [c(0, 5, "Kreml", "RU", true), c(10, 15, "", "NONE"), c(20, 25, "Nato", "NATO")];
    const pred = [c(0, 5, "Kreml", "RU", false), c(10, 15, "Ukraine", "UA"), c(30, 35)];
    const s = scoreFile("x", gold, pred);
    expect([s.tp, s.fp, s.fn]).toEqual([2, 1, 1]);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo(2 / 3);
    expect(s.actorCorrect).toBe(1);
    expect(s.partyCorrect).toBe(1);
    expect(s.caveatCorrect).toBe(1);
    expect(s.misses).toHaveLength(1);
    expect(s.falsePositives).toHaveLength(1);
    const o = overall([s, scoreFile("y", [], [])]);
    expect(o.tp).toBe(2);
    expect(o.actorAccuracy).toBeCloseTo(0.5);
  });

  it("scores event and counted thing only where the gold claim has them", () => {
    const thing = (lemma: string, attribute = "") => ({ lemma, attribute });
    const gold = [
      { ...c(0, 5), event: "getötet", thing: thing("Mensch") },
      { ...c(10, 15), event: "entsandt", thing: thing("Soldat", "KP") },
      { ...c(20, 25), event: "", thing: thing("Kilometer") },
      c(30, 35),
    ];
    const pred = [
      { ...c(0, 5), event: "getötet", thing: thing("mensch") },
      { ...c(10, 15), event: "eingetroffen", thing: thing("Soldat") },
      { ...c(20, 25), event: "", thing: thing("Kilometern") },
      { ...c(30, 35), event: "verletzt", thing: thing("Drohne") },
    ];
    const s = scoreFile("x", gold, pred);
    expect(s.countedMatched).toBe(3);
    expect([s.eventCorrect, s.lemmaCorrect, s.attributeCorrect, s.thingCorrect]).toEqual([2, 2, 2, 1]);
    expect(s.countedMismatches.map((m) => `${m.field}:${m.gold.start}`)).toEqual(["event:10", "attribute:10", "lemma:20"]);
    const o = overall([s]);
    expect(o.eventAccuracy).toBeCloseTo(2 / 3);
    expect(o.thingAccuracy).toBeCloseTo(1 / 3);
    expect(goldClaims([{ start: 0, end: 1, event: "", thing: { lemma: "Euro", attribute: "" } }])[0].thing).toEqual(
      thing("Euro"),
    );
    expect(goldClaims([{ start: 0, end: 1 }])[0].event).toBeUndefined();
  });

  it("reads gold files with or without a claims wrapper", () => {
    expect(goldClaims({ claims: [{ start: 1, end: 2, actor: "A", party: "UA", caveat: true }] })[0].party).toBe("UA");
    expect(goldClaims([{ start: 1, end: 2 }])[0].party).toBe("NONE");
    expect(() => goldClaims({})).toThrow();
  });
});
