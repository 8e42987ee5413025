// Speaker rules of the quotation layer found while tuning on the peer corpus' train
// split (speaker accuracy on matched quotations). Invented sentences only.
import { extractDocument } from "@/lib/extraction";
import { quoteOf, quotes } from "./helpers";

describe("speaker.apposed-subject: the subject before an apposition or relative clause, not the object after the verb", () => {
  it("an apposition between subject and verb: the subject speaks, not the accusative object", () => {
    const text = "Der Vorsitzende, ein früherer Richter, warnte die Regierung vor einem „gefährlichen Irrweg“.";
    const q = quoteOf(text, "Irrweg");
    expect(q?.speaker?.text).toBe("Der Vorsitzende");
    expect(q?.rules).toContain("speaker.apposed-subject");
  });

  it("a relative clause between subject and verb: the dative after the verb is no speaker", () => {
    const text = "Der Sprecher, der seit Jahren im Amt ist, erklärte Reportern, dass die Arbeiten bis Mai dauern würden.";
    expect(quoteOf(text, "Arbeiten")?.speaker?.text).toBe("Der Sprecher");
  });

  it("a name with its party in parentheses before the apposition", () => {
    const text =
      "Maria Beispiel (Grüne), die Sprecherin der Fraktion, kritisierte die Pläne der Stadt als „völlig unrealistisch“.";
    expect(quoteOf(text, "unrealistisch")?.speaker?.text).toBe("Maria Beispiel (Grüne)");
  });

  it("a clause opening with the finite auxiliary after the apposition: the subject, not the object after the auxiliary", () => {
    const text = "Die Sprecherin, eine frühere Lehrerin, hat den Kämmerer am Montag gebeten, den Antrag zurückzuziehen.";
    const q = quoteOf(text, "Antrag");
    expect(q?.speaker?.text).toBe("Die Sprecherin");
    expect(q?.rules).toContain("speaker.apposed-subject");
  });

  it("a prepositional phrase attached to the subject before the name in apposition: the name is the source", () => {
    const text = "Die Leiterin des Chors an der Oper, Anna Muster, lobte den Dirigenten als „einen verlässlichen Partner“.";
    const q = quoteOf(text, "Partner");
    expect(q?.speaker?.text).toBe("Die Leiterin des Chors an der Oper, Anna Muster");
    expect(q?.actor).toBe("Anna Muster");
  });

  it("fronted content and fronted objects keep the subject after the verb", () => {
    const content = "Die Lage in der Stadt, die seit Tagen ohne Strom ist, sei ernst, sagte der Bürgermeister.";
    expect(quoteOf(content, "Lage")?.speaker?.text).toBe("der Bürgermeister");
    const count = "Die Zahl der Verletzten, die in Kliniken gebracht wurden, bezifferte die Feuerwehr mit zwölf.";
    expect(quotes(count).every((q) => q.speaker?.text !== "Die Zahl der Verletzten")).toBe(true);
    const pronoun = "Den Vorschlag, den die Opposition gemacht hatte, nannte er „unseriös“.";
    expect(quoteOf(pronoun, "unseriös")?.speaker?.text).toBe("er");
  });
});

