// Party from morphology: genitive countries, possessors, party tags, employer compounds, spellings.
import { one, claimFor } from "./helpers";

describe("party cues in the speaker phrase", () => {
  it("a genitive country before a body: „Südkoreas Militär“ is not North Korea", () => {
    const c = one("Südkoreas Militär teilte mit, es seien 3 Raketen gewesen.");
    expect(c.party).toBe("OTHER");
  });

  it("possessive person: „Putins Büro“ speaks for Putin's side", () => {
    const c = one("Putins Büro zufolge wurden 40 Drohnen abgefangen.");
    expect(c.party).toBe("RU");
    expect(c.actor).toContain("Wladimir Putin");
    expect(c.caveat).toBe(true);
  });

  it("German party tag after a name: (CDU) → DE", () => {
    const c = one("Wirtschaftsministerin Katherina Reiche (CDU) sagte, die Strompreise seien um 12 Prozent gesunken.");
    expect(c.party).toBe("DE");
  });

  it("employer compound before -Chef gives the party", () => {
    const c = one("Gazprom-Chef Alexej Miller sagte, der Konzern habe 20 Milliarden Kubikmeter geliefert.");
    expect(c.party).toBe("RU");
  });

  it("surname in another transliteration: „Umerov“ → Rustem Umjerow", () => {
    const c = one("Umerov zufolge wurden 25 Panzer geliefert.");
    expect(c.actor).toBe("Rustem Umjerow");
  });
});

describe("local administrations", () => {
  it("are named after their territory", () => {
    const c = claimFor("Angriff auf Tschernihiw: Nach Angaben der Militärverwaltung wurden 5 Menschen verletzt.", "5");
    expect(c.actor).toBe("Ukrainische Militärverwaltung Tschernihiw");
    expect(c.party).toBe("UA");
  });
});

describe("genitive country names the body", () => {
  it("„Japans Verteidigungsministerium“ → Japanisches Verteidigungsministerium, OTHER", () => {
    const c = one("Japans Verteidigungsministerium teilte mit, es seien 2 Raketen gewesen.");
    expect(c.actor).toBe("Japanisches Verteidigungsministerium");
    expect(c.party).toBe("OTHER");
  });
});
