// Number forms, qualifiers, totals, ranges, what is counted, and what is not a claim.
import { parseNumberWord, parseTimesWord } from "@/lib/extraction/number-words";
import { values, one, claimFor } from "./helpers";

describe("number words", () => {
  it.each([
    ["eins", 1],
    ["zwei", 2],
    ["sieben", 7],
    ["zwölf", 12],
    ["dreizehn", 13],
    ["siebzehn", 17],
    ["zwanzig", 20],
    ["dreißig", 30],
    ["dreiundzwanzig", 23],
    ["einundvierzig", 41],
    ["hundert", 100],
    ["dreihundert", 300],
    ["zweihundertfünfzig", 250],
    ["tausend", 1000],
    ["viertausendfünfhundert", 4500],
    ["zweieinhalb", 2.5],
    ["anderthalb", 1.5],
    ["eineinhalb", 1.5],
  ])("%s → %d", (w, v) => {
    expect(parseNumberWord(w)).toBe(v);
  });

  it("rejects ordinals, compounds and articles", () => {
    for (const w of ["achten", "dritte", "zweitgrößte", "fünfjährige", "ein", "eine", "einigen", "Hunderte"]) {
      expect(parseNumberWord(w)).toBeNull();
    }
    expect(parseTimesWord("dreimal")).toBe(3);
    expect(parseTimesWord("einmal")).toBeNull();
  });
});

describe("digit forms and scales", () => {
  it("parses German separators", () => {
    expect(one("Es kamen 11.000 Helfer.").value).toBe(11000);
    expect(one("Der Anteil liegt bei 1,5 Prozent.").value).toBe(1.5);
    expect(one("Es wurden 10 000 Zelte geliefert.").value).toBe(10000);
    expect(one("Es wurden 10 000 Zelte geliefert.").valueText).toBe("10 000");
    expect(one("Gezählt wurden 2.345.678 Stimmen.").value).toBe(2345678);
  });

  it("applies scale words and keeps them in the value text", () => {
    const c = one("Berlin sagte weitere 650 Millionen Euro zu.");
    expect(c.valueText).toBe("650 Millionen");
    expect(c.value).toBe(650e6);
    expect(c.what).toBe("Euro");
    expect(one("Das Paket hat 1,2 Mrd. Dollar Umfang.").value).toBe(1.2e9);
    expect(one("Dafür stehen 3 Mio. Euro bereit.").value).toBe(3e6);
    expect(one("Es geht um zwei Milliarden Euro.").value).toBe(2e9);
    expect(one("Eine Million Menschen sind ohne Wasser.").value).toBe(1e6);
    expect(one("Eine halbe Million Menschen sind ohne Wasser.").value).toBe(5e5);
  });

  it("percent and money", () => {
    const p = one("Die Inflation stieg auf 9,8 Prozent.");
    expect(p.value).toBe(9.8);
    expect(p.what).toBe("Prozent");
    expect(one("Etwa 40 % der Häuser sind zerstört.").what).toMatch(/^Prozent/);
    expect(one("Der Schaden liegt bei 80 Dollar pro Kopf.").what).toBe("Dollar");
  });

  it("a currency conversion in parentheses restates the amount and is no claim of its own", () => {
    expect(values("Kanada gibt 400 Millionen Dollar (rund 270 Millionen Euro) für Drohnen.")).toEqual(["400 Millionen"]);
  });

  it("fractions, Dutzend and -mal", () => {
    expect(one("Die Hälfte der Brücken ist zerstört.").value).toBe(0.5);
    expect(one("Drei Viertel der Bewohner sind geflohen.").value).toBe(0.75);
    expect(one("Ein Drittel der Anlagen fiel aus.").value).toBeCloseTo(1 / 3);
    expect(one("Zwei Dutzend Fahrzeuge brannten aus.").value).toBe(24);
    expect(one("Die Stadt wurde zweimal getroffen.").value).toBe(2);
  });

  it("ein/eine only for casualties", () => {
    expect(one("Ein Feuerwehrmann wurde bei dem Einsatz getötet.").value).toBe(1);
    expect(values("Ein Lagerhaus und eine Schule wurden beschädigt.")).toEqual([]);
    expect(values("Eine Frau besuchte ihre Tochter.")).toEqual([]);
  });
});

describe("qualifiers", () => {
  it.each([
    ["Mehr als 300 Menschen flohen.", "mehr als", "Mehr als 300"],
    ["Es waren rund 40 Fahrzeuge.", "rund", "rund 40"],
    ["Etwa 70 Häuser brannten.", "etwa", "Etwa 70"],
    ["Mindestens 8 Menschen starben.", "mindestens", "Mindestens 8"],
    ["Es können bis zu 500 Soldaten sein.", "bis zu", "bis zu 500"],
    ["Knapp 90 Dörfer sind ohne Strom.", "knapp", "Knapp 90"],
    ["Über 200 Bewohner wurden evakuiert.", "über", "Über 200"],
    ["Fast 60 Schulen sind geschlossen.", "fast", "Fast 60"],
    ["Gut 30 Busse stehen bereit.", "gut", "Gut 30"],
    ["Weniger als 20 Ärzte sind geblieben.", "weniger als", "Weniger als 20"],
    ["Nahezu 1.000 Freiwillige halfen.", "nahezu", "Nahezu 1.000"],
    ["Es sind ca. 15 Kräne im Einsatz.", "ca.", "ca. 15"],
  ])("%s", (text, q, vt) => {
    const c = one(text);
    expect(c.qualifier).toBe(q);
    expect(c.valueText).toBe(vt);
  });

  it("focus particles are not qualifiers", () => {
    const c = one("Es wurden nur 12 Anträge gestellt.");
    expect(c.qualifier).toBe("");
    expect(c.valueText).toBe("12");
  });
});

