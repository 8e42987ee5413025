// The agent of a passive cue: a phrase without article after "von", and "durch" before "von".
// Invented sentences only.
import { quoteOf } from "./helpers";

describe("the agent of a passive cue", () => {
  it("„von“ with an adjective and no article: the agent speaks", () => {
    const text = "Nach dem Sturm wird den Gärtnern von städtischen Ämtern geraten, die jungen Bäume neu anzubinden.";
    expect(quoteOf(text, "Bäume")?.speaker?.text).toBe("städtischen Ämtern");
  });

  it("„von“ before an amount is no agent", () => {
    const text = "Im Sommer wurde von drei Tonnen gesprochen, die das Schiff geladen habe.";
    expect(quoteOf(text, "Schiff")?.speaker?.text).not.toBe("drei Tonnen");
  });

  it("„durch“ names the agent when a „von“ phrase names what was reported", () => {
    const text = "Von einem Brand in der Mühle wird durch die Feuerwehr berichtet, der am Abend gelöscht war.";
    expect(quoteOf(text, "Mühle")?.speaker?.text).toBe("die Feuerwehr");
  });
});
