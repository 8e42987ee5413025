// Rules of the quotation layer added in session 6 while tuning on the peer corpus' train split
// (decision and evaluation verbs as cues, speakers behind focus particles and appositions).
// Invented sentences only.
import { extractDocument } from "@/lib/extraction";
import type { ExtractedQuote } from "@/lib/extraction/types";

const quotes = (text: string): ExtractedQuote[] => extractDocument(text, { format: "text" }).quotes;

describe("decision, request and evaluation verbs as cues", () => {
  it.each([
    ["entschied", "Das Landgericht entschied, die Gebühr sei zu hoch angesetzt worden."],
    ["beschloss", "Der Stadtrat beschloss, das Freibad im Sommer länger zu öffnen."],
    ["konstatierte", "Die Gutachterin konstatierte, dass die Brücke marode sei."],
    ["plädierte", "Der Verteidiger plädierte dafür, dass der Angeklagte freigesprochen werde."],
    ["urteilte", "Das Schiedsgericht urteilte, der Vertrag sei gültig."],
    ["bat", "Die Polizei bat, dass Zeugen sich melden sollten."],
    ["sicherte zu", "Der Bürgermeister sicherte zu, die Schule werde saniert."],
    ["lehnte ab", "Die Kommission lehnte es ab, die Frist zu verlängern."],
  ])("%s opens an indirect quotation", (cue, text) => {
    const q = quotes(text).find((x) => x.type === "indirect");
    expect(q?.cue.text.split(/\s+/)[0]).toBe(cue.split(" ")[0]);
    expect(q?.speaker).not.toBeNull();
  });
});
