// Rule cue.naming-participle: "auch X genannt" gives a name and reports no speech. Invented sentences.
import { extractDocument } from "@/lib/extraction";

describe("rule cue.naming-participle", () => {
  it("the named term is no speaker and its sentence no quotation", () => {
    const text =
      "Das Bemalen der Züge, auch Sprayen genannt, kostet die Stadt jedes Jahr viel Geld. Die Reinigung eines Wagens dauere zwei Tage.";
    const quotes = extractDocument(text, { format: "text" }).quotes;
    expect(quotes.some((q) => q.speaker?.text === "Sprayen")).toBe(false);
    expect(quotes.some((q) => q.type === "reported")).toBe(false);
  });

  it('"genannt" as a cue still reads: its subject names the reason', () => {
    const text = "Der Bürgermeister Jan Ott hatte die hohen Kosten als Grund genannt.";
    const quotes = extractDocument(text, { format: "text" }).quotes;
    expect(quotes.find((q) => q.type === "reported")?.speaker?.text).toBe("Der Bürgermeister Jan Ott");
  });
});
