// Caveat decision: official body of a configured conflict party (or an unnamed side) AND a figure
// about the course of the war, attacks or victims. Configurable parties and wording.
import { DEFAULT_CONFIG, DEFAULT_CAVEAT_TEXT } from "@/lib/extraction/config";
import { isAboutWar, decideCaveat } from "@/lib/extraction/caveat";
import { one, claims } from "./helpers";

describe("caveat: yes", () => {
  it.each([
    "Die ukrainische Luftwaffe meldete 31 abgeschossene Drohnen.",
    "Das russische Verteidigungsministerium erklärte, 150 ukrainische Soldaten seien getötet worden.",
    "Nach Angaben des Gouverneurs von Cherson, Olexander Prokudin, wurden 3 Menschen verletzt.",
    "Kiew zufolge wurden 12 Gefangene ausgetauscht.",
    "Nach russischen Angaben wurden 5 Ortschaften eingenommen.",
    "Die Staatsagentur Tass meldete 20 Explosionen in Donezk.",
    "Der Zivilschutz in Odessa meldete 2 Tote nach dem Beschuss.",
  ])("%s", (text) => {
    expect(one(text).caveat).toBe(true);
  });
});

describe("caveat: no", () => {
  it("other parties", () => {
    expect(one("Das britische Verteidigungsministerium schätzt, dass 1.500 russische Soldaten getötet wurden.").caveat).toBe(
      false,
    );
    expect(one("Nato-Generalsekretär Rutte sagte, 600.000 Russen seien verwundet.").caveat).toBe(false);
    expect(one("KCNA meldete, 3 Raketen seien getestet worden.").caveat).toBe(false);
  });

  it("non-war statements of the same bodies", () => {
    // a schedule duration ("4 Stunden pro Tag") is a measurement and a claim of its own, without caveat
    for (const c of claims(
      "Der Energieversorger Ukrenergo teilte mit, Abschaltungen dauerten 4 Stunden pro Tag, in 12 Regionen.",
    ))
      expect(c.caveat).toBe(false);
    expect(one("Das ukrainische Finanzministerium teilte mit, die Inflation liege bei 9 Prozent.").caveat).toBe(false);
  });

  it("unattributed newsroom figures", () => {
    expect(one("Bei dem Angriff wurden 14 Menschen getötet.").caveat).toBe(false);
  });

  it("non-official speakers of a conflict party", () => {
    expect(one("Ein ukrainischer Militärblogger schrieb, 40 Panzer seien zerstört.").caveat).toBe(false);
  });
});

describe("configuration", () => {
  it("default config", () => {
    expect(DEFAULT_CONFIG.conflictParties).toEqual(["RU", "UA"]);
    expect(DEFAULT_CONFIG.caveatText).toBe(DEFAULT_CAVEAT_TEXT);
    expect(DEFAULT_CONFIG.caveatText.startsWith("Konfliktparteien als Quelle:")).toBe(true);
  });

  it("other conflict parties can be configured", () => {
    const text = "Ein Sprecher der israelischen Armee sagte, 25 Raketen seien abgefangen worden.";
    expect(one(text).caveat).toBe(false);
    const actors = [
      ...DEFAULT_CONFIG.actors,
      {
        canonicalName: "Israelische Armee",
        aliases: ["israelische Armee", "IDF"],
        kind: "BODY" as const,
        party: "OTHER" as const,
        official: true,
      },
    ];
    expect(one(text, { actors, conflictParties: ["OTHER"] }).caveat).toBe(true);
    expect(one("Nach Angaben der nordkoreanischen Armee wurden 3 Soldaten getötet.", { conflictParties: ["KP"] }).caveat).toBe(
      true,
    );
    expect(one("Das russische Militär meldete 3 getötete Soldaten.", { conflictParties: ["KP"] }).caveat).toBe(false);
  });

  it("custom caveat text appears in the explanation", () => {
    const c = one("Nach ukrainischen Angaben wurden 9 Drohnen abgeschossen.", {
      caveatText: "Achtung: Angaben einer Kriegspartei.",
    });
    expect(c.caveat).toBe(true);
    expect(c.explanation).toContain("Achtung: Angaben einer Kriegspartei.");
  });
});

describe("war lexicon", () => {
  it("recognises compounds and inflections", () => {
    expect(isAboutWar("Nach dem Drohnenangriff brannte es.").yes).toBe(true);
    expect(isAboutWar("Die Artilleriegeschosse schlugen ein.").yes).toBe(true);
    expect(isAboutWar("Die Zahl der Verwundeten stieg.").yes).toBe(true);
    expect(isAboutWar("Der Haushalt wächst um 3 Prozent.").yes).toBe(false);
  });

  it("decideCaveat explains itself", () => {
    const d = decideCaveat([{ actor: "Ukraine", party: "UA", official: true }], "6 Soldaten wurden verwundet.", "Soldaten", [
      "RU",
      "UA",
    ]);
    expect(d.caveat).toBe(true);
    expect(d.reason).toMatch(/Hinweis nötig/);
    expect(decideCaveat([], "6 Soldaten", "", ["RU", "UA"]).reason).toMatch(/Redaktion/);
  });
});

describe("explanations", () => {
  it("name the number rule, the cue and the caveat decision in German", () => {
    const c = one("Laut dem ukrainischen Generalstab wurden mehr als 1.200 Angreifer getötet.");
    expect(c.explanation).toMatch(/Zahl: Ziffernfolge/);
    expect(c.explanation).toMatch(/Einschränkung „mehr als“/);
    expect(c.explanation).toMatch(/Quelle: Präpositionaler Hinweis „Laut“/);
    expect(c.explanation).toMatch(/Hinweis nötig/);
  });
});
