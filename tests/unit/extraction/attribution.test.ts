// Attribution cues: verbs (tenses, word order, separable particles), prepositions, sides,
// "eigene Angaben", channels, Konjunktiv carry-over, back references, nesting, pronouns.
import { one, claims, claimFor } from "./helpers";

describe("speech and report verbs", () => {
  it.each([
    ["Selenskyj sagte, 14 Dörfer seien befreit worden.", "Wolodymyr Selenskyj"],
    ["14 Dörfer seien befreit worden, sagte Selenskyj am Abend.", "Wolodymyr Selenskyj"],
    ["Der Kreml erklärt, man habe 30 Drohnen abgefangen.", "Kreml"],
    ["Peskow hat erklärt, dass 40 Gefangene übergeben wurden.", "Dmitri Peskow"],
    ["Lawrow behauptete, der Westen liefere 200 Panzer.", "Sergej Lawrow"],
    ["Umjerow bestätigte die Lieferung von 18 Haubitzen.", "Rustem Umjerow"],
    ["Blinken versicherte, die USA stellten 500 Millionen Dollar bereit.", "Antony Blinken"],
    ["Sybiha betonte, 90 Prozent der Hilfe seien angekommen.", "Andrij Sybiha"],
    ["Klitschko warnte, 300 Häuser seien ohne Heizung.", "Vitali Klitschko"],
    ["Die Staatsagentur Tass meldete 16 zerstörte Fahrzeuge.", "TASS"],
    ["Gladkow sprach von 9 Verletzten in Schebekino.", "Wjatscheslaw Gladkow"],
    ["„Wir haben 70 Drohnen abgeschossen“, unterstrich Syrskyj.", "Olexandr Syrskyj"],
    ["Das Pentagon gab an, 60 Abrams-Panzer geliefert zu haben.", "Pentagon"],
  ])("%s", (text, actor) => {
    expect(one(text).actor).toBe(actor);
  });

  it("separable verbs need their particle: „teilte … mit“", () => {
    const c = one("Das ukrainische Innenministerium teilte am Abend mit, 11 Menschen seien gerettet worden.");
    expect(c.actor).toBe("Ukrainisches Innenministerium");
    expect(c.party).toBe("UA");
    expect(c.sourceText).toContain("teilte");
  });

  it("speaker after the verb when the verb opens its clause", () => {
    const c = one("Die EU gibt weitere 2 Milliarden Euro, sagte Kommissionspräsidentin Ursula von der Leyen.");
    expect(c.actor).toBe("Ursula von der Leyen");
    expect(c.party).toBe("EU");
  });

  it("channels: „auf Telegram“, „in seiner Videobotschaft“", () => {
    expect(one("Auf Telegram schrieb Jermak, 8 Raketen seien eingeschlagen.").actor).toBe("Andrij Jermak");
    expect(one("Selenskyj sagte in seiner Videobotschaft, 19 Kinder seien zurückgekehrt.").actor).toBe("Wolodymyr Selenskyj");
  });

  it("pledge verbs attribute to their subject", () => {
    const c = one("Verteidigungsminister Boris Pistorius hat der Ukraine weitere 4 Patriot-Systeme zugesagt.");
    expect(c.actor).toBe("Boris Pistorius");
    expect(c.party).toBe("DE");
  });
});

describe("prepositional cues", () => {
  it.each([
    ["Laut Gouverneur Oleh Kiper wurden in Odessa 5 Menschen verletzt.", "Oleh Kiper", "UA"],
    [
      "Nach Angaben des russischen Verteidigungsministeriums wurden 25 Drohnen zerstört.",
      "Russisches Verteidigungsministerium",
      "RU",
    ],
    ["Nach Angaben von Ukrinform sind 300 Familien betroffen.", "Ukrinform", "UA"],
    ["Nach Angaben Lawrows gibt es 12 Vorschläge.", "Sergej Lawrow", "RU"],
    ["Der Nato zufolge wurden 40 Kampfjets verlegt.", "Nato", "NATO"],
    ["Gemäß dem Generalstab in Kiew wurden 1.100 Angreifer getötet.", "Ukrainischer Generalstab", "UA"],
    ["Wie das Weiße Haus mitteilte, sind 3 Konvois unterwegs.", "Weißes Haus", "US"],
    ["Unter Berufung auf Interfax hieß es, 6 Brücken seien beschädigt.", "Interfax", "RU"],
    ["Medienberichten zufolge wurden 200 Rekruten eingezogen.", "Medienberichte", "OTHER"],
    ["Nach UN-Angaben sind 4 Millionen Menschen auf der Flucht.", "Vereinte Nationen", "OTHER"],
  ])("%s", (text, actor, party) => {
    const c = one(text);
    expect(c.actor).toBe(actor);
    expect(c.party).toBe(party);
  });

  it("unnamed sides: adjectives, capitals and compounds", () => {
    expect(one("Nach russischen Angaben wurden 17 Angriffe abgewehrt.").actor).toBe("Russland");
    expect(one("Ukrainischen Angaben zufolge starben 4 Zivilisten.").actor).toBe("Ukraine");
    expect(one("Nach Kiewer Angaben fielen 7 Raketen.").actor).toBe("Ukrainische Regierung");
    expect(one("Moskau zufolge wurden 33 Drohnen abgefangen.").actor).toBe("Russische Regierung");
    const us = one("Nach US-Angaben sind 8.000 Soldaten verlegt worden.");
    expect(us.party).toBe("US");
    expect(us.caveat).toBe(false);
  });

  it("„nach eigenen Angaben“ resolves to the subject of the sentence", () => {
    expect(one("Die russische Luftabwehr hat nach eigenen Angaben 22 Drohnen zerstört.").actor).toBe("Russische Luftabwehr");
    expect(one("Nach eigenen Angaben hat die ukrainische Marine 3 Schiffe getroffen.").actor).toBe("Ukrainische Marine");
  });

  it("coordinated sources: the first is the actor, the others count for the caveat", () => {
    const c = one("Nach Angaben der Nato und der russischen Regierung wurden 90 Soldaten verlegt.");
    expect(c.actor).toBe("Nato");
    expect(c.party).toBe("NATO");
    expect(c.caveat).toBe(true);
  });

  it("„, so X“ and headline colon", () => {
    expect(one("Bei dem Angriff seien 6 Menschen verletzt worden, so Popko.").actor).toBe("Serhij Popko");
    expect(one("Lawrow: 20 Staaten unterstützen den Plan").actor).toBe("Sergej Lawrow");
  });
});

