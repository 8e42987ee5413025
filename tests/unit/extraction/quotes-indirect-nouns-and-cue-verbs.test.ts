// Indirect-quotation detection rules (speech nouns, cue verbs, light-verb cues), on invented sentences: each rule's case, and a
// near miss it must leave alone.
import { indirect, quoted, quotes } from "./helpers";

describe("indirect.noun-attached: a speech noun with prepositional phrases before its content clause", () => {
  it("reads past the attachments to the content clause", () => {
    const text = "Der Verdacht bei dem Patienten in Köln, er sei infiziert, bestätigte sich nicht.";
    const q = indirect(text)[0];
    expect(quoted(text, q)).toMatch(/^er sei infiziert/);
    expect(q?.rules).toEqual(expect.arrayContaining(["indirect.noun", "indirect.noun-attached"]));
  });

  it("a phrase after von names whose words they are", () => {
    const text = "Der Plan von Ministerin Jana Berg, die Schulen im Winter zu schließen, wurde verworfen.";
    const q = indirect(text)[0];
    expect(quoted(text, q)).toMatch(/^die Schulen im Winter zu schließen/);
    expect(q?.speaker?.text).toBe("Ministerin Jana Berg");
  });

  it("a relative clause after the attachments is no content clause", () => {
    expect(indirect("Die Entscheidung im Stadtrat, die am Montag fiel, ist endgültig.")).toEqual([]);
    expect(indirect("Die Hoffnung der Fans in Leipzig war groß, doch das Spiel ging verloren.")).toEqual([]);
  });
});

describe("speech nouns: umlaut plurals and nouns of decision, request and suspicion", () => {
  it("an umlaut plural is read as its singular", () => {
    const text = "Die Pläne der Stadtverwaltung, das Hallenbad zu schließen, stießen auf Widerstand.";
    const q = indirect(text)[0];
    expect(quoted(text, q)).toMatch(/^das Hallenbad zu schließen/);
    expect(q?.speaker?.text).toBe("der Stadtverwaltung");
  });

  it.each([
    "Die Hoffnung der Eltern, dass die Schule bleibt, hat sich erfüllt.",
    "Der Antrag der Opposition, die Sitzung zu vertagen, fand keine Mehrheit.",
    "Die Entscheidung des Gerichts, dass die Straße gesperrt bleibt, kam überraschend.",
    "Der Beschluss des Rates, das Museum zu verkaufen, wird geprüft.",
  ])("%s", (text) => {
    expect(indirect(text)).toHaveLength(1);
  });
});

describe("cue verbs of mention, approval, agreement, finding and deliberation", () => {
  it.each([
    ["Der Bürgermeister erwähnte auch, dass die Brücke saniert werde.", "dass die Brücke saniert werde"],
    ["Die Mehrheit der Befragten befürwortete, dass die Läden länger öffnen.", "dass die Läden länger öffnen"],
    ["Die Klausel besagt, dass der Käufer die Kosten trägt.", "dass der Käufer die Kosten trägt"],
    ["Beide Seiten vereinbarten, die Gespräche im Mai fortzusetzen.", "die Gespräche im Mai fortzusetzen"],
    ["Die Forscherinnen fanden heraus, dass die Vögel früher brüten.", "dass die Vögel früher brüten"],
    ["Die Polizei schloss nicht aus, dass weitere Schäden entstanden sind.", "dass weitere Schäden entstanden sind"],
    ["Die Regierung denkt darüber nach, die Steuer zu senken.", "die Steuer zu senken"],
  ])("%s", (text, content) => {
    const q = indirect(text)[0];
    expect(quoted(text, q)).toBe(content);
    expect(q?.rules).toContain("indirect.clause");
  });

  it("a separable particle that is a preposition opens no quotation without a content clause", () => {
    expect(indirect("Die Ministerin dachte nach der Wahl an ihren Rücktritt.")).toEqual([]);
    expect(indirect("Die Mannschaft fand heraus aus der Krise und gewann am Samstag.")).toEqual([]);
  });
});

describe("cue.light-verb: constructions of concluding, theorising, doubt, consensus and certainty", () => {
  it.each([
    ["Daraus zogen die Prüfer den Schluss, die Anlage sei unsicher.", "die Anlage sei unsicher"],
    ["Die Forscher stellten schon 1990 die These auf, dass Mäuse träumen.", "dass Mäuse träumen"],
    ["Es gibt aber Zweifel daran, ob der Brand gelegt wurde.", "ob der Brand gelegt wurde"],
    ["Einigkeit besteht darüber, dass die Brücke saniert werden muss.", "dass die Brücke saniert werden muss"],
    ["Die Ärzte sind sich sicher, dass der Patient überlebt.", "dass der Patient überlebt"],
  ])("%s", (text, content) => {
    const q = indirect(text)[0];
    expect(quoted(text, q)).toBe(content);
    expect(q?.rules).toContain("cue.light-verb");
  });

  it("the verb without its noun, or without a content clause, is no cue", () => {
    expect(indirect("Die Ärztin ist sicher in ihrem Urteil.")).toEqual([]);
    expect(indirect("Die Prüfer zogen am Ende um, weil das Büro zu klein war.")).toEqual([]);
  });
});

