// Untrusted text in the Markdown report can neither format, link nor inject HTML.
import { mdText } from "@/lib/reports/markdown";
import { shortClaim } from "@/lib/reports/jsonld";

test("Markdown and HTML syntax in article text is escaped, line breaks flattened", () => {
  expect(mdText("<img src=x onerror=alert(1)> *fett* [klick](http://evil) | `code` # _x_ ~y~\nzweite Zeile")).toBe(
    "\\<img src=x onerror=alert(1)\\> \\*fett\\* \\[klick\\](http://evil) \\| \\`code\\` \\# \\_x\\_ \\~y\\~ zweite Zeile",
  );
});

test("ClaimReview's claimReviewed is short: long sentences are cut at a word with an ellipsis", () => {
  const sentence = `${"Wort ".repeat(60)}Ende.`;
  const short = shortClaim(sentence);
  expect(short.length).toBeLessThanOrEqual(200);
  expect(short.endsWith("Wort…")).toBe(true);
  expect(shortClaim("  Kurz   und\nbündig. ")).toBe("Kurz und bündig.");
});
