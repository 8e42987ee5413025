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

describe("subjects behind focus particles, prepositions and coordination", () => {
  const indirect = (text: string): ExtractedQuote | undefined => quotes(text).find((x) => x.type === "indirect");

  it.each([
    ["Auch der Bürgermeister sagte, die Brücke werde gesperrt.", "der Bürgermeister"],
    ["Selbst die Opposition lobte, dass der Haushalt ausgeglichen sei.", "die Opposition"],
    ["Sogar Jana Lorenz räumte ein, die Planung sei zu knapp gewesen.", "Jana Lorenz"],
  ])("a focus particle before the subject: %s", (text, speaker) => {
    const q = indirect(text);
    expect(q?.speaker?.text).toBe(speaker);
    expect(q?.rules).toContain("speaker.focus-particle");
  });

  it("a fronted phrase opened by a preposition is no speaker", () => {
    expect(indirect("Bezüglich der Kosten sagte die Ministerin, das Geld reiche.")?.speaker?.text).toBe("die Ministerin");
    expect(indirect("Hinsichtlich der Frist erklärte der Verband, sie sei zu kurz.")?.speaker?.text).toBe("der Verband");
  });

  it.each([
    [
      "Die Kämmerin des Vereins, Petra Lind, dankte den Helfern und ergänzte, die Kasse sei gut gefüllt.",
      "Die Kämmerin des Vereins, Petra Lind",
    ],
    ["Am Abend verließ er den Saal und erklärte, er trete zurück.", "er"],
  ])("a cue verb after und shares the sentence's subject: %s", (text, speaker) => {
    const q = indirect(text);
    expect(q?.speaker?.text).toBe(speaker);
    expect(q?.rules).toContain("speaker.coordinated");
  });
});
