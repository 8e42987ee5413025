// Clustering rules and source tracing without a database.
import { assignClaims, clusterRules, valuesDisagree, type ClusterCandidate } from "@/lib/clusters/rules";
import { corroborationLine, flagLabels, traceCluster } from "@/lib/clusters/trace";

const rules = clusterRules({ tolerancePercent: 20, agreementPercent: 5, windowDays: 14 });
const day = (d: number) => new Date(Date.UTC(2024, 10, d));
const claim = (claimId: string, value: number, at: Date | null, event = "entsandt"): ClusterCandidate => ({
  claimId,
  value,
  publishedAt: at,
  event,
  thingLemma: "Soldat",
  thingAttribute: "KP",
});

describe("assignClaims", () => {
  it("puts 'mehr als 10.000' and '11.000' in one cluster, and flags the discrepancy", () => {
    const a = assignClaims([], [claim("a", 10_000, day(4)), claim("b", 11_000, day(6))], rules);
    expect(a.members.get("a")).toBe(a.members.get("b"));
    expect(valuesDisagree([10_000, 11_000], rules)).toBe(true);
    expect(valuesDisagree([50_000, 50_000], rules)).toBe(false);
  });

  it("keeps killed and injured apart even with the same number and thing", () => {
    const a = assignClaims([], [claim("killed", 14, day(4), "getötet"), claim("injured", 14, day(4), "verletzt")], rules);
    expect(a.members.get("killed")).not.toBe(a.members.get("injured"));
  });

  it("starts a new cluster beyond the value tolerance or the time window", () => {
    const a = assignClaims([], [claim("a", 10_000, day(1)), claim("far", 50_000, day(1)), claim("late", 10_000, day(28))], rules);
    expect(new Set(a.members.values()).size).toBe(3);
  });

  it("lets an undated report join by value", () => {
    const a = assignClaims([], [claim("dated", 10_000, day(1)), claim("undated", 10_500, null)], rules);
    expect(a.members.get("dated")).toBe(a.members.get("undated"));
  });

  it("joins an existing cluster, widening it, and bridges two clusters a new value connects", () => {
    const existing = [
      {
        id: 1,
        event: "entsandt",
        thingLemma: "Soldat",
        thingAttribute: "KP",
        minValue: 10_000,
        maxValue: 10_000,
        firstAt: day(1),
        lastAt: day(1),
      },
      {
        id: 2,
        event: "entsandt",
        thingLemma: "Soldat",
        thingAttribute: "KP",
        minValue: 14_000,
        maxValue: 14_000,
        firstAt: day(2),
        lastAt: day(2),
      },
    ];
    const a = assignClaims(existing, [claim("bridge", 11_900, day(3))], rules);
    expect(a.clusters[a.members.get("bridge")!].id).toBe(1);
    expect(a.merged).toEqual([{ from: 1, into: 0 }]);
    expect(a.clusters[0]).toMatchObject({ minValue: 10_000, maxValue: 14_000, lastAt: day(3) });
  });
});

describe("traceCluster", () => {
  const conflict = ["RU", "UA"] as const;
  it("one source behind several articles is circular reporting by a conflict party", () => {
    const t = traceCluster(
      [
        { claimId: "1", articleId: "A", value: 11_000, valueText: "11.000", sources: [{ actor: "Selenskyj", party: "UA" }] },
        { claimId: "2", articleId: "B", value: 11_000, valueText: "11.000", sources: [{ actor: "Selenskyj", party: "UA" }] },
      ],
      [...conflict],
      rules,
    );
    expect(flagLabels(t)).toEqual(["eine Quelle", "nur Konfliktparteien"]);
    expect(corroborationLine(1, t)).toBe(
      "Auch gemeldet in 1 Artikel – Ursprung: Selenskyj (UA, Konfliktpartei), keine unabhängige Bestätigung",
    );
  });

  it("counts independent sources and lists who says what when values disagree", () => {
    const t = traceCluster(
      [
        {
          claimId: "1",
          articleId: "A",
          value: 10_000,
          valueText: "mehr als 10.000",
          sources: [
            { actor: "US-Regierung", party: "US" },
            { actor: "Ukraine", party: "UA" },
          ],
        },
        { claimId: "2", articleId: "B", value: 11_000, valueText: "11.000", sources: [{ actor: "Selenskyj", party: "UA" }] },
      ],
      [...conflict],
      rules,
    );
    expect(t.independentSources).toBe(1);
    expect(flagLabels(t)).toEqual(["Abweichung"]);
    expect(t.values).toEqual([
      { value: 11_000, valueTexts: ["11.000"], actors: ["Selenskyj"] },
      { value: 10_000, valueTexts: ["mehr als 10.000"], actors: ["US-Regierung", "Ukraine"] },
    ]);
    expect(corroborationLine(2, t)).toMatch(/, 1 unabhängige Quelle$/);
  });
});
