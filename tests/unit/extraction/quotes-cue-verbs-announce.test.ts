// Speech verbs of announcing and professing (bekunden, vermelden, verlautbaren) introduce indirect
// quotations with their subject as the speaker. Invented sentences.
import { extractDocument } from "@/lib/extraction";

describe("bekunden, vermelden and verlautbaren as cue verbs", () => {
  it.each([
    ["Der Verband bekundete am Montag, dass die Mitglieder den Streik unterstützen.", "Der Verband"],
    ["Die Agentur vermeldete, die Fähre sei in der Nacht gesunken.", "Die Agentur"],
    ["Die Reederei verlautbarte, die Ursache des Unglücks sei noch unklar.", "Die Reederei"],
  ])("%s", (text, speaker) => {
    const q = extractDocument(text, { format: "text" }).quotes.find((x) => x.type === "indirect");
    expect(q?.speaker?.text).toBe(speaker);
  });
});
