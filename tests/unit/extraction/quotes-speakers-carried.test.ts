// Which speaker a free indirect continuation carries (speaker.carried and the rules that replace
// it). Invented sentences.
import { extractDocument } from "@/lib/extraction";

const continuation = (text: string, start: string) =>
  extractDocument(text, { format: "text" }).quotes.find(
    (q) => q.type === "free_indirect" && text.slice(q.start, q.end).startsWith(start),
  );

describe("a cue inside the content of an earlier cue of its sentence", () => {
  it("leaves the reporting speaker as the one a continuation carries", () => {
    const text =
      "Die Lokalzeitung Tagesbote meldete am Morgen, der Bürgermeister Jan Ott habe den Rücktritt bestätigt. Er wolle sich nun um seine Familie kümmern.";
    const q = continuation(text, "Er wolle");
    expect(q?.speaker?.text).toBe("Die Lokalzeitung Tagesbote");
  });

  it("not the clause a source phrase opens: the cue there names the next speaker", () => {
    const text =
      "Nach Angaben der Polizei sagte der Zeuge Jan Ott am Abend, er habe nichts gesehen. Er sei erst später gekommen.";
    const q = continuation(text, "Er sei");
    expect(q?.speaker?.text).toBe("der Zeuge Jan Ott");
  });

  it("a cue in a sentence of its own still names the next speaker", () => {
    const text =
      "Die Lokalzeitung Tagesbote meldete am Morgen den Rücktritt. Der Bürgermeister Jan Ott sagte, er habe genug. Er wolle sich nun um seine Familie kümmern.";
    const q = continuation(text, "Er wolle");
    expect(q?.speaker?.text).toBe("Der Bürgermeister Jan Ott");
  });
});

describe("rule speaker.paragraph-mention: the subject of a continuation is part of what is reported", () => {
  it("a Konjunktiv sentence's own subject names no new speaker for the next continuation", () => {
    const text =
      "Die Ministerin Eva Roth sagte am Montag, der Haushalt sei solide.\n\n" +
      "Der Verbandssprecher Jan Ott sieht das anders. Die Regierung habe bei den Ausgaben versagt. Im nächsten Jahr müsse deshalb gespart werden.";
    const quote = extractDocument(text, { format: "text" }).quotes.find((q) =>
      text.slice(q.start, q.end).includes("Im nächsten Jahr"),
    );
    expect(quote?.type).toBe("free_indirect");
    expect(quote?.speaker?.text).toBe("Der Verbandssprecher Jan Ott");
  });
});

describe("rule speaker.paragraph-mention: the subject after the verb of a fronted phrase", () => {
  it("a date before the verb: the agent after it is the paragraph's source", () => {
    const text =
      "Die Ministerin Eva Roth sagte am Montag, der Haushalt sei solide.\n\n" +
      "Am 3. März hat die Schulbehörde den Plan vorgelegt. Mögliche Standorte seien der Marktplatz und der Hafen.";
    const quote = continuation(text, "Mögliche Standorte");
    expect(quote?.speaker?.text).toBe("die Schulbehörde");
    expect(quote?.rules).toContain("speaker.paragraph-mention");
  });
});

describe("speaker.colon-inverted: the finite verb after a fronted phrase", () => {
  it("an adjective after the opening preposition is no verb", () => {
    const text =
      "Am späten Abend wandte sich die Trainerin Eva Roth an ihr Team: „Wir haben heute alles gegeben und können stolz sein.“";
    const quote = extractDocument(text, { format: "text" }).quotes.find((q) => q.type === "direct");
    expect(quote?.speaker?.text).toBe("die Trainerin Eva Roth");
  });
});
