// Sentence segmentation, paragraphs, liveblog headers, agency tags and page furniture.
import {
  splitParagraphs,
  findAgencyTag,
  isFurnitureLine,
  isTeaserIntro,
  isEntryHeaderLine,
  FURNITURE_INFIXES,
  FURNITURE_INFIX_MARKS,
} from "@/lib/extraction/paragraphs";
import { splitSentences } from "@/lib/extraction/sentences";
import { values, claims } from "./helpers";

function sentences(text: string): string[] {
  const out: string[] = [];
  splitParagraphs(text).forEach((p, i) => {
    for (const s of splitSentences(text, p, i)) out.push(text.slice(s.start, s.end));
  });
  return out;
}

describe("sentence segmentation", () => {
  it("does not split after abbreviations", () => {
    expect(
      sentences(
        "Betroffen sind u. a. Schulen, z. B. in Sumy. Dr. Kovalenko und Prof. Lang sprachen mit St. Peters Bürgermeister.",
      ),
    ).toEqual([
      "Betroffen sind u. a. Schulen, z. B. in Sumy.",
      "Dr. Kovalenko und Prof. Lang sprachen mit St. Peters Bürgermeister.",
    ]);
    expect(sentences("Es geht um ca. 4 Mio. Euro und 2 Mrd. Dollar. Nr. 7 folgt.")).toEqual([
      "Es geht um ca. 4 Mio. Euro und 2 Mrd. Dollar.",
      "Nr. 7 folgt.",
    ]);
  });

  it("keeps dates, ordinals, thousands separators and decimal commas inside the sentence", () => {
    expect(sentences("Am 12. März 2023 kamen 12.500 Menschen. Bis zum 3. Oktober waren es 1,5 Prozent mehr.")).toEqual([
      "Am 12. März 2023 kamen 12.500 Menschen.",
      "Bis zum 3. Oktober waren es 1,5 Prozent mehr.",
    ]);
    expect(sentences("Seit dem 01.02.2024 gilt das. Danach nicht.")).toEqual(["Seit dem 01.02.2024 gilt das.", "Danach nicht."]);
  });

  it("keeps closing quotes with the sentence and splits before an opening quote", () => {
    expect(
      sentences('„Wir halten durch!“ Die Lage bleibt ernst. Er sagte: „Wir brauchen Hilfe.“ "Sofort." Danach Ruhe.'),
    ).toEqual(["„Wir halten durch!“", "Die Lage bleibt ernst.", "Er sagte: „Wir brauchen Hilfe.“", '"Sofort."', "Danach Ruhe."]);
  });

  it("treats a colon that introduces a quote as sentence-internal", () => {
    expect(sentences("Der Minister warnte: „Die Angriffe nehmen zu.“")).toEqual([
      "Der Minister warnte: „Die Angriffe nehmen zu.“",
    ]);
  });

  it("does not end a sentence after the platform X", () => {
    expect(sentences("Das schrieb er auf X. Später mehr.")).toEqual(["Das schrieb er auf X.", "Später mehr."]);
  });

  it("ends headline lines without punctuation and joins lower-case continuation lines", () => {
    expect(sentences("Raketen auf Odessa\nIn der Nacht gab es Alarm.")).toEqual([
      "Raketen auf Odessa",
      "In der Nacht gab es Alarm.",
    ]);
    expect(sentences("Die Armee meldete am Morgen\nmehrere Treffer.")).toEqual(["Die Armee meldete am Morgen\nmehrere Treffer."]);
  });
});

describe("paragraphs and structure lines", () => {
  it("splits on blank lines and drops liveblog entry headers", () => {
    const text = "Erster Absatz.\n\n05.03.2025 • 14:02 Uhr\n\nNeue Angriffe auf Sumy\n\nZweiter Absatz.";
    const ps = splitParagraphs(text).map((p) => text.slice(p.start, p.end));
    expect(ps).toEqual(["Erster Absatz.", "Neue Angriffe auf Sumy", "Zweiter Absatz."]);
    expect(splitParagraphs(text)[1].entryHeadline).toBe(true);
    expect(isEntryHeaderLine("05.03.2025 • 14:02 Uhr")).toBe(true);
    expect(isEntryHeaderLine("Am 05.03.2025 um 14:02 Uhr kam es zu Explosionen.")).toBe(false);
  });

  it("drops Stand lines and their dates produce no claims", () => {
    expect(values("Stand: 14.02.2025 09:41 Uhr\n\nKeine Angaben.")).toEqual([]);
  });

  it("cuts an agency tag closing a paragraph and never uses it as source", () => {
    const text = "In Sumy wurden 4 Menschen verletzt. (dpa)";
    const p = splitParagraphs(text)[0];
    expect(p.agency?.agency).toBe("dpa");
    expect(text.slice(p.start, p.end)).toBe("In Sumy wurden 4 Menschen verletzt.");
    expect(findAgencyTag("Text (AP)", 0, 9)?.agency).toBe("ap");
    expect(findAgencyTag("Text (Reuters/dpa)", 0, 18)?.agency).toBe("reuters/dpa");
    expect(findAgencyTag("Text (Sumy)", 0, 11)).toBeNull();
    const c = claims(text)[0];
    expect(c.actor).toBe("");
    expect(c.party).toBe("NONE");
  });
});

describe("page furniture", () => {
  it("every caption infix holds one of the marks isFurnitureLine checks first", () => {
    for (const infix of FURNITURE_INFIXES) expect(FURNITURE_INFIX_MARKS.some((mark) => infix.includes(mark))).toBe(true);
  });
  it("recognises widget, credit and tag lines", () => {
    expect(isFurnitureLine("Textgröße ändern:")).toBe(true);
    expect(isFurnitureLine("Schriftgröße")).toBe(true);
    expect(isFurnitureLine("Ein Panzer bei Pokrowsk / Foto: © dpa/Archiv")).toBe(true);
    expect(isFurnitureLine("(K.Meier--ABC)")).toBe(true);
    expect(isFurnitureLine("Die Armee meldete 12 Angriffe.")).toBe(false);
    expect(isTeaserIntro("Empfohlen")).toBe(true);
    expect(isTeaserIntro("Das könnte Sie auch interessieren:")).toBe(true);
  });

  it("produces no claims from furniture and from the teaser block after „Empfohlen“", () => {
    const text = [
      "Zwölf Drohnen über Lwiw / Foto: © AFP",
      "",
      "In Lwiw wurden 12 Drohnen abgeschossen.",
      "",
      "Textgröße ändern:",
      "",
      "Empfohlen",
      "",
      "Wahl in Sachsen: 45 Prozent für die Union",
      "",
      "Rund 300 Menschen demonstrierten in Dresden.",
    ].join("\n");
    expect(values(text)).toEqual(["12"]);
  });
});