describe("impersonal and document cues", () => {
  it("„hieß es“ with the origin before or after", () => {
    expect(one("In der Nacht seien 60 Drohnen gestartet worden, hieß es aus dem Verteidigungsministerium in Moskau.").actor).toBe(
      "Russisches Verteidigungsministerium",
    );
    expect(one("Aus Kreisen der russischen Armee hieß es, 70 Panzer seien verlegt worden.").actor).toBe("Russische Armee");
  });

  it("„laut einer Umfrage/Studie des …“ names the author", () => {
    const c = one("Laut einer Studie des Berliner Zentrums für Osteuropastudien sind 35 Prozent der Befragten dafür.");
    expect(c.actor).toBe("Berliner Zentrum für Osteuropastudien");
    expect(c.caveat).toBe(false);
  });

  it("„Angaben aus <Ort>“ and compounds like „Militärangaben“", () => {
    expect(one("Nach Angaben aus Kiew wurden 16 Gefangene übergeben.").actor).toBe("Ukrainische Regierung");
    const c = one("In Nikopol wurden nach Behördenangaben 3 Menschen verletzt.");
    expect(c.actor).toBe("Ukrainische Behörden");
    expect(c.caveat).toBe(true);
  });

  it("liveblog titles with „++“ and a colon source", () => {
    const c = one("Liveblog ++ Kreml: 15 Drohnen über Moskau abgefangen ++");
    expect(c.actor).toBe("Kreml");
    expect(c.party).toBe("RU");
  });

  it("an unqualified body takes the side of the most recent official speaker", () => {
    const text =
      "Der ukrainische Generalstab meldete schwere Kämpfe. Die Luftwaffe teilte mit, 28 Drohnen seien abgeschossen worden.";
    expect(one(text).actor).toBe("Ukrainische Luftwaffe");
  });
});

