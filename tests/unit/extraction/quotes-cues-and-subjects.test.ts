// Rules of the quotation layer found while tuning on the peer corpus' train split
// (decision and evaluation verbs as cues, speakers behind focus particles and appositions).
// Invented sentences only.
import type { ExtractedQuote } from "@/lib/extraction/types";
import { quotes } from "./helpers";

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

describe("more cue clause shapes", () => {
  const indirect = (text: string): ExtractedQuote | undefined => quotes(text).find((x) => x.type === "indirect");

  it("a separable particle written apart before the verb: wie X bekannt gab", () => {
    const text = "Wie die Stadtverwaltung bekannt gab, wird die Brücke im Sommer erneuert.";
    const q = indirect(text);
    expect(q?.cue.text).toBe("bekannt gab");
    expect(q?.speaker?.text).toBe("die Stadtverwaltung");
    expect(text.slice(q!.start, q!.end)).toBe("wird die Brücke im Sommer erneuert");
  });

  it("a conjunction before wie", () => {
    const text = "Denn wie die Lokalzeitung berichtete, ist die Brücke marode.";
    const q = indirect(text);
    expect(q?.rules).toContain("indirect.wie");
    expect(text.slice(q!.start, q!.end)).toBe("ist die Brücke marode");
  });

  it("so + speech verb + subject inserted after a comma", () => {
    const q = indirect("Der Verkehr, so betont auch die Polizei, laufe wieder normal.");
    expect(q?.rules).toContain("indirect.so-verb");
    expect(q?.cue.text).toBe("so betont");
    expect(q?.speaker?.text).toBe("die Polizei");
  });

  it("a content clause that opens with a number", () => {
    const text = "Die Zeitung hatte berichtet, 200 Stellen fallen in diesem Jahr weg.";
    const q = indirect(text);
    expect(text.slice(q!.start, q!.end)).toBe("200 Stellen fallen in diesem Jahr weg");
  });
});

describe("speakers of direct quotations", () => {
  const direct = (text: string): ExtractedQuote | undefined => quotes(text).find((x) => x.type === "direct");

  it("a colon clause whose subject stands before an apposition", () => {
    const q = direct(
      "Die Leiterin der Studie, Anna Berg, sieht die Schuld beim Land: „Wir brauchen klare Regeln für alle Schulen.“",
    );
    expect(q?.speaker?.text).toMatch(/^Die Leiterin der Studie/);
    expect(q?.rules).toContain("speaker.colon-apposition");
  });

  it("a colon clause with a fronted prepositional phrase: the subject after the verb", () => {
    const q = direct("Im Landtag warb die Ministerin mit den Worten: „Wir brauchen diese Reform jetzt und nicht erst später.“");
    expect(q?.speaker?.text).toBe("die Ministerin");
    expect(q?.rules).toContain("speaker.colon-inverted");
  });

  it("a colon clause with a fronted adverb: the subject after the verb", () => {
    const q = direct("Danach wandte sich die Trainerin an ihr Team: „Wer zu lange wartet, verliert am Ende alles.“");
    expect(q?.speaker?.text).toBe("die Trainerin");
  });

  it("a straight closing quote glued to its comma", () => {
    const q = direct('"Die Messe ist gut besucht", erklärte Oliver Zille am Abend.');
    expect(q?.speaker?.text).toBe("Oliver Zille");
    expect(q?.rules).toContain("speaker.after");
  });
});

describe("source phrases and the speaker a continuation carries", () => {
  it("a source noun before nach takes only its own noun phrase", () => {
    const q = quotes("Die Firma steht dem Vernehmen nach vor dem Verkauf.")[0];
    expect(q?.speaker?.text).toBe("dem Vernehmen");
  });

  it("a source phrase inside a speaker's words does not replace the speaker for the next Konjunktiv sentence", () => {
    const text =
      "Die Sprecherin der Feuerwehr, Jana Lorenz, sagte am Abend, nach ersten Erkenntnissen sei ein Kabel durchgeschmort. Der Schaden sei gering.";
    const next = quotes(text).find((x) => x.type === "free_indirect");
    expect(next?.speaker?.text).toMatch(/Jana Lorenz/);
  });

  it("abstreiten as a cue", () => {
    const q = quotes("Der Konzern streitet ab, dass die Anlage unsicher sei.").find((x) => x.type === "indirect");
    expect(q?.cue.text).toBe("streitet ab");
    expect(q?.speaker?.text).toBe("Der Konzern");
  });
});

describe("bekannt werden as a cue", () => {
  it.each([
    ["Am Montag wurde bekannt, dass die Fabrik schließt.", "dass die Fabrik schließt"],
    ["Wie am Abend bekannt wurde, sollen 40 Stellen wegfallen.", "sollen 40 Stellen wegfallen"],
  ])("%s", (text, content) => {
    const q = quotes(text).find((x) => x.type === "indirect");
    expect(q && text.slice(q.start, q.end)).toBe(content);
  });

  it("without a content clause it is no quotation", () => {
    expect(quotes("Die Sängerin wurde durch ihre Filme bekannt.")).toEqual([]);
  });
});

describe("a quoted phrase in a sentence with several cues", () => {
  it("takes the speaker of the nearest cue before it", () => {
    const text = "Der Verband kritisierte den Plan, doch die Ministerin sagte, das Projekt sei ein „voller Erfolg“ gewesen.";
    const q = quotes(text).find((x) => x.type === "direct");
    expect(q?.speaker?.text).toBe("die Ministerin");
  });

  it("a fronted source preposition (laut, gemäß) opens no speaker of the verb", () => {
    const text = "Laut der Zeitung sagte die Ministerin, das Projekt sei ein „voller Erfolg“ gewesen.";
    const q = quotes(text).find((x) => x.type === "direct");
    expect(q?.speaker?.text).toBe("die Ministerin");
  });
});