describe("totals and ranges", () => {
  it("X von Y: X is the claim, Y the total", () => {
    const c = one("Die Abwehr zerstörte 31 von 44 Marschflugkörpern.");
    expect(c.value).toBe(31);
    expect(c.total).toBe(44);
    const d = one("Sie fingen sieben von insgesamt neun Raketen ab.");
    expect(d.value).toBe(7);
    expect(d.total).toBe(9);
  });

  it("one claim per distinct quantity", () => {
    expect(values("Von 60 Drohnen wurden 12 zerstört, 30 verschwanden vom Radar.")).toEqual(["60", "12", "30"]);
    expect(values("Die Abwehr zerstörte 31 von 44 Raketen, 13 schlugen ein.")).toEqual(["31", "13"]);
  });

  it("vague X of a numeric Y: the total is the claim", () => {
    expect(values("Viele der 2.000 Rekruten sind unerfahren.")).toEqual(["2.000"]);
  });

  it("ranges count the lower bound", () => {
    expect(values("Es fehlen 20 bis 30 Generatoren.")).toEqual(["20"]);
    expect(values("Es fehlen zwischen 40 und 60 Generatoren.")).toEqual(["40"]);
  });
});

describe("what is counted", () => {
  it("takes the noun phrase after the number", () => {
    expect(one("Es wurden 14 russische Kampfflugzeuge gesichtet.").what).toBe("russische Kampfflugzeuge");
    expect(one("Bei dem Angriff wurden 9 Menschen getötet.").what).toBe("Menschen");
    expect(one("Moskau verlegte 3.000 seiner Soldaten.").what).toBe("Soldaten");
  });

  it("uses „Zahl der …“ and elided nouns", () => {
    expect(one("Die Zahl der Toten stieg auf 17.").what).toBe("Tote");
    expect(claimFor("Es starteten 40 Drohnen, 25 wurden abgeschossen.", "25").what).toBe("Drohnen");
  });
});

describe("not claims", () => {
  it.each([
    ["dates and years", "Am 24. Februar 2022 begann die Invasion. Im Jahr 2014 folgte die Krim."],
    ["numeric dates", "Seit dem 03.05.2024 gilt die Regel."],
    ["clock times", "Um 14:30 Uhr und gegen 9 Uhr heulten Sirenen."],
    ["ages", "Der 56-Jährige ist 56 Jahre alt. Ein 19-jähriger Soldat wurde festgenommen."],
    ["ordinals", "Es ist sein fünfter Besuch und zum zweiten Mal in Folge die drittgrößte Stadt."],
    ["type numbers", "Die Ukraine erhielt F-16 und Patriot-Systeme, Russland setzte Su-35 und Kh-101 ein."],
    ["case numbers", "Das Verfahren (Az. 4 StR 112/24) läuft."],
    ["durations", "Seit 11 Jahren tobt der Konflikt. In den vergangenen 48 Stunden blieb es ruhig. Seit mehr als drei Monaten."],
    ["compounds", "Das Zwei-Milliarden-Programm und ein siebenstöckiges Haus. Drei- bis vierjährige Verträge."],
    ["vague collectives", "Tausende flohen, Dutzende Häuser brannten, Hunderte Soldaten und mehrere hundert Fahrzeuge."],
    ["labels", "Reaktor 4 und Block 2 sind abgeschaltet. Seit Tag eins ist das so. Artikel 5 gilt."],
    ["articles and beide", "Beide Seiten verhandeln. Einer der Generäle ist ein Hardliner."],
    ["model and resolution numbers", "Die Leopard 2 und die Patriot PAC 3 sind da. Die UN-Resolution 2231 gilt."],
    [
      "label compounds",
      "Die Stadt rief die Warnstufe 3 aus. Die Bundesautobahn 7 bleibt zu. Der Klub fiel auf Tabellenplatz fünf.",
    ],
    ["ages in parentheses", "Der Fahrer Serhij M. (41) wurde festgenommen."],
    ["day and month", "Das Treffen ist für Freitag, 14.3., geplant. Es endet am 15.3."],
    ["enumerated dates", "Der Gipfel findet am 26. und 27. Juni statt."],
  ])("%s", (_n, text) => {
    expect(values(text)).toEqual([]);
  });

  it("counts a noun after a label compound: the compound is then a place, not the number's label", () => {
    expect(values("Auf dem Rathausplatz 40 Demonstranten festgenommen.")).toEqual(["40"]);
  });
});
