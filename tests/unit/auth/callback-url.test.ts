import { DEFAULT_AFTER_LOGIN, safeCallbackPath, safeRedirectUrl } from "@/lib/auth/callback-url";

const ELSEWHERE = [
  // protocol-relative and backslash variants (browsers read "\" as "/")
  "//evil.example",
  "//evil.example/articles",
  "///evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "/\\/evil.example",
  "/.\\evil.example",
  // tabs, newlines and other control characters that browsers drop
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "\t//evil.example",
  "/\u0000/evil.example",
  " //evil.example",
  // percent-encoded slashes and backslashes, once and twice
  "/%2F%2Fevil.example",
  "/%2f/evil.example",
  "/%5Cevil.example",
  "/%5C%5Cevil.example",
  "%2F%2Fevil.example",
  "%2f%2fevil.example",
  "/%252F%252Fevil.example",
  "/%09/evil.example",
  "/%0a/evil.example",
  // absolute URLs and other schemes
  "https://evil.example",
  "http://evil.example/articles",
  "HTTPS://evil.example",
  "https:evil.example",
  "https:/evil.example",
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "evil.example",
  "articles",
  "",
  "%",
  "/x".repeat(1001),
];

test.each(ELSEWHERE.map((value) => [JSON.stringify(value).slice(0, 60), value]))("%s lands on /articles", (_label, value) => {
  expect(safeCallbackPath(value)).toBe(DEFAULT_AFTER_LOGIN);
});

test("non-strings land on /articles; of a repeated parameter only the first counts", () => {
  expect(safeCallbackPath(undefined)).toBe(DEFAULT_AFTER_LOGIN);
  expect(safeCallbackPath(null)).toBe(DEFAULT_AFTER_LOGIN);
  expect(safeCallbackPath(42)).toBe(DEFAULT_AFTER_LOGIN);
  expect(safeCallbackPath({ toString: () => "/claims" })).toBe(DEFAULT_AFTER_LOGIN);
  expect(safeCallbackPath(["//evil.example", "/claims"])).toBe(DEFAULT_AFTER_LOGIN);
  expect(safeCallbackPath(["/claims", "//evil.example"])).toBe("/claims");
});

test.each([
  ["/articles", "/articles"],
  ["/claims?status=OPEN&party=RU", "/claims?status=OPEN&party=RU"],
  ["/articles/abc123#claim-4", "/articles/abc123#claim-4"],
  ["/claims?q=%2F%2Fnicht-schlimm", "/claims?q=%2F%2Fnicht-schlimm"],
  ["/articles/../claims", "/claims"],
  ["/Prüf-Warteschlange", "/Pr%C3%BCf-Warteschlange"],
  ["/login", "/login"],
])("same-site path %s is kept (normalised to %s)", (value, expected) => {
  expect(safeCallbackPath(value)).toBe(expected);
});

describe("next-auth's redirect callback", () => {
  const base = "https://quellenlage.example.de";

  test.each(ELSEWHERE.slice(0, 30))("%j goes to /articles on our origin", (value) => {
    expect(safeRedirectUrl(value, base)).toBe(`${base}/articles`);
  });

  test("its own absolute URLs on our origin keep their path", () => {
    expect(safeRedirectUrl(`${base}/claims?status=OPEN`, base)).toBe(`${base}/claims?status=OPEN`);
    expect(safeRedirectUrl("/login", base)).toBe(`${base}/login`);
  });

  test("a look-alike origin is not ours", () => {
    for (const url of [
      "https://quellenlage.example.de.evil.example/claims",
      "https://quellenlage.example.de@evil.example/claims",
      "http://quellenlage.example.de/claims",
      "https://quellenlage.example.de:444/claims",
    ]) {
      expect(safeRedirectUrl(url, base)).toBe(`${base}/articles`);
    }
  });
});
