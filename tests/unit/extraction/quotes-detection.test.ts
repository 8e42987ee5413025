// Detection rules of the quotation layer added for recall on the peer corpus' train split
// (session 7): each rule on invented sentences, and a near miss it must leave alone.
import { extractDocument } from "@/lib/extraction";
import type { ExtractedQuote } from "@/lib/extraction/types";

const quotes = (text: string): ExtractedQuote[] => extractDocument(text, { format: "text" }).quotes;
const quoted = (text: string, q: ExtractedQuote | undefined): string => (q ? text.slice(q.start, q.end) : "");

describe("direct.embedded: a short quoted fragment inside reported speech", () => {
  it("is a direct quotation with the speaker of the reported speech around it", () => {
    const text =
      "Die Bürgermeisterin Jana Brettschneider äußerte sich am Abend zum Haushalt. Der Plan sei „nicht mehr zeitgemäß“ und müsse überarbeitet werden.";
    const q = quotes(text).find((x) => x.type === "direct");
    expect(quoted(text, q)).toBe("„nicht mehr zeitgemäß“");
    expect(q?.rules).toContain("direct.embedded");
    expect(q?.actor).toContain("Brettschneider");
  });

  it("a quoted name or a fragment outside reported speech stays no quotation", () => {
    const named = "Die Bürgermeisterin sprach am Abend. Der Plan sei mit dem „Stadtwerk Nord“ abgestimmt.";
    expect(quotes(named).filter((x) => x.type === "direct")).toEqual([]);
    const scare = "Die Halle gilt seit Jahren als „marode“ und wird im Herbst abgerissen.";
    expect(quotes(scare).filter((x) => x.type === "direct")).toEqual([]);
  });
});
