// Caveat topic: rescue/injury/evacuation/prisoner/recruitment words, and the paragraph topic of a
// speaker carried over in Konjunktiv.
import { claimFor } from "./helpers";

describe("caveat topic lexicon and paragraph topic", () => {
  it.each([
    ["Gouverneur Gladkow sagte, Helfer hätten 9 Menschen aus den Trümmern geborgen.", "9"],
    ["Gladkow zufolge befinden sich 3 Frauen in kritischem Zustand.", "3"],
    ["Laut Gouverneur Gladkow mussten 4.000 Bewohner in Sicherheit gebracht werden.", "4.000"],
    ["Lubinez sagte, 2.500 Ukrainer würden weiterhin festgehalten.", "2.500"],
    ["Beloussow sagte, 80.000 Männer hätten einen Vertrag mit der Armee unterschrieben.", "80.000"],
    ["Selenskyj sagte, unter den Heimkehrern seien 12 Zivilisten.", "12"],
  ])("%s", (text, v) => {
    expect(claimFor(text, v).caveat).toBe(true);
  });

  it("a Konjunktiv follow-up keeps the speaker's war topic", () => {
    const t =
      "Gouverneur Gladkow teilte mit, die Luftabwehr habe 14 Drohnen abgeschossen. Rund 20.000 Haushalte seien ohne Strom gewesen.";
    expect(claimFor(t, "Rund 20.000").caveat).toBe(true);
  });

  it("without a war statement before, a schedule stays without caveat", () => {
    const t =
      "Ukrenergo-Chef Witalij Sajtschenko sagte, die Abschaltungen begännen am Morgen. Rund 20.000 Haushalte seien ohne Strom.";
    expect(claimFor(t, "Rund 20.000").caveat).toBe(false);
  });
});
