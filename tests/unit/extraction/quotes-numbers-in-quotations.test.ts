// Numbers inside quotations: the claim takes the resolved source of the quotation around it, and
// the free indirect and reported quotations that hold numbers are found. Invented sentences only.
import { claimOf, quotes } from "./helpers";

describe("source.continuation-over-carried: a quoted phrase inside a continuation carries the continued speaker", () => {
  it("a figure inside quotation marks within a Konjunktiv continuation takes the continuation's speaker", () => {
    const text =
      "Die Abgeordnete Sabine Korte warf der Regierung Untätigkeit vor. Der Datenschützer Paul Brenner übte ebenfalls Kritik. " +
      "Er nannte die Pläne gefährlich. Mit einer „Sammlung der 4.200 Meldedateien aus allen kleinen Gemeinden“ sei ein zentrales Register möglich.";
    const c = claimOf(text, "4.200");
    expect(c?.actor).toBe("Paul Brenner");
    expect(c?.explanation).toContain("source.continuation-over-carried");
  });
});

describe("reported.verb: „sprechen von …“ in the present plural", () => {
  it("„Die Veranstalter sprechen von …“ is a reported quotation with its speaker", () => {
    const [q] = quotes("Die Veranstalter sprechen von 20 000 Besuchern.");
    expect(q?.type).toBe("reported");
    expect(q?.speaker?.text).toBe("Die Veranstalter");
  });
});

describe("free_indirect.konjunktiv: Konjunktiv forms of common verbs continue the last speaker", () => {
  const said = "Die Leiterin des Gesundheitsamts, Eva Sommer, sagte, die Lage sei angespannt.";

  it.each([
    ["stünden", "Für 300 Patienten stünden nur zwei Ärzte bereit."],
    ["brächten", "Die Kliniken brächten jährlich 40 Millionen Euro für Leiharbeit auf."],
    ["lege", "Die Zahl von 300 Fällen lege einen Engpass nahe."],
    ["käme", "Jede Ärztin käme auf 150 Patienten am Tag."],
    ["unterstütze", "Das Land unterstütze die Kliniken mit 20 Millionen Euro."],
    ["gehöre", "Die Stadt gehöre zu den 10 Regionen mit den längsten Wartezeiten."],
    ["bedeute", "Das bedeute 300 Überstunden im Monat."],
    ["fühle", "Jede dritte Pflegekraft fühle sich überlastet, 40 Prozent dächten an Kündigung."],
  ])("„%s“: the sentence is a continuation and its figures take the speaker", (_form, sentence) => {
    const text = `${said} ${sentence}`;
    const free = quotes(text).filter((q) => q.type === "free_indirect");
    expect(free).toHaveLength(1);
    expect(free[0].actor).toBe("Eva Sommer");
    expect(claimOf(text, sentence.match(/\d+/)![0])?.actor).toBe("Eva Sommer");
  });
});

describe("free_indirect.konjunktiv: a short quoted fragment closing the sentence does not stop the continuation", () => {
  it("„… sei „kaum bezahlbar“.“ continues the last speaker, the fragment is embedded", () => {
    const text =
      "Der Kämmerer Jens Albers kritisierte die Pläne, der Haushalt sei überlastet. Mit 80 Millionen Euro sei der Neubau „kaum bezahlbar“.";
    const all = quotes(text);
    const free = all.find((q) => q.type === "free_indirect");
    expect(free?.actor).toBe("Jens Albers");
    expect(all.find((q) => q.type === "direct")?.rules).toContain("direct.embedded");
    expect(claimOf(text, "80")?.actor).toContain("Jens Albers");
  });
});