describe("speaker.own-subject: a Konjunktiv sentence whose indicative main clause names its own speaker", () => {
  const before = "Der Bürgermeister sagte, die Straße bleibe gesperrt. ";

  it("the subject of the uncued verb speaks, not the last speaker", () => {
    const text = before + "Der Landrat ließ durchblicken, dass die Sanierung länger dauern werde.";
    const q = quoteOf(text, "Sanierung");
    expect(q?.type).toBe("free_indirect");
    expect(q?.speaker?.text).toBe("Der Landrat");
    expect(q?.rules).toContain("speaker.own-subject");
  });

  it("the subject after the finite verb when a time phrase, an adverb or a prepositional phrase stands first", () => {
    for (const fronted of ["Am Freitag", "Zudem", "Im Kreistag"]) {
      const text = before + fronted + " ließ die Ministerin durchblicken, dass die Sanierung länger dauern werde.";
      const q = quoteOf(text, "Sanierung");
      expect(q?.speaker?.text).toBe("die Ministerin");
      expect(q?.rules).toContain("speaker.own-subject");
    }
  });

  it("after fronted material a nominative pronoun is the subject", () => {
    const text =
      before + "Die Ministerin besuchte die Baustelle. Dort ließ sie durchblicken, dass die Sanierung länger dauern werde.";
    const q = quoteOf(text, "Sanierung");
    expect(q?.speaker?.text).toBe("sie");
    expect(q?.rules).toContain("speaker.own-subject");
  });

  it("after fronted material a dative pronoun is no subject", () => {
    const text = before + "Im Kreistag missfiel ihm, dass die Sanierung länger dauern werde.";
    expect(quoteOf(text, "Sanierung")?.rules ?? []).not.toContain("speaker.own-subject");
  });

  it("a Konjunktiv in the main clause, or a subject naming no one, keeps the last speaker", () => {
    const konjunktiv = before + "Die Sanierung erfolge, sobald das Geld da sei.";
    expect(quoteOf(konjunktiv, "Sanierung")?.actor).toBe("Bürgermeister");
    const thing = before + "Die hohen Kosten bedeuteten, dass die Stadt sparen müsse.";
    expect(quoteOf(thing, "Kosten")?.actor).toBe("Bürgermeister");
  });
});

describe("speaker.coordinated-inverted: after „und“, the subject that followed the first verb of an inverted clause", () => {
  it("a fronted phrase, the first verb, its subject, then „und“ and the cue verb", () => {
    const text = "Auf ihrer Website zeigte sich die Stiftung bestürzt und verurteilte den Angriff als „feigen Anschlag“.";
    const q = quoteOf(text, "Anschlag");
    expect(q?.speaker?.text).toBe("die Stiftung");
    expect(q?.rules).toContain("speaker.coordinated-inverted");
  });
});

describe("source.quote-in-sentence: a figure takes the quotation's speaker named in its own sentence over a carried source", () => {
  it("the source phrase of the figure's sentence, not the speaker of the sentence before", () => {
    const text =
      "Der Sprecher des Innenministeriums sagte, die Lage sei unter Kontrolle. " +
      "Nach Angaben der in Lyon ansässigen Firma soll das Fahrzeug über 400 Kilometer weit fahren.";
    const claim = extractDocument(text, { format: "text" }).claims.find((c) => c.valueText.includes("400"));
    expect(claim?.sourceStart).toBe(text.indexOf("Angaben"));
    expect(claim?.actor).not.toContain("Sprecher");
    expect(claim?.explanation).toContain("source.quote-in-sentence");
  });

  it("a source the claim rules found in the figure's sentence stays", () => {
    const text =
      "Der Sprecher des Innenministeriums sagte, die Lage sei unter Kontrolle. " +
      "Die Zeitung berichtete unter Berufung auf Ermittler, dass 14 Boote im Einsatz seien.";
    const claim = extractDocument(text, { format: "text" }).claims.find((c) => c.valueText === "14");
    expect(claim?.actor).toBe("Ermittler");
  });
});

describe("speaker.subordinate-subject: the subject right after a subordinating conjunction of the cue clause", () => {
  it("„da“ and „indem“ open the cue clause; the pronoun after them speaks", () => {
    const fear = "Die Anwohner protestierten gegen den Neubau, da sie befürchten, die Mieten würden steigen.";
    const q = quotes(fear).find((x) => fear.slice(x.start, x.end) === "die Mieten würden steigen");
    expect(q?.speaker?.text).toBe("sie");
    expect(q?.rules).toContain("speaker.subordinate-subject");
    const blame = "Der Trainer reagierte auf die Kritik, indem er dem Verband vorwarf, die Spieler zu überlasten.";
    expect(quoteOf(blame, "überlasten")?.speaker?.text).toBe("er");
  });

  it("„dass“ opens a cue clause inside reported content; its subject, not the last speaker, asks", () => {
    const text =
      "Die Schule schwieg. Die Eltern berichteten, dass die Trainerin den Kindern erklärt habe, sie müssten „ohne Angst und mit Freude“ spielen.";
    expect(quotes(text).find((q) => q.type === "direct")?.speaker?.text).toBe("die Trainerin");
  });
});
