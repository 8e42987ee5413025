// Quotation rules from German word order and clause structure, added while tuning on the peer
// corpus' train split (round 5): infinitive clauses after a cue, the clause before a colon, subject
// pronouns after the verb, fronted adverbials and predicatives. Invented sentences only.
import { extractDocument } from "@/lib/extraction";
import type { ExtractedQuote } from "@/lib/extraction/types";
import { quotes } from "./helpers";

const content = (text: string, q: ExtractedQuote | undefined): string => (q ? text.slice(q.start, q.end) : "");

describe("infinitive clauses after a cue", () => {
  it.each([
    ["Die Gewerkschaft hat gefordert, sofort mehr Personal einzustellen.", "sofort mehr Personal einzustellen"],
    ["Der Bürgermeister kündigte an, noch im Herbst mit dem Bau zu beginnen.", "noch im Herbst mit dem Bau zu beginnen"],
  ])("%s", (text, said) => {
    const q = quotes(text).find((x) => x.type === "indirect");
    expect(content(text, q)).toBe(said);
    expect(q?.speaker).not.toBeNull();
  });

  it("a plain clause after a cue without zu + infinitive stays no quotation", () => {
    expect(quotes("Der Bürgermeister kündigte an, weil er müde war.").filter((x) => x.type === "indirect")).toEqual([]);
  });
});

describe("the clause before a colon names the speaker", () => {
  it("only within its own sentence", () => {
    const text =
      "Der Rat tagte lange, bei der Sitzung wurde gestritten. Die Kämmerin sieht darin eine Bestätigung ihrer Linie: " +
      "„Wir müssen jetzt sparen, sonst wird es im nächsten Jahr sehr eng.“";
    const q = quotes(text).find((x) => x.type === "direct");
    expect(q?.speaker?.text).toBe("Die Kämmerin");
  });

  it("a subject pronoun after the verb when an object stands first", () => {
    const text =
      "Die Ministerin besuchte das Werk. Den Vorschlag der Gewerkschaft lehnt sie ab. Den Plan des Vorstands unterstützt er: " +
      "„Das ist ein guter Tag für alle Beschäftigten hier im Werk.“";
    const q = quotes(text).find((x) => x.type === "direct");
    expect(q?.speaker?.text).toBe("er");
  });
});

describe("subject after the verb", () => {
  it("a subject pronoun right after the cue verb", () => {
    const text = "Die Pläne der Stadtverwaltung kritisierte er scharf, sie seien viel zu teuer.";
    expect(quotes(text).find((x) => x.type === "indirect")?.speaker?.text).toBe("er");
  });

  it.each([
    ["So sagte die Ministerin, die Schulen blieben geöffnet.", "die Ministerin"],
    ["Sinngemäß erklärte der Trainer, die Mannschaft habe gekämpft.", "der Trainer"],
    ["Als Grund nannte die Behörde, dass die Brücke marode sei.", "die Behörde"],
  ])("a fronted adverbial or predicative is no speaker: %s", (text, speaker) => {
    expect(quotes(text).find((x) => x.type === "indirect")?.speaker?.text).toBe(speaker);
  });

  it("a subordinate clause opened by wie keeps its subject before the verb", () => {
    const text = "Wie die Polizei mitteilte, wurde niemand verletzt.";
    expect(quotes(text)[0]?.speaker?.text).toBe("die Polizei");
  });
});

describe("subjects the clause structure hides", () => {
  it("a subject with an apposition before an auxiliary and a participle", () => {
    const text = "Die Leiterin des Amtes, Petra Kühn, hat am Montag im Rundfunk gefordert, dass die Schulen länger öffnen.";
    expect(quotes(text).find((x) => x.type === "indirect")?.speaker?.text).toBe("Die Leiterin des Amtes, Petra Kühn");
  });

  it("a fronted subordinate clause, then the auxiliary and the subject", () => {
    const text = "Weil die Preise steigen, hat die Verbraucherzentrale erklärt, dass sie mehr Beratung anbiete.";
    expect(quotes(text).find((x) => x.type === "indirect")?.speaker?.text).toBe("die Verbraucherzentrale");
  });

  it("a coordinating conjunction before the subject", () => {
    const text = "Aber Anwohner berichteten, die Straße sei seit Tagen gesperrt.";
    expect(quotes(text).find((x) => x.type === "indirect")?.speaker?.text).toBe("Anwohner");
  });

  it("a quoted name as the subject", () => {
    const text = "„Radio Nord“ berichtet, dass die Fähre wieder fahre.";
    expect(quotes(text).find((x) => x.type === "indirect")?.speaker?.text).toBe("„Radio Nord“");
  });

  it("a relative pronoun is the speaker and resolves to its antecedent", () => {
    const text = "Der Vorschlag kam vom Stadtteilverein Nordhafen, der am Montag ankündigte, einen Brief zu schreiben.";
    const q = quotes(text).find((x) => x.type === "indirect");
    expect(q?.speaker?.text).toBe("der");
    expect(q?.actor).toBe("Stadtteilverein Nordhafen");
  });
});

