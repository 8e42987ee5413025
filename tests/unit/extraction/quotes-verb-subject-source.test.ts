// A figure inside a quotation whose speaker is named before it in its sentence takes that speaker when the
// claim rules chose the unknown subject of another speech verb of the sentence (rule
// source.quote-over-verb-subject); source phrases naming whom the speaker cites stay. Invented
// sentences only.
import { claimOf } from "./helpers";

describe("unknown speech-verb subject: the quotation's own speaker takes the figure", () => {
  it("a relative clause inside the speaker's phrase does not give the figure its subject", () => {
    const text =
      "Die Ingenieurin Mira Sander, deren Verband für die Pflege der Deiche verantwortlich ist, sagte, dass im Herbst zwölf Deiche erneuert wurden.";
    expect(claimOf(text, "zwölf")?.actor).toBe("Mira Sander");
  });

  it("a speech verb above the quotation's speaker („bestätigte die Zählung des Y, wonach …“)", () => {
    const text = "Die Behörde bestätigte die Zählung des Naturschutzbundes, wonach rund 40 Storchenpaare im Land brüten.";
    expect(claimOf(text, "rund 40")?.actor).toBe("Naturschutzbundes");
  });

  it("a relative clause inside an inserted „so X, die …“ speaker phrase before the figure", () => {
    const text =
      "Seit dem Frühjahr, so die Auswertung einer Gutachterin, die im Auftrag der Kassenverwaltung seit Jahren berichtet, seien 60 Betten gestrichen worden.";
    expect(claimOf(text, "60")?.actor).toBe("Gutachterin");
  });

  it("a fronted document adverb („Danach meldete Y …“): the verb's subject is not a genitive of the speaker", () => {
    const text =
      "Der Rechnungshof legte am Dienstag seinen Jahresbericht vor. Danach meldete die Stiftung Verluste in Höhe von 40 Millionen Euro.";
    expect(claimOf(text, "40 Millionen")?.actor).toBe("Rechnungshof");
  });

  it("a speaker named after the figure does not take it from the verb's subject", () => {
    const text = "Die Veranstalterin schätzte etwa 700 Gäste; nach Angaben der Polizei waren es knapp 500.";
    expect(claimOf(text, "etwa 700")?.actor).toBe("Veranstalterin");
  });

  it("a source phrase naming whom the speaker cites stays", () => {
    const text = "Rund 30 Busse seien ausgefallen, berichtete die Lokalzeitung unter Berufung auf Fahrer der Verkehrsbetriebe.";
    expect(claimOf(text, "Rund 30")?.actor).toBe("Fahrer");
  });
});
