// reported.verb: a speech act summarised without a content clause ("forderte einen Neubau").
// Invented sentences only.
import { quotes } from "./helpers";

const reported = (text: string) => quotes(text).filter((q) => q.type === "reported");

describe("reported.particle-at-end: a separable particle must close the clause", () => {
  it.each([
    "Der Torwart warf den Ball vor dem Anpfiff weit in die Zuschauerränge.",
    "Die Polizei ging nach dem Fund von einem Unfall auf der Strecke aus Richtung Norden weiter.",
  ])("%s – a preposition inside the clause is no particle", (text) => {
    expect(reported(text)).toHaveLength(0);
  });

  it("a particle at the clause's end keeps the speech act", () => {
    const [q] = reported("Die Opposition warf der Stadträtin Untätigkeit vor.");
    expect(q?.speaker?.text).toBe("Die Opposition");
  });

  it("„für“ of „halten für“ governs its phrase inside the clause", () => {
    const [q] = reported("Die Gewerkschaft hält den Plan der Geschäftsführung für unausgegoren.");
    expect(q?.speaker?.text).toBe("Die Gewerkschaft");
  });
});

describe("reported.object-before-verb: the object word may stand before a clause-final verb", () => {
  it.each([
    ["Die Feuerwehr hatte am Abend von zwei Verletzten berichtet.", "Die Feuerwehr"],
    ["Von einem Rückschlag sprach der Vorsitzende des Vereins.", "der Vorsitzende des Vereins"],
  ])("%s", (text, speaker) => {
    const [q] = reported(text);
    expect(q?.speaker?.text).toBe(speaker);
  });

  it("„von“ inside the speaker's own phrase is no object", () => {
    expect(reported("Die Vertreter von drei Verbänden hatten am Abend berichtet.")).toHaveLength(0);
  });
});

describe("„kritisieren“ summarises a statement only with its „als“ predicate", () => {
  it("„kritisierte X als Y“ is reported speech", () => {
    const [q] = reported("Der Elternbeirat kritisierte die neuen Schulzeiten als familienfeindlich.");
    expect(q?.speaker?.text).toBe("Der Elternbeirat");
  });

  it("a bare criticism names no content", () => {
    expect(reported("Der Elternbeirat kritisierte die neuen Schulzeiten.")).toHaveLength(0);
  });
});

describe("reported.predicative-passive: „Als Ursache wurde X genannt“", () => {
  it.each([
    "Als Ursache des Brandes wurde ein defektes Kabel genannt.",
    "Als Grund für die Verspätung wird ein Stellwerksausfall angegeben.",
  ])("%s – what someone named, without the one who named it", (text) => {
    const [q] = reported(text);
    expect(q?.rules).toContain("reported.predicative-passive");
    expect(q && text.slice(q.start, q.end)).toBe(text.slice(0, -1));
  });

  it("after a named source the passive's speaker is carried", () => {
    const text = "Die Bahn teilte am Morgen Verspätungen mit. Als Grund wurde ein Stellwerksausfall genannt.";
    const q = reported(text).find((r) => r.rules.includes("reported.predicative-passive"));
    expect(q?.speaker?.text).toBe("Die Bahn");
  });

  it("a temporal „Als X genannt wurde, …“ reports nothing", () => {
    expect(reported("Als der Name des Siegers genannt wurde, jubelten die Gäste.")).toHaveLength(0);
  });
});

describe("reported.verb: a personal pronoun as the subject is an agent before it is resolved", () => {
  it.each([
    ["Er fordert den Rücktritt des Präsidenten.", "Er"],
    ["Sie warnt vor einer Überlastung der Kliniken.", "Sie"],
  ])("%s", (text, speaker) => {
    const [q] = reported(text);
    expect(q?.speaker?.text).toBe(speaker);
  });
});

describe("reported.verb: judging verbs summarise with a predicative „als“", () => {
  it.each([
    ["Der Mieterbund wertete den Kompromiss als Rückschritt.", "Der Mieterbund"],
    ["Die Aufsichtsbehörde stufte das Spielzeug als gefährlich ein.", "Die Aufsichtsbehörde"],
    ["Die Bergwacht schätzt die Lawinengefahr als erheblich ein.", "Die Bergwacht"],
    ["Eine Sprecherin des Verbands regte eine Neuregelung der Ladenzeiten an.", "Eine Sprecherin des Verbands"],
    ["Der Landrat sicherte den Gemeinden seine Hilfe zu.", "Der Landrat"],
    ["Die Prüfer weisen auf erhebliche Lücken im Haushalt hin.", "Die Prüfer"],
  ])("%s", (text, speaker) => {
    const [q] = reported(text);
    expect(q?.speaker?.text).toBe(speaker);
  });

  it("without „als“ a judging verb tells of no statement", () => {
    expect(reported("Die Jury wertete die Stimmzettel am Abend aus.")).toHaveLength(0);
  });
});

describe("reported.passive-agent: „als“ right after a passive's „von“ agent is the predicative", () => {
  it.each([
    ["Der Antrag wurde vom Landgericht als unzulässig eingestuft.", "Landgericht"],
    ["Die Messe wurde von den Ausstellern als gelungen gewertet.", "den Ausstellern"],
  ])("%s", (text, speaker) => {
    const [q] = reported(text);
    expect(q?.speaker?.text).toBe(speaker);
  });
});

describe("reported.verb: a fronted time adverb is no speaker", () => {
  it.each([
    ["Gegenwärtig fordert die Kammer höhere Zuschüsse.", "die Kammer"],
    ["Zurzeit warnt der Verband vor falschen Handwerkern.", "der Verband"],
  ])("%s", (text, speaker) => {
    const [q] = reported(text);
    expect(q?.speaker?.text).toBe(speaker);
  });
});

describe("reported.agentless-passive: a naming verb's passive without its agent", () => {
  it("reports what the source named before said, with that source as speaker", () => {
    const text = "Die Feuerwehr meldete am Abend einen Großbrand. Die Zahl der Verletzten wurde mit zwölf angegeben.";
    const q = reported(text).find((r) => r.rules.includes("reported.agentless-passive"));
    expect(q && text.slice(q.start, q.end)).toBe("Die Zahl der Verletzten wurde mit zwölf angegeben");
    expect(q?.actor).toBe("Feuerwehr");
  });

  it("a quoted name in the passive gives a name, not a statement", () => {
    const text = "Die Feuerwehr meldete am Abend einen Großbrand. In der Stadt wird das Viertel „Altes Dorf“ genannt.";
    expect(reported(text).filter((r) => r.rules.includes("reported.agentless-passive"))).toHaveLength(0);
  });
});
