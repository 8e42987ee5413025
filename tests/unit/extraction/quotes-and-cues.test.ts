// Direct quotations carried over from the paragraph's speaker; Konjunktiv II of strong verbs;
// further cue forms, number filters and party rules (general rules, not fixture sentences).
import { claims, claimFor } from "./helpers";

describe("direct quotations continue the paragraph's speaker", () => {
  it("a quotation introduced by a colon after a cue sentence", () => {
    const t =
      "Klitschko sagte am Abend, die Lage sei ernst. Dann wurde er deutlicher: „Heute Nacht sind 45 Wohnhäuser beschädigt worden. Bis zum Morgen haben wir 12 Notunterkünfte geöffnet.“";
    expect(claimFor(t, "45").actor).toBe("Vitali Klitschko");
    expect(claimFor(t, "12").actor).toBe("Vitali Klitschko");
  });

  it("a speaker named after the quotation still wins", () => {
    const t = "Selenskyj sprach von einer schweren Nacht. „Wir haben 30 Drohnen abgeschossen“, sagte Syrskyj.";
    expect(claimFor(t, "30").actor).toBe("Olexandr Syrskyj");
  });

  it("Konjunktiv II of strong verbs is reported speech", () => {
    const t = "Pistorius kündigte neue Hilfe an. Drei Viertel des Geldes flössen in Munition, ein Teil ginge an 40 Kliniken.";
    expect(claimFor(t, "Drei Viertel").actor).toBe("Boris Pistorius");
  });
});

describe("number filters", () => {
  const vals = (t: string) => claims(t).map((c) => c.valueText);
  it("an age in apposition after a name is not a claim", () => {
    expect(vals("Die Helferin Maria Schulz, 47, verteilte 200 Decken.")).toEqual(["200"]);
  });
  it("both ends of an age or duration change share the unit", () => {
    expect(vals("Das Parlament hat das Rentenalter von 63 auf 65 Jahre angehoben.")).toEqual([]);
  });
  it("a measurement change keeps both numbers", () => {
    expect(vals("Der Preis stieg von 40 auf 45 Euro.")).toEqual(["40", "45"]);
  });
  it("telephone numbers are labels", () => {
    expect(vals("Anmeldungen nimmt die Stadt unter der Rufnummer 0511 987654 entgegen.")).toEqual([]);
    expect(vals("Informationen gibt es unter Tel. 0800 555123.")).toEqual([]);
  });
});

describe("„ein/eine“ as a casualty count with compound person nouns", () => {
  it.each([
    "Bei dem Einsturz wurde ein 52-jähriger Bauarbeiter getötet.",
    "Ein drittes Todesopfer meldete die Feuerwehr am Abend.",
    "Eine 70-jährige Bus-Fahrerin wurde leicht verletzt.",
  ])("%s", (t) => {
    const cs = claims(t);
    expect(cs.map((c) => c.value)).toEqual([1]);
  });
});

describe("German state bodies take DE from the body itself, not from other phrases", () => {
  it("Kreisverwaltung with people from Ukraine in the sentence stays DE", () => {
    const c = claimFor("Nach Angaben der Kreisverwaltung wohnen 1.150 Menschen aus der Ukraine in Notunterkünften.", "1.150");
    expect(c.party).toBe("DE");
    expect(c.actor).toBe("Kreisverwaltung");
  });
  it("Jobcenter and Landkreis with a place name", () => {
    const a = claimFor("Das Jobcenter Celle meldete 230 Geflüchtete aus der Ukraine als arbeitsuchend.", "230");
    expect(a.actor).toBe("Jobcenter Celle");
    expect(a.party).toBe("DE");
  });
  it("a Dezernent is a German office holder", () => {
    const c = claimFor("Die Kosten lägen bei 3,5 Millionen Euro, sagte Sozialdezernent Peter Lange.", "3,5 Millionen");
    expect(c.party).toBe("DE");
  });
});

describe("a bare last name refers to the person named before", () => {
  it("keeps the side of the person", () => {
    const t =
      "Das erklärte Sozialdezernent Jörg Wendt im Ausschuss. Für Sprachkurse stehen 2,4 Millionen Euro bereit, wie Wendt sagte.";
    const c = claimFor(t, "2,4 Millionen");
    expect(c.actor).toBe("Jörg Wendt");
    expect(c.party).toBe("DE");
  });
});

