// Gazetteer, inflection, roles, misspellings, unknown speakers and party cues.
import { ActorMatcher, DEFAULT_ACTORS, boundedEditDistance, bodyName, wordForms } from "@/lib/extraction/actors";
import { wordParty, placeParty } from "@/lib/extraction/parties";
import { tokenize } from "@/lib/extraction/tokens";
import { PARTIES, ACTOR_KINDS } from "@/lib/extraction/types";
import { one, claimFor } from "./helpers";

const matcher = new ActorMatcher(DEFAULT_ACTORS);
const match = (s: string): string | null => {
  const m = matcher.matchAt(tokenize(s), 0);
  return m ? m.entry.canonicalName : null;
};

describe("DEFAULT_ACTORS", () => {
  it("is broad and well-formed", () => {
    expect(DEFAULT_ACTORS.length).toBeGreaterThan(200);
    for (const a of DEFAULT_ACTORS) {
      expect(a.canonicalName.length).toBeGreaterThan(0);
      expect(PARTIES).toContain(a.party);
      expect(ACTOR_KINDS).toContain(a.kind);
      expect(Array.isArray(a.aliases)).toBe(true);
    }
    const names = new Set(DEFAULT_ACTORS.map((a) => a.canonicalName));
    expect(names.size).toBe(DEFAULT_ACTORS.length); // unique: seeded into a table with a unique name
    for (const n of [
      "Wolodymyr Selenskyj",
      "Wladimir Putin",
      "Kim Jong Un",
      "TASS",
      "RIA Nowosti",
      "Interfax",
      "Ukrinform",
      "KCNA",
      "Nato",
      "EU-Kommission",
      "Bundesregierung",
      "US-Regierung",
      "Ukrainischer Generalstab",
      "Russisches Verteidigungsministerium",
    ]) {
      expect(names.has(n)).toBe(true);
    }
  });

  it("names bodies with their party in the nominative", () => {
    expect(bodyName("UA", "Rettungsdienst")).toBe("Ukrainischer Rettungsdienst");
    expect(bodyName("RU", "Luftwaffe")).toBe("Russische Luftwaffe");
    expect(bodyName("UA", "Militär")).toBe("Ukrainisches Militär");
    expect(bodyName("US", "Regierung")).toBe("US-Regierung");
  });
});

describe("matching", () => {
  it("tolerates inflection", () => {
    expect(match("Selenskyjs")).toBe("Wolodymyr Selenskyj");
    expect(match("Putins")).toBe("Wladimir Putin");
    expect(match("des russischen Verteidigungsministeriums".split(" ").slice(1).join(" "))).toBe(
      "Russisches Verteidigungsministerium",
    );
    expect(match("ukrainischen Präsidenten")).toBe("Wolodymyr Selenskyj");
    expect(wordForms("Präsidenten")).toContain("präsident");
  });

  it("resolves role descriptions through aliases", () => {
    expect(match("Kremlchef")).toBe("Wladimir Putin");
    expect(match("Verteidigungsministerium in Moskau")).toBe("Russisches Verteidigungsministerium");
    expect(match("nordkoreanische Machthaber")).toBe("Kim Jong Un");
  });

  it("tolerates one misspelt token of a multi-token name (bounded edit distance)", () => {
    expect(match("Kim Jung Un")).toBe("Kim Jong Un");
    expect(match("Wolodimyr Selenskyj")).toBe("Wolodymyr Selenskyj");
    expect(match("Antony Blinkin")).toBe("Antony Blinken");
    expect(match("Kam Jung Un")).toBeNull(); // two errors
    expect(boundedEditDistance("kong", "jong", 1)).toBe(1);
    expect(boundedEditDistance("abcdef", "uvwxyz", 1)).toBe(2);
  });
});

