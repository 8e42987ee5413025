// Direct quotations carried over from the paragraph's speaker; Konjunktiv II of strong verbs;
// further cue forms, number filters and party rules (general rules, not fixture sentences).
import { claims, claimFor } from "./helpers";

describe("direct quotations continue the paragraph's speaker", () => {
  it("a quotation introduced by a colon after a cue sentence", () => {
    const t = "Klitschko sagte am Abend, die Lage sei ernst. Dann wurde er deutlicher: „Heute Nacht sind 45 Wohnhäuser beschädigt worden. Bis zum Morgen haben wir 12 Notunterkünfte geöffnet.“";
    expect(claimFor(t, "45").actor).toBe("Vitali Klitschko");
    expect(claimFor(t, "12").actor).toBe("Vitali Klitschko");
  });

  it("a speaker named after the quotation still wins", () => {
    const t = "Selenskyj sprach von einer schweren Nacht. „Wir haben 30 Drohnen abgeschossen“, sagte Syrskyj.";
    expect(claimFor(t, "30").actor).toBe("Olexandr Syrskyj");
  });

  it("Konjunktiv II of strong verbs is reported speech", () => {
    const t = "Pistorius kündigte neue Hilfe an. Drei Viertel des Geldes flössen in Munition, ein Teil ginge an 40 Kliniken.";
    expect(claimFor(t, "Drei Viertel").actor).toBe("Boris Pistorius");
  });
});
