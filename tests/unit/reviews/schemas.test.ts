import { attributionVerdictSchema } from "@/lib/reviews/attribution-verdict-schema";
import { contentVerdictRuleViolations, contentVerdictSchema, isHttpUrl } from "@/lib/reviews/content-verdict-schema";

const independent = { url: "https://example.org/a", note: "Satellitenbilder", independent: true };
const partySource = { url: "https://mil.gov.ua/b", note: "Generalstab", independent: false };
const conflictParties = ["RU", "UA"] as const;

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

test.each([
  ["https://example.org/x", true],
  ["http://example.org", true],
  ["javascript:alert(1)", false],
  ["data:text/html,hi", false],
  ["example.org", false],
  ["/relative", false],
])("isHttpUrl(%j) = %j", (url, ok) => {
  expect(isHttpUrl(url)).toBe(ok);
});

describe("content verdict schema", () => {
  const ua = contentVerdictSchema({ party: "UA", conflictParties: [...conflictParties] });
  const us = contentVerdictSchema({ party: "US", conflictParties: [...conflictParties] });

  test("rationale and verdict are required", () => {
    const result = us.safeParse({ verdict: undefined, rationale: " ", evidence: [independent] });
    expect(messages(result)).toMatchObject({ verdict: "Bitte ein Urteil wählen.", rationale: "Bitte eine Begründung angeben." });
  });

  test("each evidence item needs a valid URL and a note", () => {
    const result = us.safeParse({
      verdict: "DISPUTED",
      rationale: "x",
      evidence: [{ url: "nope", note: "", independent: false }],
    });
    expect(Object.keys(messages(result)).sort()).toEqual(["evidence.0.note", "evidence.0.url"]);
  });

  test("a conflict party's claim is verified only with an independent source", () => {
    expect(messages(ua.safeParse({ verdict: "VERIFIED", rationale: "x", evidence: [partySource] })).evidence).toMatch(
      /Konfliktpartei \(UA\).*unabhängigen Beleg/,
    );
    expect(ua.safeParse({ verdict: "VERIFIED", rationale: "x", evidence: [partySource, independent] }).success).toBe(true);
    expect(ua.safeParse({ verdict: "DISPUTED", rationale: "x", evidence: [partySource] }).success).toBe(true);
    expect(us.safeParse({ verdict: "VERIFIED", rationale: "x", evidence: [partySource] }).success).toBe(true);
  });

  test("the pure rule function is what the schema applies", () => {
    expect(contentVerdictRuleViolations({ verdict: "VERIFIED", evidence: [] }, { party: "RU", conflictParties })).toHaveLength(2);
    expect(contentVerdictRuleViolations({ verdict: "UNVERIFIABLE", evidence: [] }, { party: "RU", conflictParties })).toEqual([]);
    expect(
      contentVerdictRuleViolations({ verdict: "VERIFIED", evidence: [partySource] }, { party: "KP", conflictParties }),
    ).toEqual([]);
    expect(
      contentVerdictRuleViolations({ verdict: "VERIFIED", evidence: [partySource] }, { party: "KP", conflictParties: ["KP"] }),
    ).toHaveLength(1);
  });
});

describe("attribution verdict schema", () => {
  const base = { originalUrl: "", correctSource: "", rationale: "" };
  test("CONFIRMED needs the link to the original statement", () => {
    expect(messages(attributionVerdictSchema.safeParse({ ...base, verdict: "CONFIRMED" })).originalUrl).toMatch(
      /Originalaussage/,
    );
    expect(attributionVerdictSchema.safeParse({ ...base, verdict: "CONFIRMED", originalUrl: "https://t.me/x/1" }).success).toBe(
      true,
    );
  });
  test("MISATTRIBUTED needs the correct source", () => {
    expect(messages(attributionVerdictSchema.safeParse({ ...base, verdict: "MISATTRIBUTED" })).correctSource).toMatch(
      /richtige Quelle/,
    );
    expect(attributionVerdictSchema.safeParse({ ...base, verdict: "MISATTRIBUTED", correctSource: "Kreml" }).success).toBe(true);
  });
  test("NOT_FOUND needs nothing but an optional link must still be valid", () => {
    expect(attributionVerdictSchema.safeParse({ ...base, verdict: "NOT_FOUND" }).success).toBe(true);
    expect(
      messages(attributionVerdictSchema.safeParse({ ...base, verdict: "NOT_FOUND", originalUrl: "ftp://x" })).originalUrl,
    ).toMatch(/Web-Adresse/);
  });
});

test("„falsch zugeordnet“ takes an optional party and flag for a source outside the registry", () => {
  const base = { verdict: "MISATTRIBUTED", originalUrl: "", correctSource: "Weißes Haus", rationale: "" };
  expect(attributionVerdictSchema.safeParse(base).success).toBe(true);
  expect(attributionVerdictSchema.safeParse({ ...base, correctParty: "US", correctOfficial: true }).data).toMatchObject({
    correctParty: "US",
    correctOfficial: true,
  });
  expect(attributionVerdictSchema.safeParse({ ...base, correctParty: "MARS" }).success).toBe(false);
});

describe("independence is checked against the registry's domains (same schema in form and server)", () => {
  const registry = [
    {
      canonicalName: "Verteidigungsministerium Russlands",
      party: "RU" as const,
      official: true,
      domains: ["mil.ru", "t.me/mod_russia"],
    },
    { canonicalName: "Kommersant", party: "RU" as const, official: false, domains: ["kommersant.ru"] },
  ];
  const values = (url: string, independent = true) => ({
    verdict: "VERIFIED",
    rationale: "x",
    evidence: [
      { url: "https://example.org/a", note: "a", independent: false },
      { url, note: "b", independent },
    ],
  });

  test("an official conflict-party channel marked independent is refused with the actor and party", () => {
    const result = contentVerdictSchema({ party: "US", conflictParties: ["RU", "UA"], registry }).safeParse(
      values("https://www.mil.ru/news/1"),
    );
    expect(result.success).toBe(false);
    expect(result.error?.issues).toContainEqual(
      expect.objectContaining({
        path: ["evidence", 1, "independent"],
        message:
          "Beleg 2: mil.ru gehört zu Verteidigungsministerium Russlands (RU, Konfliktpartei) und ist keine unabhängige Quelle.",
      }),
    );
  });

  test.each([
    ["not marked independent", "https://mil.ru/x", false, ["RU", "UA"]],
    ["a non-official medium of the party", "https://kommersant.ru/x", true, ["RU", "UA"]],
    ["RU is no conflict party of this newsroom", "https://mil.ru/x", true, ["UA"]],
    ["another channel on the same platform", "https://t.me/other_channel/1", true, ["RU", "UA"]],
  ] as const)("accepted: %s", (_, url, independent, conflictParties) => {
    expect(contentVerdictSchema({ party: "US", conflictParties, registry }).safeParse(values(url, independent)).success).toBe(
      true,
    );
  });
});
