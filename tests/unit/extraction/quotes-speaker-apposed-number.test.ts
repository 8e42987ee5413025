// Rule speaker.apposed-number: a plural phrase ("die" + adjective in -en + noun) with a relative
// clause before a singular cue verb is the verb's fronted object; the subject after the verb speaks,
// and the fronted phrase is no reported content. Invented sentences.
import { extractDocument } from "@/lib/extraction";

const quotesOf = (text: string) => extractDocument(text, { format: "text" }).quotes;

describe("rule speaker.apposed-number", () => {
  const text =
    "Die streikenden Fahrer, die sich vor dem Depot versammelt hatten, beschrieb der Verband als „ausgesprochen friedlich und gut organisiert“.";

  it("the subject after the singular verb speaks", () => {
    expect(quotesOf(text).find((q) => q.type === "direct")?.speaker?.text).toBe("der Verband");
  });

  it("the fronted object is no indirect quotation", () => {
    expect(quotesOf(text).some((q) => q.type === "indirect")).toBe(false);
  });

  it("a plural verb keeps the plural phrase as its subject", () => {
    const plural =
      "Die streikenden Fahrer, die sich vor dem Depot versammelt hatten, beschrieben den Verband als „ausgesprochen stur und schlecht organisiert“.";
    expect(quotesOf(plural).find((q) => q.type === "direct")?.speaker?.text).toBe("Die streikenden Fahrer");
  });
});
