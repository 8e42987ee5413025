// The publishable sentence ("Textbaustein"): German attribution grammar across actor kinds,
// parties and genders, the caveat only where it applies, the newsroom's templates.
import {
  attributionOf,
  buildStatement,
  DEFAULT_STATEMENT_TEMPLATES,
  EXAMPLE_CLAIMS,
  templateProblem,
  type StatementClaim,
} from "@/lib/reports/statement";

const CAVEAT = "Die Angaben der Konfliktparteien lassen sich nicht unabhängig überprüfen.";
const defaults = { templates: {}, caveatText: CAVEAT };

function claim(overrides: Partial<StatementClaim>): StatementClaim {
  return {
    sentence: "Nach Angaben der Quelle wurden 50 von 80 Drohnen abgeschossen.",
    valueText: "50 von 80",
    what: "Drohnen",
    sourceText: "Nach Angaben der Quelle",
    actorName: "",
    party: "OTHER",
    official: false,
    caveat: false,
    actor: null,
    ...overrides,
  };
}

const person = (name: string, party: StatementClaim["party"], aliases: string[]) =>
  claim({ actorName: name, party, official: true, actor: { kind: "PERSON", aliases } });
const body = (name: string, party: StatementClaim["party"], kind: "BODY" | "MEDIA" | "AGENCY" | "GROUP" = "BODY") =>
  claim({ actorName: name, party, official: kind === "BODY", actor: { kind, aliases: [] } });

describe("the issue's example", () => {
  test("conflict party's president, caveat applies", () => {
    const statement = buildStatement(
      claim({
        actorName: "Wolodymyr Selenskyj",
        party: "UA",
        official: true,
        caveat: true,
        actor: { kind: "PERSON", aliases: ["Selenskyj", "Präsident der Ukraine", "ukrainischer Präsident"] },
      }),
      defaults,
    );
    expect(statement).toEqual({
      situation: "conflictOfficial",
      text:
        "Nach Angaben des ukrainischen Präsidenten Wolodymyr Selenskyj wurden 50 von 80 Drohnen abgeschossen. " +
        "Die Angaben der Konfliktparteien lassen sich nicht unabhängig überprüfen.",
    });
  });
});