describe("resolution in text", () => {
  it("role description → person named earlier in the text", () => {
    const text =
      "Der ukrainische Präsident Wolodymyr Selenskyj besuchte die Front. Später sagte der Staatschef, 40 Dörfer seien befreit.";
    expect(one(text).actor).toBe("Wolodymyr Selenskyj");
  });

  it("„der Gouverneur der Region“ → governor named earlier", () => {
    const text =
      "Der Gouverneur von Brjansk, Alexander Bogomas, berichtete von Explosionen. Nach Angaben des Gouverneurs der Region wurden 2 Häuser beschädigt.";
    expect(one(text).actor).toBe("Alexander Bogomas");
  });

  it("unnamed governor → „Gouverneur von <Ort>“ with the place's party", () => {
    const c = one("Bei Angriffen auf Sumy wurden 6 Menschen verletzt, wie der Gouverneur der Region mitteilte.");
    expect(c.actor).toBe("Gouverneur von Sumy");
    expect(c.party).toBe("UA");
    const d = one("In Belgorod wurden 3 Häuser getroffen, sagte der Gouverneur.");
    expect(d.actor).toBe("Gouverneur von Belgorod");
    expect(d.party).toBe("RU");
  });

  it("„das Ministerium“ → ministry named before", () => {
    const text =
      "Das russische Verteidigungsministerium meldete Kämpfe bei Kupjansk. Das Ministerium erklärte, 5 Panzer seien zerstört.";
    expect(one(text).actor).toBe("Russisches Verteidigungsministerium");
  });

  it("local bodies take the party of the place", () => {
    expect(one("In Dnipro sind nach Angaben der Polizei 8 Menschen verletzt worden.").actor).toBe("Ukrainische Polizei");
    expect(one("In Kursk meldete die Feuerwehr 4 Brände.").actor).toBe("Russische Feuerwehr");
  });

  it("misspelt names in running text", () => {
    expect(one("Kim Jon Un sagte, 6.000 Soldaten stünden bereit.").actor).toBe("Kim Jong Un");
  });
});

describe("unknown speakers and party cues", () => {
  it.each([
    ["Ein Sprecher der ukrainischen Marine sagte, 4 Boote seien zerstört.", "UA"],
    ["Ein Sprecher des Moskauer Bürgermeisters sagte, 2 Drohnen seien abgestürzt.", "RU"],
    ["Ein Sprecher der nordkoreanischen Armee sagte, 900 Raketen stünden bereit.", "KP"],
    ["Ein Sprecher des US-Außenministeriums sagte, 30 Diplomaten seien abgezogen.", "US"],
    ["Ein Nato-Sprecher sagte, 12 Flugzeuge seien aufgestiegen.", "NATO"],
    ["Ein EU-Diplomat sagte, 14 Staaten seien dafür.", "EU"],
    ["Eine Sprecherin der Bundesregierung sagte, 3 Flüge seien gestrichen.", "DE"],
    ["Ein Sprecher des Roten Kreuzes sagte, 20 Helfer seien vor Ort.", "OTHER"],
  ])("%s", (text, party) => {
    expect(one(text).party).toBe(party);
  });

  it("keeps the text of unknown named speakers", () => {
    const c = claimFor("Militärexperte Gustav Gressel sagte, 400 Panzer fehlten.", "400");
    expect(c.actor).toBe("Gustav Gressel");
    expect(c.party).toBe("OTHER");
  });

  it("word and place cues", () => {
    expect(wordParty("ukrainischen")).toBe("UA");
    expect(wordParty("Kyjiw")).toBe("UA");
    expect(wordParty("Kreml-Sprecher")).toBe("RU");
    expect(wordParty("Pjöngjangs")).toBe("KP");
    expect(wordParty("US-Militär")).toBe("US");
    expect(wordParty("Nato-Partner")).toBe("NATO");
    expect(wordParty("EU-Gipfel")).toBe("EU");
    expect(wordParty("Bundesregierung")).toBe("DE");
    expect(wordParty("französischen")).toBe("OTHER");
    expect(wordParty("weißrussischen")).toBe("OTHER");
    expect(wordParty("Bürgermeister")).toBeNull();
    expect(placeParty("Charkiws")).toBe("UA");
    expect(placeParty("Belgorod")).toBe("RU");
  });
});
