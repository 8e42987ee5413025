// Speaker rules of the quotation layer found while tuning on the peer corpus' train
// split: web addresses as sources, quantified speaker phrases, duration adverbs before the finite
// verb, and reported speech acts of evaluation and reference verbs. Invented sentences only.
import { extractDocument } from "@/lib/extraction";
import type { ExtractedQuote } from "@/lib/extraction/types";
import { webNameEnd, webNameOf } from "@/lib/extraction/quotes/web-name";
import { tokenize } from "@/lib/extraction/tokens";
import { quotes } from "./helpers";

const first = (text: string, type: ExtractedQuote["type"]): ExtractedQuote | undefined =>
  quotes(text).find((q) => q.type === type);

describe("speaker.web-name: a web address named as the source", () => {
  it.each([
    ["Laut wetterdienst.de fielen am Sonntag 40 Liter Regen je Quadratmeter.", "wetterdienst.de"],
    ["Wie nachrichten-nord.de berichtet, ist die Fähre wieder in Betrieb.", "nachrichten-nord.de"],
    ["Nach Angaben von www.hafenamt.info lagen 12 Schiffe vor Anker.", "www.hafenamt.info"],
  ])("%s", (text, address) => {
    const q = quotes(text)[0];
    expect(q.speaker?.text).toContain(address);
    expect(q.actor).toBe(address);
    expect(q.rules).toContain("speaker.web-name");
  });

  it("a number inside the quotation takes the address as its source", () => {
    const claim = extractDocument("Laut wetterdienst.de fielen am Sonntag 40 Liter Regen.", { format: "text" }).claims[0];
    expect(claim.actor).toBe("wetterdienst.de");
  });

  it("needs glued parts ending in a top-level domain", () => {
    const tokens = (s: string) => tokenize(s);
    expect(webNameEnd(tokens("faz.net berichtet"), 0, 3)).toBe(2);
    expect(webNameEnd(tokens("Ende. De facto"), 0, 3)).toBe(-1); // a sentence end, not an address
    expect(webNameEnd(tokens("datei.pdf"), 0, 2)).toBe(-1); // no top-level domain
    expect(webNameOf(tokens("www.beispiel.de"))).toBe("www.beispiel.de");
    expect(webNameOf(tokens("Angaben von beispiel.de"))).toBe("beispiel.de");
    expect(webNameOf(tokens("die Seite beispiel.de zufolge"))).toBeNull();
  });
});

describe("speaker phrases the subject rules missed", () => {
  it("a plural quantifier opens the speaker phrase", () => {
    const q = first("Am Abend haben mehrere Anwohner erklärt, sie seien nicht gewarnt worden.", "indirect");
    expect(q?.speaker?.text).toBe("mehrere Anwohner");
  });

  it("a duration adverb before the finite verb is no speaker", () => {
    const q = first("Wochenlang hatte die Reederei bestritten, dass Ladung verloren gegangen sei.", "indirect");
    expect(q?.speaker?.text).toBe("die Reederei");
  });
});

describe("reported speech acts of evaluation and reference verbs", () => {
  it.each([
    ["Die Gewerkschaft bezeichnete den Sparplan als Rückschritt.", "Die Gewerkschaft"],
    ["Der Mieterbund plädierte für längere Kündigungsfristen.", "Der Mieterbund"],
    ["Die Ärztekammer verwies auf die langen Wartezeiten in den Praxen.", "Die Ärztekammer"],
    ["Die Feuerwehr geht von einem technischen Defekt aus.", "Die Feuerwehr"],
    ["Die Stiftung befürchtet einen Rückgang der Spenden.", "Die Stiftung"],
  ])("%s", (text, speaker) => {
    const q = first(text, "reported");
    expect(q?.speaker?.text).toBe(speaker);
    expect(q?.rules).toContain("reported.verb");
  });

  it("a thing as subject is no speech act", () => {
    expect(first("Das Hochwasser verwies die Saison auf den Herbst.", "reported")).toBeUndefined();
  });
});

