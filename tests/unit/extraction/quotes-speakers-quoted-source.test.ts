// A medium named in quotation marks after "laut"/"gemäß" ("laut „netzpolitik.org“") is the source of the
// sentence, not a direct quotation. Invented sentences.
import { extractDocument } from "@/lib/extraction";

describe("a quoted medium after laut", () => {
  const text = "Laut „netzpolitik.org“ will die Regierung die Reform im Herbst vorlegen.";
  const quotes = extractDocument(text, { format: "text" }).quotes;

  it("is the speaker of the indirect quotation", () => {
    expect(quotes.find((q) => q.type === "indirect")?.speaker?.text).toBe("„netzpolitik.org“");
  });

  it("is no direct quotation", () => {
    expect(quotes.filter((q) => q.type === "direct")).toEqual([]);
  });
});