describe("indirect.mixed after the cue: quoted words that open the reported clause", () => {
  it("a Konjunktiv after the marks makes the clause an indirect quotation beside the direct one", () => {
    const text = "Der Landrat sagte, „Ausnahmen“ gebe es in diesem Jahr keine.";
    const found = quotes(text);
    expect(
      quoted(
        text,
        found.find((x) => x.type === "direct"),
      ),
    ).toBe("„Ausnahmen“");
    const q = found.find((x) => x.type === "indirect");
    expect(quoted(text, q)).toBe("„Ausnahmen“ gebe es in diesem Jahr keine");
    expect(q?.rules).toContain("indirect.mixed");
    expect(q?.speaker?.text).toBe("Der Landrat");
  });

  it("a quotation the speaker's own sentence continues in the indicative stays only direct", () => {
    const text = "Die Trainerin sagte, „wir bleiben hart“, und verließ den Saal.";
    expect(indirect(text)).toEqual([]);
  });
});

describe("cue verbs of finding, proposing and deliberating", () => {
  it.each([
    ["Die Untersuchung ergab, dass die Leitung undicht war.", "dass die Leitung undicht war"],
    ["Aus dem Gutachten geht hervor, dass die Halle einsturzgefährdet ist.", "dass die Halle einsturzgefährdet ist"],
    ["Die Fraktion regte an, die Sitzung zu verschieben.", "die Sitzung zu verschieben"],
    ["Die Statistiker errechneten, dass die Zahl der Geburten steigt.", "dass die Zahl der Geburten steigt"],
    ["Der Mieterbund hat ausgerechnet, dass jede Wohnung 40 Euro teurer wird.", "dass jede Wohnung 40 Euro teurer wird"],
    ["Die Kämmerin rechnete vor der Sitzung aus, dass die Rücklage reicht.", "dass die Rücklage reicht"],
    ["Die Vereine überlegten, ob sie das Turnier absagen.", "ob sie das Turnier absagen"],
  ])("%s", (text, content) => {
    expect(quoted(text, indirect(text)[0])).toBe(content);
  });

  it("the same verbs without a content clause open no quotation", () => {
    expect(indirect("Die Sammlung ergab 300 Euro für das Tierheim.")).toEqual([]);
    expect(indirect("Der Verein regte am Montag eine Debatte über die Halle an.")).toEqual([]);
    expect(indirect("Die Kinder rechneten die Aufgaben schnell aus.")).toEqual([]);
  });
});

describe("cue.fronted-participle: an impersonal passive opening the sentence", () => {
  it("the dass clause after it is the quotation", () => {
    const text = "Kritisiert wird vor allem, dass die Regeln fehlen.";
    const q = indirect(text)[0];
    expect(quoted(text, q)).toBe("dass die Regeln fehlen");
    expect(q?.rules).toContain("cue.fronted-participle");
  });

  it("a relative clause after it, or a participle inside the sentence, opens no quotation", () => {
    expect(indirect("Informiert werden die Kunden über Käse, der keine Milch enthält.")).toEqual([]);
    expect(indirect("Am Montag Kritisiert wurde, dass nichts geschah.")).toEqual([]);
  });
});

describe("indirect.bare-infinitive: an infinitive clause after the cue without the optional comma", () => {
  it.each([
    ["Die Firma bietet an den Lohn um 100 Euro zu erhöhen.", "den Lohn um 100 Euro zu erhöhen"],
    ["Der Verein versprach den Mitgliedern bald eine neue Halle zu bauen.", "den Mitgliedern bald eine neue Halle zu bauen"],
  ])("%s", (text, content) => {
    const q = indirect(text)[0];
    expect(quoted(text, q)).toBe(content);
    expect(q?.rules).toContain("indirect.bare-infinitive");
  });

  it("a cue without an infinitive after it opens no quotation", () => {
    expect(indirect("Der Minister sagte nichts zu den Plänen.")).toEqual([]);
    expect(indirect("Die Bürgermeisterin sagte am Montag zu.")).toEqual([]);
  });
});

describe("indirect.conditional-clause: a cue verb closing a conditional clause has no content after the comma", () => {
  it.each([
    "Falls der Zuschuss als zu hoch eingestuft wird, wäre das Projekt am Ende.",
    "Wenn die Kammer den Vorschlag ablehnt, müsste der Rat neu beraten.",
  ])("%s – the main clause is the consequence", (text) => {
    expect(indirect(text)).toHaveLength(0);
  });

  it("a dass clause after the conditional cue clause is still its content", () => {
    const text = "Wenn der Bürgermeister erklärt, dass die Halle schließt, gibt es Protest.";
    expect(indirect(text).map((q) => text.slice(q.start, q.end))).toContain("dass die Halle schließt");
  });
});