describe("persons: role from the registry's aliases, genitive and dative", () => {
  test.each([
    // weak masculine noun, party adjective
    [
      person("Wladimir Putin", "RU", ["Putin", "Kremlchef", "russischer Präsident"]),
      "des russischen Präsidenten Wladimir Putin",
      "dem russischen Präsidenten Wladimir Putin",
    ],
    // strong masculine noun: -s
    [
      person("Sergej Lawrow", "RU", ["Lawrow", "russischer Außenminister"]),
      "des russischen Außenministers Sergej Lawrow",
      "dem russischen Außenminister Sergej Lawrow",
    ],
    // feminine role: article "der", noun unchanged
    [
      person("Choe Son Hui", "KP", ["Choe", "nordkoreanische Außenministerin"]),
      "der nordkoreanischen Außenministerin Choe Son Hui",
      "der nordkoreanischen Außenministerin Choe Son Hui",
    ],
    // noun declined like an adjective
    [
      person("Dmytro Lubinez", "UA", ["Lubinez", "ukrainischer Menschenrechtsbeauftragter"]),
      "des ukrainischen Menschenrechtsbeauftragten Dmytro Lubinez",
      "dem ukrainischen Menschenrechtsbeauftragten Dmytro Lubinez",
    ],
    // compound role without adjective
    [
      person("Dmitri Peskow", "RU", ["Peskow", "Kremlsprecher", "Sprecher des Kremls"]),
      "des Kremlsprechers Dmitri Peskow",
      "dem Kremlsprecher Dmitri Peskow",
    ],
    [
      person("Mark Rutte", "NATO", ["Rutte", "Nato-Generalsekretär"]),
      "des Nato-Generalsekretärs Mark Rutte",
      "dem Nato-Generalsekretär Mark Rutte",
    ],
    [
      person("Ursula von der Leyen", "EU", ["von der Leyen", "EU-Kommissionspräsidentin"]),
      "der EU-Kommissionspräsidentin Ursula von der Leyen",
      "der EU-Kommissionspräsidentin Ursula von der Leyen",
    ],
    // role in front of the surname
    [person("Joe Biden", "US", ["Biden", "US-Präsident Biden"]), "des US-Präsidenten Joe Biden", "dem US-Präsidenten Joe Biden"],
  ])("%#", (input, genitive, dative) => {
    const attribution = attributionOf(input);
    expect(attribution.quelle).toBe(`nach Angaben ${genitive}`);
    expect(attribution.laut).toBe(`laut ${dative}`);
  });

  test("the party's own adjective wins over another nationality in the aliases", () => {
    const input = person("Wassili Nebensja", "RU", ["Nebensja", "ukrainischer Präsident", "russischer UN-Botschafter"]);
    expect(attributionOf(input).quelle).toBe("nach Angaben des russischen UN-Botschafters Wassili Nebensja");
  });

  test("no known role: 'von' with the name, never a guessed gender", () => {
    expect(attributionOf(person("Kim Yo Jong", "KP", ["Kim Yo Jong", "Kim Yo-jong"]))).toEqual({
      quelle: "nach Angaben von Kim Yo Jong",
      laut: "laut Kim Yo Jong",
    });
  });

  test("an unregistered source with its role written in front of the name or place", () => {
    const input = claim({ actorName: "Gouverneur Wjatscheslaw Gladkow", party: "RU", official: true });
    expect(attributionOf(input).quelle).toBe("nach Angaben des Gouverneurs Wjatscheslaw Gladkow");
    const place = claim({ actorName: "Gouverneur von Charkiw", party: "UA", official: true });
    expect(attributionOf(place).quelle).toBe("nach Angaben des Gouverneurs von Charkiw");
  });

  test("without a role in the registry, the role the article gives in the cue", () => {
    const spokesman = person("Vedant Patel", "US", ["Patel"]);
    spokesman.sourceText = "sagte Außenamtssprecher Vedant Patel in Washington";
    expect(attributionOf(spokesman).quelle).toBe("nach Angaben des Außenamtssprechers Vedant Patel");
    const minister = person("Choe Son Hui", "KP", ["Choe"]);
    minister.sourceText = "sagte die nordkoreanische Außenministerin Choe Son Hui";
    expect(attributionOf(minister).laut).toBe("laut der nordkoreanischen Außenministerin Choe Son Hui");
  });
});