describe("passive cues", () => {
  it("the passive subject is what was spoken about; the agent after von is the speaker", () => {
    const text = "Der Neubau wurde von der Architektenkammer als misslungen bezeichnet, weil er zu dunkel sei.";
    const q = quotes(text)[0];
    expect(q?.speaker?.text).toBe("der Architektenkammer");
  });

  it("a source named where the words stand", () => {
    const text = "Die Lage wird im Jahresbericht der Behörde als ernst bezeichnet, denn es fehle an Personal.";
    expect(quotes(text)[0]?.speaker?.text).toBe("Jahresbericht der Behörde");
  });

  it("zitieren: who is quoted is the passive subject", () => {
    const text = "Die Trainerin wird mit den Worten zitiert: „Wir haben heute einfach zu viele Fehler gemacht.“";
    expect(quotes(text).find((x) => x.type === "direct")?.speaker?.text).toBe("Die Trainerin");
  });
});

describe("pronouns agree with their referent", () => {
  it("er skips a feminine speaker named later and takes the masculine one", () => {
    const text =
      "Der Bürgermeister Karl Huber lobte die Feuerwehr. Die Sprecherin der Polizei, Anna Berg, äußerte sich am Abend. " +
      "Er sagte, die Straße bleibe gesperrt.";
    expect(quotes(text).find((x) => x.type === "indirect")?.actor).toBe("Karl Huber");
  });

  it("sie takes the feminine speaker", () => {
    const text =
      "Die Sprecherin der Polizei, Anna Berg, äußerte sich am Abend. Der Bürgermeister Karl Huber lobte die Feuerwehr. " +
      "Sie sagte, die Straße bleibe gesperrt.";
    expect(quotes(text).find((x) => x.type === "indirect")?.actor).toBe("Anna Berg");
  });
});

describe("opinion cue halten … für", () => {
  it("opens a content clause", () => {
    const text = "Die Behörde hält es für unwahrscheinlich, dass sich die Lage bald bessert.";
    const q = quotes(text).find((x) => x.type === "indirect");
    expect(q?.cue.text).toBe("hält es für");
    expect(q?.speaker?.text).toBe("Die Behörde");
  });

  it("without für it is no cue", () => {
    expect(quotes("Die Behörde hält die Straße gesperrt, weil sie marode ist.")).toEqual([]);
  });
});

describe("speakers outside the cue's own clause", () => {
  it("a source phrase opening the sentence before a relative clause", () => {
    const text = "In dem Bericht der Behörde, der am Montag erschien, heißt es, die Brücke sei marode.";
    expect(quotes(text).find((x) => x.type === "indirect")?.speaker?.text).toBe("dem Bericht der Behörde");
  });

  it("a second verb joined by und shares the first one's speaker", () => {
    const text = "Die Ministerin erklärte, der Plan sei „völlig verfehlt“ und kündigte an, dagegen zu klagen.";
    const q = quotes(text).filter((x) => x.type === "indirect");
    expect(q.map((x) => x.speaker?.text)).toEqual(["Die Ministerin", "Die Ministerin"]);
  });
});

describe("reportative sollen with a perfect infinitive continues the last speaker", () => {
  const cue = "Die Feuerwehr teilte mit, der Brand sei gelöscht. ";
  it.each([
    "Zuvor sollen drei Menschen verletzt worden sein.",
    "Der Täter soll durch ein Fenster geflohen sein.",
    "Es ist unklar, ob zwei Männer beteiligt gewesen sein sollen.",
  ])("%s", (said) => {
    const text = cue + said;
    const q = quotes(text).find((x) => x.type === "free_indirect");
    expect(content(text, q)).toBe(said);
    expect(q?.actor).toMatch(/Feuerwehr/);
  });

  it("a plan with a plain infinitive stays no quotation unless it follows the quotation (free_indirect.sollen)", () => {
    const text = cue + "Die Halle steht am Markt. Die Halle soll im Herbst neu gebaut werden.";
    expect(quotes(text).filter((x) => x.type === "free_indirect")).toEqual([]);
  });
});

describe("a speech noun opens a content clause", () => {
  it.each([
    ["Die Forderung der Gewerkschaft, dass die Löhne steigen, blieb ohne Antwort.", "der Gewerkschaft"],
    ["Der Verband verließ die Runde mit der Begründung, die Lage sei ernst.", "Der Verband"],
  ])("%s", (text, speaker) => {
    const q = quotes(text).find((x) => x.rules.includes("indirect.noun"));
    expect(q?.type).toBe("indirect");
    expect(q?.speaker?.text).toBe(speaker);
  });

  it("a speech noun before a comma without a content clause is no cue", () => {
    const text = "Nach der Erklärung, am Montag, ging die Sitzung weiter.";
    expect(quotes(text).filter((x) => x.rules.includes("indirect.noun"))).toEqual([]);
  });
});

describe("a fronted clause adverb is no claim source", () => {
  it("„So berichtete X …“ names X, not „So“", () => {
    const text = "So berichtete Jan Brekke telefonisch im norwegischen Radio, er warte mit 20 Kollegen auf Hilfe.";
    const claim = extractDocument(text, { format: "text" }).claims.find((c) => c.valueText === "20");
    expect(claim?.actor).toBe("Jan Brekke");
  });
});