describe("carry-over within a paragraph", () => {
  it("Konjunktiv I continues the last named speaker", () => {
    const text =
      "Der ukrainische Generalstab teilte mit, die Lage im Osten sei angespannt. In der Nacht seien 45 Angriffe abgewehrt worden. Zudem habe man 3 Panzer zerstört.";
    const cs = claims(text);
    expect(cs.map((c) => c.actor)).toEqual(["Ukrainischer Generalstab", "Ukrainischer Generalstab"]);
    expect(cs[0].sourceStart).toBe(-1);
    expect(cs.every((c) => c.caveat)).toBe(true);
  });

  it("Konjunktiv II and -iere forms continue the speaker", () => {
    const text =
      "Ein Nato-Diplomat sagte, Russland baue seine Truppen aus. Moskau käme auf 1,5 Millionen Soldaten. Es produziere 250.000 Granaten pro Monat.";
    const cs = claims(text);
    expect(cs.map((c) => c.party)).toEqual(["NATO", "NATO"]);
  });

  it("„nach offiziellen Angaben“ → the official side of the subject", () => {
    const text = "Umjerow sprach über die Reform. Die Armee hat nach offiziellen Angaben rund 900.000 Soldaten.";
    const c = one(text);
    expect(c.actor).toBe("Ukrainische Armee");
    expect(c.caveat).toBe(true);
  });

  it("anaphoric cues: „Den Angaben zufolge“, „Nach diesen Angaben“, „Demnach“", () => {
    expect(one("Die Polizei in Mykolajiw meldete Explosionen. Den Angaben zufolge wurden 6 Menschen verletzt.").actor).toBe(
      "Ukrainische Polizei",
    );
    expect(one("Der russische Generalstab meldete Kämpfe. Nach diesen Angaben gab es 90 Gefechte.").actor).toBe(
      "Russischer Generalstab",
    );
    expect(one("Der ukrainische Generalstab veröffentlichte Zahlen. Demnach fielen 1.100 Angreifer.").actor).toBe(
      "Ukrainischer Generalstab",
    );
  });

  it("„gab … bekannt“", () => {
    expect(one("Das russische Militär gab die Zahl der Abschüsse mit 41 bekannt.").actor).toBe("Russisches Militär");
  });

  it("„sollen“ continues the speaker", () => {
    const text = "Nach Angaben des Gouverneurs Gladkow wurde ein Umspannwerk getroffen. 2 Arbeiter sollen verletzt sein.";
    expect(one(text).actor).toBe("Wjatscheslaw Gladkow");
  });

  it("indicative sentences do not carry over", () => {
    const text = "Selenskyj sagte, der Winter werde hart. Die Ukraine hat 42 Millionen Einwohner.";
    const c = one(text);
    expect(c.actor).toBe("");
    expect(c.party).toBe("NONE");
  });

  it("does not carry across paragraphs", () => {
    const text = "Selenskyj sagte, die Lage sei ernst.\n\nIn Cherson seien 5 Häuser zerstört worden.";
    expect(one(text).party).toBe("NONE");
  });

  it("„Das teilte X mit“ attributes the preceding sentence", () => {
    const text = "In Saporischschja wurden 7 Menschen verletzt. Das teilte Gouverneur Iwan Fedorow mit.";
    const c = one(text);
    expect(c.actor).toBe("Iwan Fedorow");
    expect(c.caveat).toBe(true);
  });

  it("a quotation over several sentences belongs to the speaker named after it", () => {
    const text =
      "Sobjanin äußerte sich am Abend. „Die Abwehr hat funktioniert. 11 Drohnen wurden zerstört. Es gibt keine Schäden“, sagte Sobjanin.";
    expect(one(text).actor).toBe("Sergej Sobjanin");
    const straight = 'Sobjanin äußerte sich. "11 Drohnen wurden zerstört. Es gibt keine Schäden", sagte Sobjanin.';
    expect(one(straight).actor).toBe("Sergej Sobjanin");
  });

  it("a pronoun without a speaker in the paragraph refers to the person named last", () => {
    const text = "Präsident Selenskyj verurteilte den Angriff. „Das ist Terror“, schrieb er. Russland habe 3 Raketen abgefeuert.";
    expect(one(text).actor).toBe("Wolodymyr Selenskyj");
  });

  it("a description refers back to the person named before", () => {
    const text =
      "Kanzler Olaf Scholz reiste nach Kiew. Deutschland werde 8 weitere Flugabwehrsysteme liefern, sagte der SPD-Politiker.";
    expect(one(text).actor).toBe("Olaf Scholz");
  });

  it("inside reported speech a promise verb is content, not a new source", () => {
    const text = "Pistorius sagte, die Lage sei ernst. Deutschland habe der Ukraine bereits 12 Systeme zugesagt.";
    expect(one(text).actor).toBe("Boris Pistorius");
  });

  it("pronoun cues resolve to the last speaker", () => {
    const text = "Bürgermeister Sergej Sobjanin sprach von einem Angriff auf Moskau. Ihm zufolge wurden 3 Drohnen abgeschossen.";
    expect(claimFor(text, "3").actor).toBe("Sergej Sobjanin");
  });
});

describe("nested attribution and carriers", () => {
  it("resolves to the origin, not the carrier", () => {
    const c = one("UN-Angaben zufolge berichteten die örtlichen Behörden in Sumy von 50 Opfern.");
    expect(c.actor).toBe("Ukrainische Behörden");
    expect(c.party).toBe("UA");
    const d = one("Wie die Agentur Interfax meldete, sagte Gouverneur Gladkow, 12 Häuser seien beschädigt.");
    expect(d.actor).toBe("Wjatscheslaw Gladkow");
  });

  it("figures without a cue belong to the newsroom", () => {
    const c = one("Die Ukraine hat rund 38 Millionen Einwohner.");
    expect(c.actor).toBe("");
    expect(c.party).toBe("NONE");
    expect(c.caveat).toBe(false);
    expect(c.sourceStart).toBe(-1);
  });

  it("an agency tag is the carrier, not the speaker", () => {
    const c = one("Bei Charkiw schlugen 4 Raketen ein. (afp)");
    expect(c.party).toBe("NONE");
  });
});

describe("offsets", () => {
  it("source offsets point at the cue text and never contain the value", () => {
    const text = "Laut Kremlsprecher Peskow sind 30 Delegierte angereist.";
    const c = one(text);
    expect(text.slice(c.sourceStart, c.sourceEnd)).toBe(c.sourceText);
    expect(c.sourceText).toBe("Laut Kremlsprecher Peskow");
    expect(text.slice(c.start, c.end)).toBe(c.valueText);
    expect(text.slice(c.sentenceStart, c.sentenceEnd)).toBe(c.sentence);
  });
});
