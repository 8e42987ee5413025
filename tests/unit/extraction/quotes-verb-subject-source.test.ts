// A figure inside a quotation whose speaker is named in its sentence takes that speaker when the
// claim rules chose the unknown subject of another speech verb outside the quotation (rule
// source.quote-over-verb-subject); source phrases naming whom the speaker cites stay. Invented
// sentences only.
import { claimOf } from "./helpers";

describe("verb subject outside the quotation: the quotation's own speaker takes the figure", () => {
  it("a relative clause inside the speaker's phrase does not give the figure its subject", () => {
    const text =
      "Die Ingenieurin Mira Sander, deren Verband für die Pflege der Deiche verantwortlich ist, sagte, dass im Herbst zwölf Deiche erneuert wurden.";
    expect(claimOf(text, "zwölf")?.actor).toBe("Mira Sander");
  });

  it("a speech verb above the quotation's speaker („bestätigte die Zählung des Y, wonach …“)", () => {
    const text = "Die Behörde bestätigte die Zählung des Naturschutzbundes, wonach rund 40 Storchenpaare im Land brüten.";
    expect(claimOf(text, "rund 40")?.actor).toBe("Naturschutzbundes");
  });

  it("a source phrase naming whom the speaker cites stays", () => {
    const text = "Rund 30 Busse seien ausgefallen, berichtete die Lokalzeitung unter Berufung auf Fahrer der Verkehrsbetriebe.";
    expect(claimOf(text, "Rund 30")?.actor).toBe("Fahrer");
  });
});