describe("bodies: adjective endings and noun genders", () => {
  test.each([
    [
      "Russisches Verteidigungsministerium",
      "RU",
      "des russischen Verteidigungsministeriums",
      "dem russischen Verteidigungsministerium",
    ],
    ["Ukrainische Luftwaffe", "UA", "der ukrainischen Luftwaffe", "der ukrainischen Luftwaffe"],
    ["Ukrainische Streitkräfte", "UA", "der ukrainischen Streitkräfte", "den ukrainischen Streitkräften"],
    ["Südkoreanischer Geheimdienst", "OTHER", "des südkoreanischen Geheimdienstes", "dem südkoreanischen Geheimdienst"],
    ["Russischer Generalstab", "RU", "des russischen Generalstabs", "dem russischen Generalstab"],
    ["US-Regierung", "US", "der US-Regierung", "der US-Regierung"],
    ["Auswärtiges Amt", "DE", "des Auswärtigen Amts", "dem Auswärtigen Amt"],
    ["Weißes Haus", "US", "des Weißen Hauses", "dem Weißen Haus"],
    ["Bundeswehr", "DE", "der Bundeswehr", "der Bundeswehr"],
    ["Kreml", "RU", "des Kremls", "dem Kreml"],
    ["Vereinte Nationen", "OTHER", "der Vereinten Nationen", "den Vereinten Nationen"],
    [
      "Internationales Komitee vom Roten Kreuz",
      "OTHER",
      "des Internationalen Komitees vom Roten Kreuz",
      "dem Internationalen Komitee vom Roten Kreuz",
    ],
    ["Werchowna Rada", "UA", "der Werchowna Rada", "der Werchowna Rada"],
    [
      "Ukrainische Menschenrechtsbeauftragte",
      "UA",
      "der ukrainischen Menschenrechtsbeauftragten",
      "der ukrainischen Menschenrechtsbeauftragten",
    ],
    ["US-Streitkräfte", "US", "der US-Streitkräfte", "den US-Streitkräften"],
    // a bare generic body gets its party's adjective
    ["Regierung", "RU", "der russischen Regierung", "der russischen Regierung"],
  ] as const)("%s", (name, party, genitive, dative) => {
    const attribution = attributionOf(body(name, party));
    expect(attribution.quelle).toBe(`nach Angaben ${genitive}`);
    expect(attribution.laut).toBe(`laut ${dative}`);
  });

  test("a side (country standing for its government) reads 'nach ukrainischen Angaben'", () => {
    expect(attributionOf(body("Ukraine", "UA")).quelle).toBe("nach ukrainischen Angaben");
    expect(attributionOf(body("Russland", "RU")).laut).toBe("laut russischen Angaben");
    expect(attributionOf(body("USA", "US")).quelle).toBe("nach US-amerikanischen Angaben");
  });

  test("abbreviations and names of unknown gender are not declined", () => {
    expect(attributionOf(body("FSB", "RU")).quelle).toBe("laut FSB");
    expect(attributionOf(body("Human Rights Watch", "OTHER", "GROUP")).quelle).toBe("nach Angaben von Human Rights Watch");
    expect(attributionOf(body("New York Times", "OTHER", "MEDIA")).quelle).toBe("laut New York Times");
  });
});

describe("agencies and media", () => {
  test("a state agency of a party and an independent agency", () => {
    expect(attributionOf({ ...body("TASS", "RU", "AGENCY"), official: true }).quelle).toBe(
      "nach Angaben der russischen Staatsagentur TASS",
    );
    expect(attributionOf(body("Reuters", "OTHER", "AGENCY")).laut).toBe("laut der Nachrichtenagentur Reuters");
  });

  test("unnamed media: 'Laut Medienberichten' with the media template", () => {
    const statement = buildStatement(body("Medienberichte", "OTHER", "MEDIA"), defaults);
    expect(statement).toEqual({ situation: "media", text: "Laut Medienberichten wurden 50 von 80 Drohnen abgeschossen." });
  });
});

