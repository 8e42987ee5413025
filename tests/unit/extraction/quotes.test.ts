// Quotation layer (lib/extraction/quotes): invented German sentences only (the peer corpus stays
// outside the repository).
import { extractDocument } from "@/lib/extraction";
import type { ExtractedQuote } from "@/lib/extraction/types";
import { quotes } from "./helpers";

const spanText = (text: string, q: ExtractedQuote): string => text.slice(q.start, q.end);

describe("direct quotations", () => {
  it("speaker and cue after the quotation", () => {
    const text = "„Wir bauen die Brücke bis zum Herbst wieder auf“, sagte die Bürgermeisterin Anna Berger.";
    const [q] = quotes(text);
    expect(q.type).toBe("direct");
    expect(spanText(text, q)).toBe("„Wir bauen die Brücke bis zum Herbst wieder auf“");
    expect(q.cue.text).toBe("sagte");
    expect(q.speaker?.text).toContain("Anna Berger");
    expect(q.actor).toBe("Anna Berger");
    expect(q.rules).toContain("direct.marks");
  });

  it("speaker and cue before the quotation, also with an apposition", () => {
    const text = "Der Leiter der Feuerwehr, Paul Krämer, erklärte: „Das Feuer ist seit dem Morgen unter Kontrolle.“";
    const [q] = quotes(text);
    expect(q.type).toBe("direct");
    expect(q.speaker?.text).toContain("Krämer");
  });

  it("a quotation over several sentences keeps the speaker named after it", () => {
    const text = "„Die Lage ist ernst. Wir brauchen mehr Helfer. Jeder kann etwas tun“, sagte Lena Vogt.";
    const qs = quotes(text);
    expect(qs).toHaveLength(1);
    expect(qs[0].actor).toBe("Lena Vogt");
  });

  it("first-person pronouns inside the quotation are never its speaker", () => {
    const text = "„Ich habe nichts davon gewusst, und wir prüfen das jetzt“, sagte der Trainer Jonas Weber.";
    const [q] = quotes(text);
    expect(q.actor).toBe("Jonas Weber");
    expect(q.speaker?.text).not.toMatch(/^(ich|wir)$/i);
  });

  it("a quotation without a cue continues the last speaker", () => {
    const text =
      "Die Ministerin Clara Roth sagte, die Schulen seien geöffnet. „Wir haben alle Räume geprüft und nichts Gefährliches gefunden.“";
    const qs = quotes(text);
    const direct = qs.find((q) => q.type === "direct")!;
    expect(direct.actor).toBe("Clara Roth");
    expect(direct.rules).toContain("speaker.carried");
  });
});

describe("indirect and reported quotations", () => {
  it("sagte, dass …", () => {
    const text = "Der Bauer Tim Ortmann sagte am Montag, dass die Ernte dieses Jahr ausfalle.";
    const [q] = quotes(text);
    expect(q.type).toBe("indirect");
    expect(spanText(text, q)).toBe("dass die Ernte dieses Jahr ausfalle");
    expect(q.actor).toBe("Tim Ortmann");
  });

  it("teilte … mit, es seien … (separable particle, Konjunktiv clause)", () => {
    const text = "Die Polizei teilte am Abend mit, es seien zwei Autos zusammengestoßen.";
    const [q] = quotes(text);
    expect(q.type).toBe("indirect");
    expect(q.cue.text).toBe("teilte am Abend mit");
    expect(q.speaker?.text).toBe("Die Polizei");
  });

  it("content first, cue clause after it, pronoun resolved to the one named before", () => {
    const text = "Der Forscher Ben Adler stellte die Studie vor. Die Werte seien stabil, sagte er.";
    const q = quotes(text).find((x) => x.type === "indirect")!;
    expect(q.speaker?.text).toBe("er");
    expect(q.actor).toBe("Ben Adler");
    expect(q.rules).toContain("speaker.pronoun");
  });

  it("role nouns resolve to the person named before with that role", () => {
    const text = "Die Ministerin Clara Roth besuchte die Schule. Die Ministerin sagte, dass der Neubau im Frühjahr beginne.";
    const q = quotes(text).find((x) => x.type === "indirect")!;
    expect(q.actor).toBe("Clara Roth");
  });

  it("source phrases: laut X, X zufolge, nach Angaben X", () => {
    for (const text of [
      "Laut der Wetterbehörde wird es morgen regnen.",
      "Der Wetterbehörde zufolge wird es morgen regnen.",
      "Nach Angaben der Wetterbehörde wird es morgen regnen.",
    ]) {
      const [q] = quotes(text);
      expect(q.type).toBe("indirect");
      expect(q.speaker?.text).toContain("Wetterbehörde");
      expect(q.rules).toContain("indirect.source");
    }
  });

  it("a Konjunktiv sentence without a cue continues the last speaker (free indirect)", () => {
    const text = "Die Sprecherin Eva Lorenz sagte, dass der Zug ausfalle. Ein Ersatzbus sei bereits unterwegs.";
    const q = quotes(text).find((x) => x.type === "free_indirect")!;
    expect(q.actor).toBe("Eva Lorenz");
    expect(q.cue).toEqual({ start: -1, end: -1, text: "" });
  });

  it("sprach von … is a reported speech act", () => {
    const text = "Der Verband sprach von einem schwarzen Tag für die Branche.";
    const [q] = quotes(text);
    expect(q.type).toBe("reported");
    expect(q.speaker?.text).toBe("Der Verband");
  });

  it("a sentence-initial time phrase is no speaker", () => {
    const text = "Am Dienstag sagte die Direktorin Maria Hahn, dass die Schule schließe.";
    const [q] = quotes(text);
    expect(q.speaker?.text).toContain("Maria Hahn");
    expect(q.speaker?.text).not.toContain("Dienstag");
  });
});

describe("numbers inside quotations", () => {
  it("take the quotation's source when the claim rules name none", () => {
    const text = "Der Arzt Ole Brandt kam am Morgen in das Lager. Er sagte, es gebe dort 40 Verletzte.";
    const claim = extractDocument(text, { format: "text" }).claims.find((c) => c.valueText.includes("40"))!;
    expect(claim.actor).toBe("Ole Brandt");
    expect(claim.sources).toEqual([{ actor: "Ole Brandt", party: claim.party, official: false }]);
    expect(claim.explanation).toContain("Zitat");
  });
});
