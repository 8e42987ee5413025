// Detection rules of the quotation layer added for recall on the peer corpus' train split
// each rule on invented sentences, and a near miss it must leave alone.
import { quoted, quotes } from "./helpers";

describe("direct.embedded: a short quoted fragment inside reported speech", () => {
  it("is a direct quotation with the speaker of the reported speech around it", () => {
    const text =
      "Die Bürgermeisterin Jana Brettschneider äußerte sich am Abend zum Haushalt. Der Plan sei „nicht mehr zeitgemäß“ und müsse überarbeitet werden.";
    const q = quotes(text).find((x) => x.type === "direct");
    expect(quoted(text, q)).toBe("„nicht mehr zeitgemäß“");
    expect(q?.rules).toContain("direct.embedded");
    expect(q?.actor).toContain("Brettschneider");
  });

  it("a quoted name or a fragment outside reported speech stays no quotation", () => {
    const named = "Die Bürgermeisterin sprach am Abend. Der Plan sei mit dem „Stadtwerk Nord“ abgestimmt.";
    expect(quotes(named).filter((x) => x.type === "direct")).toEqual([]);
    const scare = "Die Halle gilt seit Jahren als „marode“ und wird im Herbst abgerissen.";
    expect(quotes(scare).filter((x) => x.type === "direct")).toEqual([]);
  });
});

describe("cue clauses with wie", () => {
  it("indirect.wie-after: the clause before a closing „wie X mitteilte“ is the quotation", () => {
    const text = "Die Brücke über die Saale bleibt bis Ende Mai gesperrt, wie das Straßenbauamt am Dienstag mitteilte.";
    const q = quotes(text).find((x) => x.type === "indirect");
    expect(quoted(text, q)).toBe("Die Brücke über die Saale bleibt bis Ende Mai gesperrt");
    expect(q?.rules).toContain("indirect.wie-after");
    expect(q?.speaker?.text).toBe("das Straßenbauamt");
  });

  it("indirect.wie: an apposition with its own commas inside the cue clause", () => {
    const text = "Wie der Sprecher der Feuerwehr, Tobias Rehberg, am Morgen mitteilte, brannte die Scheune vollständig nieder.";
    const q = quotes(text).find((x) => x.type === "indirect");
    expect(quoted(text, q)).toBe("brannte die Scheune vollständig nieder");
    expect(q?.speaker?.text).toBe("der Sprecher der Feuerwehr, Tobias Rehberg");
  });

  it("a comparison with wie before the end, or a temporal als clause, opens no quotation", () => {
    expect(quotes("Die Frage, wie die Stadt, die Kreise und das Land das bezahlen, erklärte niemand.")).toEqual([]);
    const temporal = "Als die Trainerin am Abend ihren Rücktritt erklärte, verließen die Spieler den Saal.";
    expect(quotes(temporal).filter((x) => x.type === "indirect")).toEqual([]);
  });
});

describe("indirect.mixed: reported speech that quotes part of its words", () => {
  it("the clause before the cue is an indirect quotation beside the direct one", () => {
    const text = "Die Versorgung der Gäste sei stets „jederzeit gesichert“, sagte die Veranstalterin Petra Olm.";
    const found = quotes(text);
    expect(
      quoted(
        text,
        found.find((x) => x.type === "direct"),
      ),
    ).toBe("„jederzeit gesichert“");
    const q = found.find((x) => x.type === "indirect");
    expect(quoted(text, q)).toBe("Die Versorgung der Gäste sei stets „jederzeit gesichert“");
    expect(q?.rules).toContain("indirect.mixed");
  });

  it("a quotation introduced with a colon keeps its frame out", () => {
    const text = "Der Trainer war zufrieden: „Ein guter Start“, sagte Olaf Renz.";
    expect(quotes(text).filter((x) => x.type === "indirect")).toEqual([]);
  });
});

describe("more cue verbs and nouns (lexicon data)", () => {
  it.each([
    ["bekannt gegeben", "Der Verband hat am Montag bekannt gegeben, dass die Saison im März beginnt."],
    ["angeboten", "Die Gemeinde hatte den Anwohnern angeboten, die Kosten für den Umzug zu übernehmen."],
    ["aufgerufen", "Die Gewerkschaft hat ihre Mitglieder aufgerufen, am Freitag die Arbeit niederzulegen."],
    ["zugesagt", "Das Land hat zugesagt, die Schule bis zum Herbst zu sanieren."],
    ["empfahl", "Die Gutachterin empfahl dem Gericht, der Klage stattzugeben."],
  ])("%s opens a content clause", (cue, text) => {
    const q = quotes(text).find((x) => x.type === "indirect");
    expect(q?.cue.text).toContain(cue.split(" ").pop());
    expect(text.slice(q?.end ?? 0)).toBe(".");
  });

  it("a speech noun with an infinitive clause: the request is the quotation", () => {
    const text = "Die Aufforderung der Polizei, das Gelände sofort zu räumen, blieb ohne Wirkung.";
    const q = quotes(text).find((x) => x.type === "indirect");
    expect(quoted(text, q)).toContain("das Gelände sofort zu räumen");
    expect(q?.speaker?.text).toBe("der Polizei");
  });
});

