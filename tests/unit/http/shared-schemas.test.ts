// The forms' and the domain's shared zod schemas refuse characters PostgreSQL cannot store in
// every text field, naming the field, and count invisible-only required text as empty. The
// same schemas run in the browser, so editors see the message before anything is sent.
import type { z } from "zod";
import { articleTextSchema } from "@/lib/articles/ingest-schema";
import { addClaimSchema, correctionSchema } from "@/lib/claims/correction-schemas";
import { attributionVerdictSchema } from "@/lib/reviews/attribution-verdict-schema";
import { contentVerdictBaseSchema } from "@/lib/reviews/content-verdict-schema";

type Input = Record<string, unknown>;
const CASES: {
  name: string;
  schema: z.ZodType;
  valid: Input;
  field: string;
  label: string;
  set: (i: Input, v: string) => void;
}[] = [
  ...(["title", "outlet", "stand", "url", "publishedAt", "text"] as const).map((field) => ({
    name: "article",
    schema: articleTextSchema as z.ZodType,
    valid: { title: "T", outlet: "O", stand: "heute", url: "https://x.de", publishedAt: "2024-11-06T11:15", text: "Text" },
    field,
    label: {
      title: "Titel",
      outlet: "Medium",
      stand: "Stand",
      url: "URL",
      publishedAt: "Veröffentlicht am",
      text: "Artikeltext",
    }[field],
    set: (i: Input, v: string) => (i[field] = `${i[field]}${v}`),
  })),
  {
    name: "content verdict",
    schema: contentVerdictBaseSchema,
    valid: { verdict: "DISPUTED", rationale: "R", evidence: [{ url: "https://x.de", note: "N", independent: false }] },
    field: "rationale",
    label: "Begründung",
    set: (i, v) => (i.rationale = v),
  },
  {
    name: "content verdict",
    schema: contentVerdictBaseSchema,
    valid: { verdict: "DISPUTED", rationale: "R", evidence: [{ url: "https://x.de", note: "N", independent: false }] },
    field: "evidence.0.note",
    label: "Notiz",
    set: (i, v) => ((i.evidence as Input[])[0].note = `N${v}`),
  },
  {
    name: "attribution verdict",
    schema: attributionVerdictSchema,
    valid: { verdict: "MISATTRIBUTED", originalUrl: "", correctSource: "Generalstab", rationale: "" },
    field: "correctSource",
    label: "Richtige Quelle",
    set: (i, v) => (i.correctSource = `G${v}`),
  },
  {
    name: "correction",
    schema: correctionSchema,
    valid: { kind: "ACTOR_PARTY", actorName: "Generalstab", party: "UA", official: true },
    field: "actorName",
    label: "Quelle",
    set: (i, v) => (i.actorName = v),
  },
  {
    name: "added claim",
    schema: addClaimSchema,
    valid: { start: 0, end: 2, valueText: "50", value: "50", what: "Drohnen", actorName: "", party: "NONE", official: false },
    field: "what",
    label: "Gezähltes",
    set: (i, v) => (i.what = `D${v}`),
  },
];

const firstMessage = (schema: z.ZodType, input: Input, field: string) =>
  schema.safeParse(input).error?.issues.find((issue) => issue.path.join(".") === field)?.message;

describe.each(CASES)("$name: $field", ({ schema, valid, field, label, set }) => {
  it("accepts the valid input", () => {
    expect(schema.safeParse(valid).success).toBe(true);
  });

  it.each([
    ["NUL", "\u0000", "ein Nullzeichen (U+0000)"],
    ["lone high surrogate", "\uD800", "ein unvollständiges Unicode-Zeichen (einzelnes Surrogat)"],
    ["lone low surrogate", "\uDFFF", "ein unvollständiges Unicode-Zeichen (einzelnes Surrogat)"],
  ])("refuses a %s, naming the field", (_kind, char, words) => {
    const input = structuredClone(valid);
    set(input, char);
    expect(firstMessage(schema, input, field)).toBe(
      `„${label}“ enthält ${words}, das nicht gespeichert werden kann. Bitte das Zeichen entfernen oder den Text erneut aus der Quelle kopieren.`,
    );
  });
});

it.each([
  [articleTextSchema, { title: "\u200B", outlet: "O", text: "T" }, "title", "„Titel“ darf nicht leer sein"],
  [articleTextSchema, { title: "T", outlet: "O", text: "\u200B\n\u2060\u0007" }, "text", "„Artikeltext“ darf nicht leer sein"],
  [
    contentVerdictBaseSchema,
    { verdict: "UNVERIFIABLE", rationale: "\u200C", evidence: [] },
    "rationale",
    "„Begründung“ darf nicht leer sein",
  ],
  [
    addClaimSchema,
    { start: 0, end: 2, valueText: "50", value: "50", what: "\u2060", actorName: "", party: "NONE", official: false },
    "what",
    "„Gezähltes“ darf nicht leer sein",
  ],
] as const)("invisible-only required text counts as empty (%#)", (schema, input, field, message) => {
  expect(firstMessage(schema as z.ZodType, input, field)).toMatch(new RegExp(`^${message}`));
});

it("a correct source of only zero-width characters is missing for „falsch zugeordnet“", () => {
  const input = { verdict: "MISATTRIBUTED", originalUrl: "", correctSource: "\u200B", rationale: "" };
  expect(firstMessage(attributionVerdictSchema, input, "correctSource")).toBe(
    "Für „falsch zugeordnet“ bitte die richtige Quelle angeben.",
  );
});
