// Carry-over and cue precedence: own cues beat the paragraph speaker; pronouns, "hieß es", nesting.
import { claimFor } from "./helpers";

describe("carry-over and cue precedence", () => {
  it("„sollten“ continues the last speaker", () => {
    const t = "Austin sagte in Ramstein, die USA hätten 40 Panzer geliefert. Weitere 20 Panzer sollten im Frühjahr folgen.";
    expect(claimFor(t, "20").actor).toBe("Lloyd Austin");
  });

  it("bare „hieß es“ continues the paragraph's speaker, not a genitive", () => {
    const t =
      "Die Angriffe gingen weiter, teilte das russische Verteidigungsministerium mit. " +
      "Insgesamt beliefen sich die Verluste Kiews an der Front auf rund 900 Mann, hieß es.";
    expect(claimFor(t, "rund 900").actor).toBe("Russisches Verteidigungsministerium");
  });

  it("a pronoun after a colon refers to the sentence's person subject", () => {
    const t = "Lawrow sagte, der Westen rüste Kiew auf. Selenskyj widersprach: Russland habe 300 Raketen abgefeuert, sagte er.";
    expect(claimFor(t, "300").actor).toBe("Wolodymyr Selenskyj");
  });

  it("an announcement verb with its own subject beats the carried-over speaker", () => {
    const t =
      "Peskow sagte, die Gespräche seien beendet. Außenminister Andrij Sybiha kündigte an, die Ukraine wolle 20 Botschaften eröffnen.";
    expect(claimFor(t, "20").actor).toBe("Andrij Sybiha");
  });

  it("„unter Berufung auf“ names the origin, also for the next sentence", () => {
    const t =
      "In Kursk meldete die Agentur Interfax unter Berufung auf die örtliche Feuerwehr, ein Lager habe gebrannt. Dabei seien 3 Menschen verletzt worden.";
    expect(claimFor(t, "3").party).toBe("RU");
    expect(claimFor(t, "3").actor).toContain("Feuerwehr");
  });

  it("a role alias followed by an unknown name is that person", () => {
    const t = "Die ukrainische Menschenrechtsbeauftragte Olena Petrenko teilte mit, 12 Zivilisten seien freigekommen.";
    expect(claimFor(t, "12").actor).toBe("Olena Petrenko");
  });
});

describe("„hieß es in dem Bericht“", () => {
  it("refers back to the report's author named before", () => {
    const t =
      "Die Denkfabrik Rand schätzt, dass 300 Panzer verloren gingen. Das seien 20 Prozent mehr als im Vorjahr, hieß es in dem Bericht.";
    expect(claimFor(t, "20").actor).toBe(claimFor(t, "300").actor);
  });
});
