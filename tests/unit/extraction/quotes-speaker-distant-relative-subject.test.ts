// Rule speaker.distant-relative-subject: a relative clause opened by an object pronoun and a name
// keeps that name as the subject of a cue verb far at the clause's end. Invented sentences.
import { claimFor, quoteOf } from "./helpers";

describe("rule speaker.distant-relative-subject", () => {
  const text =
    "Im Mai fiel die Zahl der Arbeitslosen unter die Schwelle, die Erika Brandstätter bei der Wahl im vergangenen Herbst (damals noch als Kandidatin) als wichtigstes Vorhaben genannt hatte: „Wir senken die Zahl der Arbeitslosen auf unter 4000.“";

  it("the name after the pronoun speaks, not the words before the verb", () => {
    const quote = quoteOf(text, "Wir senken");
    expect(quote?.speaker?.text).toContain("Erika Brandstätter");
    expect(quote?.rules).toContain("speaker.distant-relative-subject");
  });

  it("the figure in the quotation takes that speaker", () => {
    expect(claimFor(text, "4000").actor).toContain("Brandstätter");
  });

  it("a short relative clause reads as before", () => {
    const short =
      "Im Mai fiel die Zahl der Arbeitslosen unter die Schwelle, die Erika Brandstätter genannt hatte: „Wir senken die Zahl.“";
    expect(quoteOf(short, "Wir senken")?.speaker?.text).toContain("Erika Brandstätter");
  });
});
