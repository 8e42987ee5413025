// Rule cue.document-stands: "In dem Bericht steht, dass …" reports what the document says.
// Invented sentences only.
import { extractDocument } from "@/lib/extraction";
import { claimOf, indirect, quoted } from "./helpers";

describe("cue.document-stands: what stands in a document is what it says", () => {
  it("a locative phrase with a document noun before „steht, dass“ is the source", () => {
    const text = "Im Prüfbericht der Landesbehörde steht, dass zwölf Brücken saniert werden müssen.";
    const [q] = indirect(text);
    expect(quoted(text, q)).toBe("dass zwölf Brücken saniert werden müssen");
    expect(q?.speaker?.text).toBe("Prüfbericht der Landesbehörde");
    expect(q?.rules).toContain("cue.document-stands");
    expect(claimOf(text, "zwölf")?.sourceText).toBe("Prüfbericht der Landesbehörde");
  });

  it("also in the past tense and with an article after „in“", () => {
    const text = "In der Studie der Hochschule stand, dass der Damm hält.";
    expect(indirect(text)[0]?.rules).toContain("cue.document-stands");
  });

  it("without a document named before the verb it is the writer's assessment, no quotation", () => {
    expect(extractDocument("Fest steht, dass der Damm hält.", { format: "text" }).quotes).toEqual([]);
    expect(extractDocument("Im Garten steht, dass es keiner sieht, ein Zelt.", { format: "text" }).quotes).toEqual([]);
  });
});
