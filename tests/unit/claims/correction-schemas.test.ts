import {
  actorPartyCorrectionSchema,
  addClaimFormSchema,
  addClaimSchema,
  correctionSchema,
  firstNumberIn,
  parseGermanNumber,
} from "@/lib/claims/correction-schemas";

test.each([
  ["11.000", 11000],
  ["2,5", 2.5],
  ["1.234,5", 1234.5],
  ["500", 500],
  ["1 000", 1000],
  ["11000", 11000],
  ["viele", null],
  ["1.2", null],
  ["", null],
  ["-3", null],
])("parseGermanNumber(%j) = %j", (text, value) => {
  expect(parseGermanNumber(text)).toBe(value);
});

test("firstNumberIn picks the number out of a selection", () => {
  expect(firstNumberIn("mehr als 11.000")).toBe("11.000");
  expect(firstNumberIn("rund 2,5 Millionen")).toBe("2,5");
  expect(firstNumberIn("zwei")).toBe("");
});

test("actor/party correction: party must be one of the nine, actor may be empty (newsroom)", () => {
  expect(actorPartyCorrectionSchema.safeParse({ actorName: " ", party: "UA", official: false }).success).toBe(true);
  const bad = actorPartyCorrectionSchema.safeParse({ actorName: "x", party: "FR", official: false });
  expect(bad.success).toBe(false);
  expect(bad.error?.issues[0].message).toBe("Bitte eine Partei wählen.");
});

test("corrections are a tagged union", () => {
  expect(correctionSchema.safeParse({ kind: "NOT_A_CLAIM", notAClaim: true }).success).toBe(true);
  expect(correctionSchema.safeParse({ kind: "ACTOR_PARTY", actorName: "Kreml", party: "RU", official: true }).success).toBe(true);
  expect(correctionSchema.safeParse({ kind: "DELETE" }).success).toBe(false);
});

test("add-claim form and request", () => {
  const form = { value: "1.250", what: "Panzer", actorName: "", party: "NONE", official: false };
  expect(addClaimFormSchema.safeParse(form).success).toBe(true);
  const noValue = addClaimFormSchema.safeParse({ ...form, value: "viele", what: "" });
  expect(noValue.error?.issues.map((i) => i.path[0]).sort()).toEqual(["value", "what"]);
  expect(addClaimSchema.safeParse({ ...form, start: 3, end: 8, valueText: "1.250" }).success).toBe(true);
  expect(addClaimSchema.safeParse({ ...form, start: 8, end: 3, valueText: "1.250" }).success).toBe(false);
  expect(addClaimSchema.safeParse({ ...form, start: 1.5, end: 3, valueText: "1.250" }).success).toBe(false);
});