describe("cue gaps", () => {
  it("„erzählen“ is a speech verb", () => {
    expect(claimFor("Früher seien es nur zwei Busse gewesen, erzählte Vereinschef Hans Meier.", "zwei").actor).toBe("Hans Meier");
  });
  it("„nach eigenen Angaben“ with a subject outside the lexicon", () => {
    const c = claimFor("Die Tafel „Essen für alle“ hat nach eigenen Angaben im Winter 900 Familien versorgt.", "900");
    expect(c.actor).toBe("Tafel");
    expect(c.party).toBe("OTHER");
  });
  it("„nach Herstellerangaben“ and „Regierungsangaben“: the compound's first part", () => {
    expect(claimFor("Ein Leopard-Panzer kostet nach Herstellerangaben rund 15 Millionen Euro.", "rund 15 Millionen").actor).toBe(
      "Hersteller",
    );
    expect(claimFor("Nach Veranstalterangaben kamen 4.000 Besucher.", "4.000").actor).toBe("Veranstalter");
  });
});

describe("datelines and places", () => {
  it("a dateline „Ort (Agentur) -“ is not the subject", () => {
    const c = claimFor("Wien (APA) - Die Internationale Atomenergiebehörde hat am Montag 14 Verstöße gemeldet.", "14");
    expect(c.actor).not.toBe("Wien");
    expect(c.actor).toContain("Atomenergiebehörde");
  });
  it("a ministry in a capital outside the parties is OTHER, not the context's side", () => {
    const t =
      "Kiew meldete neue Angriffe. Beide Seiten hätten je 120 Gefangene übergeben, teilte das Außenministerium in Doha mit.";
    const c = claimFor(t, "120");
    expect(c.party).toBe("OTHER");
  });
});

describe("pronoun speaker after a body speaker", () => {
  it("„er“ is the person named after the body", () => {
    const t =
      "Die Initiative „Dresden hilft“ hat nach eigenen Angaben 20 Transporte organisiert. Initiativensprecherin Anna Vogt, 52, ist von Anfang an dabei. Anfangs seien es nur vier Autos gewesen, erzählt sie.";
    expect(claimFor(t, "vier").actor).toBe("Anna Vogt");
  });
});

describe("headline colon with an institution outside the lexicon", () => {
  it("an office before the colon is the source", () => {
    const c = claimFor("Landeskriminalamt: Zahl der Einbrüche steigt um 12 Prozent", "12");
    expect(c.actor).toBe("Landeskriminalamt");
    expect(c.party).toBe("DE");
  });
  it("a topic before the colon is not", () => {
    const cs = claims("Unfall: 3 Verletzte auf der B 27");
    expect(cs.map((c) => c.valueText)).toEqual(["3"]);
    expect(cs[0].party).toBe("NONE");
  });
});

describe("caveat: prisoners coming home and anaphoric follow-ups", () => {
  it("„heimgekehrt“ is a war topic", () => {
    expect(claimFor("Selenskyj erklärte, 140 Soldatinnen und Soldaten seien nach Hause heimgekehrt.", "140").caveat).toBe(true);
    expect(claimFor("Das ukrainische Verteidigungsministerium teilte mit, 60 Verteidiger seien heimgekehrt.", "60").caveat).toBe(
      true,
    );
  });
  it("„Nach russischen Angaben waren es 300“ keeps the previous sentence's war topic", () => {
    const t =
      "Das russische Militär meldete schwere Gefechte bei Kupjansk. Nach russischen Angaben waren es allein am Montag 300 Mann.";
    expect(claimFor(t, "300").caveat).toBe(true);
  });
  it("a new topic after a war sentence does not", () => {
    const t =
      "Das russische Militär meldete schwere Gefechte bei Kupjansk. Nach russischen Angaben erhalten 2.000 Familien neue Wohnungen.";
    expect(claimFor(t, "2.000").caveat).toBe(false);
  });
});

describe("non-governmental organisations are no side", () => {
  it("a country prefix does not make a think tank a party", () => {
    expect(
      claimFor("Nach Schätzungen der britischen Denkfabrik kostet der Wiederaufbau 500 Milliarden Euro.", "500 Milliarden").party,
    ).toBe("OTHER");
    expect(claimFor("Nach Berechnungen der amerikanischen Denkfabrik fehlen 300 Artilleriegeschütze.", "300").party).toBe(
      "OTHER",
    );
  });
  it("„der Denkfabrik“ refers to the organisation named before", () => {
    const t =
      "Das Institut für Kriegsstudien (ISW) veröffentlicht täglich Karten. Nach Angaben der US-Denkfabrik wurden im Mai 450 Quadratkilometer erobert.";
    expect(claimFor(t, "450").actor).toBe("Institut für Kriegsstudien");
  });
});
