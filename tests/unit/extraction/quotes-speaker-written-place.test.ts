// Rule speaker.written-place: a direct quotation in a sentence without a cue whose verb says where
// words stand written ("steht", "war zu lesen", "fand sich") has the place named as its source.
// Invented sentences.
import { extractDocument } from "@/lib/extraction";

const directSpeaker = (text: string): string | undefined =>
  extractDocument(text, { format: "text" }).quotes.find((q) => q.type === "direct")?.speaker?.text;

describe("rule speaker.written-place", () => {
  it("a form of stehen with the text after the verb", () => {
    const text =
      "Der Streit um die Brücke in Wolkenfeld dauert an. Seit gestern steht in dem Aushang der Gemeinde nur noch: „Die Brücke bleibt bis auf Weiteres für alle Fahrzeuge gesperrt.“";
    expect(directSpeaker(text)).toBe("dem Aushang der Gemeinde");
  });

  it("zu lesen with the place opening the sentence and the quotation inside", () => {
    const text =
      "Vor dem Rathaus von Wolkenfeld versammelten sich am Abend viele Menschen. Auf dem großen Banner war der Satz „Wir lassen uns unseren Bahnhof nicht wegnehmen“ zu lesen.";
    expect(directSpeaker(text)).toBe("dem großen Banner");
  });

  it("sich finden", () => {
    const text =
      "Die Chronik des Vereins wurde neu aufgelegt. Im Vorwort fand sich die Bemerkung „Ohne die vielen freiwilligen Helfer hätte es dieses Buch nie gegeben“.";
    expect(directSpeaker(text)).toBe("Vorwort");
  });

  it("not for an idiom without an article or a time phrase", () => {
    const text =
      "Der Verband Grüne Wiesen hatte sich am Montag geäußert. Im Mai stand fest, dass „die Förderung des Projekts ganz ohne Begründung gestrichen“ wird.";
    expect(directSpeaker(text)).not.toBe("Mai");
  });
});