describe("caveat and situations", () => {
  const ministry = (caveat: boolean) => ({ ...body("Russisches Verteidigungsministerium", "RU"), caveat });

  test("the caveat sentence is added only when the claim's caveat applies", () => {
    expect(buildStatement(ministry(true), defaults).text).toBe(
      `Nach Angaben des russischen Verteidigungsministeriums wurden 50 von 80 Drohnen abgeschossen. ${CAVEAT}`,
    );
    const withoutCaveat = buildStatement(ministry(false), defaults);
    expect(withoutCaveat).toEqual({
      situation: "official",
      text: "Nach Angaben des russischen Verteidigungsministeriums wurden 50 von 80 Drohnen abgeschossen.",
    });
    // even a template that asks for the caveat gets none when it does not apply
    const asking = buildStatement(ministry(false), {
      templates: { official: "{quelle} {aussage}. {hinweis}" },
      caveatText: CAVEAT,
    });
    expect(asking.text).not.toContain(CAVEAT);
  });

  test("the newsroom's own finding is the sentence itself", () => {
    const own = claim({ sentence: "Die Front ist rund 1000 Kilometer lang.", sourceText: "", actorName: "", party: "NONE" });
    expect(buildStatement(own, defaults)).toEqual({ situation: "newsroom", text: "Die Front ist rund 1000 Kilometer lang." });
  });

  test("a sentence whose attribution is not an opening adverbial gets a neutral clause with the figure", () => {
    const quoted = person("Wolodymyr Selenskyj", "UA", ["ukrainischer Präsident"]);
    quoted.sentence = '"Wir halten 50.000 Angehörige der Besatzungsarmee zurück", schrieb Selenskyj.';
    quoted.sourceText = "schrieb Selenskyj";
    quoted.valueText = "50.000";
    quoted.what = "Angehörige der Besatzungsarmee";
    expect(buildStatement(quoted, defaults).text).toBe(
      "Nach Angaben des ukrainischen Präsidenten Wolodymyr Selenskyj handelt es sich um 50.000 Angehörige der Besatzungsarmee.",
    );
  });

  test("'X zufolge' and 'Laut X' openings are replaced by the source's attribution", () => {
    const zufolge = {
      ...ministry(false),
      sentence: "Dem Ministerium zufolge starben 12 Soldaten.",
      sourceText: "Dem Ministerium zufolge",
      valueText: "12",
      what: "Soldaten",
    };
    expect(buildStatement(zufolge, defaults).text).toBe(
      "Nach Angaben des russischen Verteidigungsministeriums starben 12 Soldaten.",
    );
  });
});

describe("custom templates", () => {
  test("a newsroom template with placeholders; a value at a sentence start is capitalised", () => {
    const templates = { conflictOfficial: "{laut} {aussage}. {hinweis} (Zahl: {zahl} {gegenstand}; Quelle: {name})" };
    const input = { ...body("Russisches Verteidigungsministerium", "RU"), caveat: true };
    expect(buildStatement(input, { templates, caveatText: CAVEAT }).text).toBe(
      `Laut dem russischen Verteidigungsministerium wurden 50 von 80 Drohnen abgeschossen. ${CAVEAT} (Zahl: 50 von 80 Drohnen; Quelle: Russisches Verteidigungsministerium)`,
    );
  });

  test("a value after an empty one still starts the sentence with a capital", () => {
    const input = body("Russisches Verteidigungsministerium", "RU");
    expect(buildStatement(input, { templates: { official: "{hinweis} {quelle} {aussage}." }, caveatText: CAVEAT }).text).toBe(
      "Nach Angaben des russischen Verteidigungsministeriums wurden 50 von 80 Drohnen abgeschossen.",
    );
  });

  test("an empty stored template falls back to the built-in default", () => {
    const input = body("Russisches Verteidigungsministerium", "RU");
    expect(buildStatement(input, { templates: { official: "  " }, caveatText: CAVEAT }).text).toBe(
      buildStatement(input, defaults).text,
    );
  });

  test("unknown placeholders and stray braces are refused with a German message", () => {
    expect(templateProblem("{quelle} {aussage}. {hinweis}")).toBeNull();
    expect(templateProblem("{quelle} {behauptung}.")).toMatch(
      /^Unbekannter Platzhalter „\{behauptung\}“\. Erlaubt sind: \{quelle\}/,
    );
    expect(templateProblem("{Quelle} {aussage}")).toMatch(/Unbekannter Platzhalter „\{Quelle\}“/);
    expect(templateProblem("{quelle {aussage}")).not.toBeNull();
    expect(templateProblem("{quelle} }")).toBe("Geschweifte Klammern nur um einen Platzhalter setzen, z. B. {quelle}.");
  });

  test("every built-in default is valid and every example renders without a placeholder left", () => {
    for (const [situation, template] of Object.entries(DEFAULT_STATEMENT_TEMPLATES)) {
      expect(templateProblem(template)).toBeNull();
      const example = EXAMPLE_CLAIMS[situation as keyof typeof EXAMPLE_CLAIMS];
      const statement = buildStatement(example, defaults);
      expect(statement.situation).toBe(situation);
      expect(statement.text).not.toMatch(/[{}]/);
    }
  });
});
