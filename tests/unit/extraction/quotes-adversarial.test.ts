// Hostile input for the quotation layer: it must finish and stay bounded. No timing here; the
// linearity ratio (size doubled → time about doubled) is measured by `npm run bench:quotes`.
import { findQuotes, directQuoteSpans } from "@/lib/extraction/quotes";
import { getMatcher } from "@/lib/extraction/extract";
import { DEFAULT_ACTORS } from "@/lib/extraction/actors";
import { tokenize } from "@/lib/extraction/tokens";

const matcher = getMatcher(DEFAULT_ACTORS);

const HOSTILE: [string, string][] = [
  ["100 000 opening marks", "„".repeat(100_000)],
  ["a quotation that never closes", "„Es ist so, sagte er, dass " + "wir warten und warten ".repeat(20_000)],
  ["many unclosed quotations with cues", "„Es sind 500 Soldaten, sagte er ".repeat(5_000)],
  ["cue chains", "sagte, dass ".repeat(20_000)],
  ["source chains", "laut der laut der ".repeat(10_000) + "Polizei."],
  ["closing marks only", "“".repeat(100_000)],
  ["straight quotes", '"a" '.repeat(30_000)],
];

describe("quotation layer on hostile input", () => {
  it.each(HOSTILE)("%s finishes with quotations inside the text", (_name, text) => {
    const qs = findQuotes(text, matcher);
    const outside = qs.filter((q) => q.start < 0 || q.end > text.length || q.start >= q.end);
    expect(outside).toEqual([]);
  });

  it("100 000 opening marks are one unclosed quotation, found in one pass", () => {
    const { spans, unclosed } = directQuoteSpans(tokenize("„".repeat(100_000)));
    expect(spans).toEqual([{ first: 0, last: 99_999 }]);
    expect(unclosed).toBe(true);
  });
});
