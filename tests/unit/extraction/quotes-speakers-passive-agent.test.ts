// The agent of a passive cue: a phrase without article after "von", and "durch" before "von".
// Invented sentences only.
import { quoteOf } from "./helpers";

describe("the agent of a passive cue", () => {
  it("„von“ with an adjective and no article: the agent speaks", () => {
    const text = "Die Bewohner wurden von örtlichen Behörden aufgefordert, ihre Häuser sofort zu verlassen.";
    expect(quoteOf(text, "Häuser")?.speaker?.text).toBe("örtlichen Behörden");
  });

  it("„von“ before an amount or a thing is no agent", () => {
    const text = "Am Montag wurde von zehn Millionen Euro gesprochen, die der Verein erhalten habe.";
    expect(quoteOf(text, "Verein")?.speaker?.text).not.toBe("zehn Millionen Euro");
  });

  it("„durch“ names the agent when a „von“ phrase names what was spoken of", () => {
    const text = "Von einem gezielten Angriff wird durch die Polizei gesprochen, nachdem die Täter gefasst wurden.";
    const q = quoteOf(text, "gezielten");
    expect(q?.speaker?.text).toBe("die Polizei");
  });
});