describe("speaker.possessive: a source phrase owned by a possessive refers back", () => {
  const text =
    "Verkehrsminister Paul Adler sagte, die Brücke sei marode. Nach Einschätzung seines Ministeriums müssten zwölf Brücken erneuert werden. " +
    "Die Bürgermeisterin Greta Voss verwies auf die Kosten. Ihrer Meinung nach fehlen dem Land 40 Millionen Euro.";
  const sourceQuotes = (): ExtractedQuote[] => quotes(text).filter((q) => q.rules.includes("indirect.source"));

  it("„seines Ministeriums“ is the man named before, „Ihrer Meinung“ the woman", () => {
    const [his, hers] = sourceQuotes();
    expect(his.speaker?.text).toBe("Einschätzung seines Ministeriums");
    expect(his.actor).toBe("Paul Adler");
    expect(his.rules).toContain("speaker.possessive");
    expect(hers.actor).toBe("Greta Voss");
    expect(hers.rules).toContain("speaker.possessive");
  });

  it("without an earlier source the phrase stays as written", () => {
    expect(quotes("Seiner Meinung nach fehlen dem Land 40 Millionen Euro.")[0].rules).not.toContain("speaker.possessive");
  });
});

describe("a person named after a role with its own gazetteer entry", () => {
  it("is the speaker, not the role", () => {
    const q = quotes("Der ukrainische Menschenrechtsbeauftragte Dmytro Lubinez sagte, der Austausch sei gelungen.")[0];
    expect(q.actor).toBe("Dmytro Lubinez");
  });
});

describe("time phrases and fronted predicatives are no speakers", () => {
  it.each([
    ["Ein Sprecher der Feuerwehr, Jan Kolbe, sagte heute Abend, der Brand sei gelöscht.", "Jan Kolbe"],
    ["Ende Januar verkündete der Verband, dass er eine neue Halle baue.", "Verband"],
    ["Besorgt äußerte sich die Ministerin über die Lage, die Schulen seien überfüllt.", "Ministerin"],
  ])("%s", (text, actor) => {
    expect(first(text, "indirect")?.actor).toBe(actor);
  });

  it("a named subject before the verb stays the speaker", () => {
    expect(first("Jan Kolbe sagte am Montag, der Brand sei gelöscht.", "indirect")?.actor).toBe("Jan Kolbe");
  });
});

describe("speaker.anaphoric-document: „Demnach“ after a document named without a cue", () => {
  it("refers to the document", () => {
    const q = quotes(
      "Der Stadtrat stimmte am Freitag einer Beschlussvorlage zu. Demnach darf das Freibad im Sommer länger öffnen.",
    ).find((x) => x.speaker?.text === "Demnach");
    expect(q?.actor).toBe("Beschlussvorlage");
    expect(q?.rules).toContain("speaker.anaphoric-document");
  });

  it("after a cued sentence it stays the last speaker", () => {
    const q = quotes(
      "Die Bürgermeisterin Greta Voss sagte, die Beschlussvorlage sei fertig. Demnach darf das Freibad länger öffnen.",
    ).find((x) => x.speaker?.text === "Demnach");
    expect(q?.actor).toBe("Greta Voss");
  });
});

describe("a demonstrative standing alone refers back like a pronoun", () => {
  it("„sagte dieser“ is the man named before", () => {
    const q = first(
      "Der Bürgermeister Paul Adler empfing am Montag die Reporterin. Auf Nachfrage sagte dieser, dass die Brücke marode sei.",
      "indirect",
    );
    expect(q?.speaker?.text).toBe("dieser");
    expect(q?.actor).toBe("Paul Adler");
  });

  it("„sagte diese“ is the woman named before", () => {
    const q = first("Die Ministerin Karla Brenner besuchte am Montag die Schule. „Wir prüfen das“, sagte diese.", "direct");
    expect(q?.actor).toBe("Karla Brenner");
  });

  it("before a noun it is an article", () => {
    expect(first("Diese Studie sagte, dass die Brücke marode sei.", "indirect")?.speaker?.text).toBe("Diese Studie");
  });
});
