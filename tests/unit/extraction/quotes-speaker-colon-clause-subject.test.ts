// Rule speaker.colon-clause-subject: a cue without a subject of its own after a colon speaks for the
// agent opening the clause before the colon; a thing or event there names no speaker. Invented sentences.
import { indirect, quoteOf } from "./helpers";

describe("rule speaker.colon-clause-subject", () => {
  const text =
    "Die Polizei hat eine Bilanz des Wochenendes gezogen: Es wird berichtet, dass 30 Autofahrer zu schnell unterwegs waren. Außerdem sollen 12 Fahrer betrunken gewesen sein.";

  it("an agentless passive after the colon takes the body before it", () => {
    const quote = indirect(text)[0];
    expect(quote?.speaker?.text).toBe("Die Polizei");
    expect(quote?.rules).toContain("speaker.colon-clause-subject");
  });

  it("the continuation after it follows that speaker", () => {
    expect(quoteOf(text, "12 Fahrer")?.actor).toBe("Polizei");
  });

  it("a thing before the colon is no speaker", () => {
    const storm = "Der Sturm hat das Dach beschädigt: Es wird vermutet, dass 30 Häuser betroffen sind.";
    expect(indirect(storm)[0]?.speaker).toBeNull();
  });
});
