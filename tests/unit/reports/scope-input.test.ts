// The one scope schema of the report builder (form, URL, server action, API): blanks are "not
// set", at least one filter is required, dates in order, known statuses and parties only,
// picked claims as a comma list or a JSON array, deduplicated and capped.
import { parseInput } from "@/lib/claims/validate";
import {
  DATE_MESSAGE,
  DATE_ORDER_MESSAGE,
  MAX_SCOPE_CLAIMS,
  PARTY_MESSAGE,
  reportScopeSchema,
  SCOPE_REQUIRED_MESSAGE,
  scopeCriteria,
  scopeFormValues,
  scopeQuery,
  STATUS_MESSAGE,
  TOO_MANY_CLAIMS_MESSAGE,
  CLAIMS_MESSAGE,
  MAX_SCOPE_SEARCH_LENGTH,
  SEARCH_MESSAGE,
} from "@/lib/reports/scope-input";

const errorsOf = (input: unknown) => {
  try {
    parseInput(reportScopeSchema, input);
    return {};
  } catch (error) {
    return (error as { fieldErrors: Record<string, string> }).fieldErrors;
  }
};

test("a combined scope from a URL becomes the loader's criteria; blanks are not set", () => {
  const values = scopeFormValues(
    new URLSearchParams("outlet=+Tagesspiegel+&from=2026-11-01&to=2026-11-20&status=APPROVED&party=&x=1"),
  );
  expect(scopeCriteria(parseInput(reportScopeSchema, values))).toEqual({
    outlet: "Tagesspiegel",
    publishedFrom: "2026-11-01",
    publishedTo: "2026-11-20",
    status: "APPROVED",
  });
  expect(scopeQuery(values)).toBe("from=2026-11-01&to=2026-11-20&outlet=Tagesspiegel&status=APPROVED");
});

test("picked claims: a comma list or a JSON array, repeats dropped, at most the cap", () => {
  expect(parseInput(reportScopeSchema, { claims: "a1, b2,a1," }).claims).toEqual(["a1", "b2"]);
  expect(parseInput(reportScopeSchema, { claims: ["a1", "b2"] }).claims).toEqual(["a1", "b2"]);
  const many = Array.from({ length: MAX_SCOPE_CLAIMS + 1 }, (_, index) => `c${index}`);
  expect(errorsOf({ claims: many.join(",") })).toEqual({ claims: TOO_MANY_CLAIMS_MESSAGE });
  expect(errorsOf({ claims: "a1,<script>" })).toEqual({ claims: CLAIMS_MESSAGE });
});

test("bad input gets a German message per field", () => {
  expect(errorsOf({})).toEqual({ _form: SCOPE_REQUIRED_MESSAGE });
  expect(errorsOf({ article: " ", outlet: "" })).toEqual({ _form: SCOPE_REQUIRED_MESSAGE });
  expect(errorsOf({ from: "2026-11-20", to: "2026-11-01" })).toEqual({ to: DATE_ORDER_MESSAGE });
  expect(errorsOf({ from: "20.11.2026" })).toEqual({ from: DATE_MESSAGE });
  expect(errorsOf({ status: "DONE", party: "XX" })).toEqual({ status: STATUS_MESSAGE, party: PARTY_MESSAGE });
});

test("the queue's search text is a scope of its own: trimmed, in the URL after the actor, at most the queue's length", () => {
  const values = scopeFormValues(new URLSearchParams("q=+Drohnen+Kiew+&party=UA"));
  expect(scopeCriteria(parseInput(reportScopeSchema, values))).toEqual({ party: "UA", search: "Drohnen Kiew" });
  expect(scopeQuery(values)).toBe("party=UA&q=Drohnen+Kiew");
  expect(scopeCriteria(parseInput(reportScopeSchema, { q: "„11.000“" }))).toEqual({ search: "„11.000“" });
  expect(errorsOf({ q: "x".repeat(MAX_SCOPE_SEARCH_LENGTH + 1) })).toEqual({ q: SEARCH_MESSAGE });
  expect(errorsOf({ q: "   " })).toEqual({ _form: SCOPE_REQUIRED_MESSAGE });
});
