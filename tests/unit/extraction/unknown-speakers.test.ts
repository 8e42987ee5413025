// Speakers in cue slots that are not in the gazetteer keep their text; party from cues in the phrase.
import { one, claimFor } from "./helpers";

describe("unknown speakers in cue slots", () => {
  it.each([
    ["Rund 900 Schulen seien geschlossen worden, wie das Bundesamt für Statistik mitteilte.", "Bundesamt für Statistik", "DE"],
    ["Nach Angaben des Kraftfahrt-Bundesamts wurden 300.000 Autos zugelassen.", "Kraftfahrt-Bundesamt", "DE"],
    ["Der Internationale Währungsfonds schätzt das Wachstum auf 3 Prozent.", "Internationaler Währungsfonds", "OTHER"],
    ["Nach Schätzungen japanischer Stellen wurden 40 Raketen getestet.", "Japanische Stellen", "OTHER"],
    ["Der Pegel lag bei 5,10 Metern, teilte der Hochwasserdienst Sachsen mit.", "Hochwasserdienst Sachsen", "DE"],
    ["Laut der Weltgesundheitsorganisation starben 40 Menschen an Cholera.", "Weltgesundheitsorganisation", "OTHER"],
  ])("%s", (text, actor, party) => {
    const c = one(text);
    expect(c.actor).toBe(actor);
    expect(c.party).toBe(party);
  });

  it("exile media are not the state of their country", () => {
    const c = one("Das belarussische Exilportal Nascha Niwa hat 300 Festnahmen dokumentiert.");
    expect(c.party).toBe("OTHER");
  });

  it("a body with a place gets that side and is official", () => {
    const c = one("Der Stab für Vermisste in Kiew erklärte, 40 Soldaten seien gefangen genommen worden.");
    expect(c.party).toBe("UA");
    expect(c.actor).toContain("Stab für Vermisste");
    expect(c.caveat).toBe(true);
  });

  it("a later short mention refers back to the body named before", () => {
    const t =
      "Die UN-Beobachtermission in der Ukraine hat einen Bericht veröffentlicht. " +
      "Mindestens 200 Zivilisten seien im Mai getötet worden, teilte die Mission in Kiew mit.";
    expect(claimFor(t, "Mindestens 200").actor).toBe("UN-Beobachtermission");
  });

  it("a nationality noun refers to the person named before", () => {
    const t = "Der britische Premier Keir Starmer forderte mehr Hilfe. Die Lieferung umfasse 40 Panzer, sagte der Brite.";
    expect(claimFor(t, "40").actor).toBe("Keir Starmer");
  });
});