describe("cue.light-verb: light-verb constructions as speech verbs", () => {
  it.each([
    ["Wert darauf", "Beide Vereine legten aber Wert darauf, dass die Fans getrennt anreisen."],
    ["Ausdruck", "Die Ministerin brachte zum Ausdruck, dass sie mit dem Ergebnis zufrieden sei."],
    ["Aussicht", "Der Konzern stellte in Aussicht, das Werk bis 2030 zu erhalten."],
    ["Meinung", "Der Verband ist der Meinung, dass die Gebühren zu hoch sind."],
  ])("%s opens the content clause", (noun, text) => {
    const q = quotes(text).find((x) => x.type === "indirect");
    expect(q?.rules).toContain("cue.light-verb");
    expect(q?.cue.text).toContain(noun.split(" ")[0]);
  });

  it("the verb without its noun is no cue", () => {
    expect(quotes("Der Verein legte den Termin fest, als der Platz frei wurde.")).toEqual([]);
  });
});

describe("indirect.wonach: a relative clause with the content of a report", () => {
  it("wonach after a comma: the clause is the quotation, the noun before it its source", () => {
    const text = "Berichte der Zeitung, wonach die Fähre gesunken sei, wies die Reederei zurück.";
    const q = quotes(text).find((x) => x.rules.includes("indirect.wonach"));
    expect(quoted(text, q)).toBe("die Fähre gesunken sei");
    expect(q?.speaker?.text).toBe("wonach");
  });

  it("nach + relative pronoun only after a noun of reporting", () => {
    const text = "Eine Umfrage, nach der die Mehrheit den Umbau ablehnt, liegt dem Rat vor.";
    const q = quotes(text).find((x) => x.rules.includes("indirect.wonach"));
    expect(quoted(text, q)).toBe("die Mehrheit den Umbau ablehnt");
    const street = "Die Straße, nach der der Platz benannt ist, wird gesperrt.";
    expect(quotes(street)).toEqual([]);
  });
});

describe("what follows a cue clause but is no content", () => {
  it("an apposition to the speaker after the cue", () => {
    const text = "Die Straße bleibt gesperrt, sagte Jonas Wermelskirch, der Sprecher der Stadtwerke.";
    const found = quotes(text).filter((x) => x.type === "indirect");
    expect(found.map((q) => quoted(text, q))).toEqual(["Die Straße bleibt gesperrt"]);
  });

  it("a relative clause opened by a pronoun and a preposition", () => {
    const text = "Die Stadtwerke haben neue Busse angekündigt, die mit Elektromotoren ausgestattet sind.";
    expect(quotes(text).filter((x) => x.type === "indirect")).toEqual([]);
  });
});

describe("a separable particle after a name in apposition", () => {
  it("the cue reaches its particle across ', Vorname Name,'", () => {
    const text = "Die Schleuse bleibt geschlossen, teilte der Leiter des Hafenamts, Rudi Kempke, mit.";
    const q = quotes(text).find((x) => x.type === "indirect");
    expect(quoted(text, q)).toBe("Die Schleuse bleibt geschlossen");
    expect(q?.speaker?.text).toBe("der Leiter des Hafenamts, Rudi Kempke");
  });
});

describe("quotation marks after a naming word hold a name, not a quotation", () => {
  it.each([
    "Rund 3000 Menschen zogen unter dem Motto „Mehr Platz fürs Rad“ durch die Innenstadt, sagte die Polizei.",
    "Die Band stellte ihr neues Album „Wir bleiben hier“ vor, berichtete der Sender.",
  ])("%s", (text) => {
    expect(quotes(text).filter((x) => x.type === "direct")).toEqual([]);
  });
});

describe("documents as sources after nach", () => {
  it.each([
    ["dem Gesetzentwurf der Regierung", "Nach dem Gesetzentwurf der Regierung sollen die Gebühren im Herbst steigen."],
    ["einem internen Dokument", "Nach einem internen Dokument plant die Bahn den Abbau von Stellen."],
  ])("%s", (source, text) => {
    const q = quotes(text).find((x) => x.type === "indirect");
    expect(q?.cue.text).toBe("Nach");
    expect(q?.speaker?.text).toBe(source);
  });
});

describe("one quotation per cue", () => {
  it("two readings of the same cue words give one quotation", () => {
    const text = "Am Montag wurde bekannt gegeben, dass die Schule im Sommer schließt.";
    expect(quotes(text).filter((x) => x.type === "indirect")).toHaveLength(1);
  });
});

describe("speech nouns in the plural, as compound heads, and more of them", () => {
  it.each([
    ["Befürchtungen", "Unter den Anwohnern wachsen Befürchtungen, die Brücke sei nicht mehr sicher."],
    ["Rücktrittsforderungen", "Die Rücktrittsforderungen der Opposition, der Minister habe gelogen, wies er zurück."],
    ["Plan", "Der Plan des Bürgermeisters, die alte Halle zu verkaufen, stößt auf Kritik."],
  ])("%s", (noun, text) => {
    const q = quotes(text).find((x) => x.rules.includes("indirect.noun"));
    expect(q?.cue.text).toBe(noun);
  });
});

describe("more light-verb and verb cues", () => {
  it("sich zeigen with an adjective of attitude", () => {
    const text = "Der Bürgermeister zeigte sich zuversichtlich, dass die Brücke im Mai fertig wird.";
    const q = quotes(text).find((x) => x.type === "indirect");
    expect(q?.rules).toContain("cue.light-verb");
    expect(quoted(text, q)).toBe("dass die Brücke im Mai fertig wird");
  });

  it("annehmen with a content clause", () => {
    const text = "Die Ermittler nehmen an, dass der Brand gelegt wurde.";
    expect(quotes(text).find((x) => x.type === "indirect")?.cue.text).toBe("nehmen an");
  });
});
