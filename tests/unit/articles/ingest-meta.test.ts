import {
  berlinLocalToDate,
  deriveTitle,
  parsePublishedAt,
  printedStand,
  titleFromHtml,
  titleFromText,
} from "@/lib/articles/ingest-meta";
import { articleTextSchema, formatBytes, isAcceptedDateTime, tooLargeMessage } from "@/lib/articles/ingest-schema";

describe("publication time", () => {
  test("wall-clock time in Berlin, winter and summer time", () => {
    expect(berlinLocalToDate("2024-11-06T11:15").toISOString()).toBe("2024-11-06T10:15:00.000Z");
    expect(berlinLocalToDate("2024-07-01T08:00:30").toISOString()).toBe("2024-07-01T06:00:30.000Z");
    // Around the switch to summer time (31.03.2024, 02:00 → 03:00) and back (27.10.2024, 03:00 → 02:00).
    expect(berlinLocalToDate("2024-03-31T01:30").toISOString()).toBe("2024-03-31T00:30:00.000Z");
    expect(berlinLocalToDate("2024-03-31T03:30").toISOString()).toBe("2024-03-31T01:30:00.000Z");
    expect(berlinLocalToDate("2024-10-27T04:00").toISOString()).toBe("2024-10-27T03:00:00.000Z");
  });

  test("ISO with offset is taken as given; accepted formats", () => {
    expect(parsePublishedAt("2024-11-06T11:15:00+01:00").toISOString()).toBe("2024-11-06T10:15:00.000Z");
    expect(parsePublishedAt("2024-11-06T10:15:00Z").toISOString()).toBe("2024-11-06T10:15:00.000Z");
    expect(parsePublishedAt("2024-11-06T11:15").toISOString()).toBe("2024-11-06T10:15:00.000Z");
    for (const ok of ["2024-11-06T11:15", "2024-11-06T11:15:00.123Z", "2024-11-06T11:15:00+0100"])
      expect(isAcceptedDateTime(ok)).toBe(true);
    for (const bad of ["2024-02-30T10:00", "06.11.2024", "gestern", "2024-11-06"]) expect(isAcceptedDateTime(bad)).toBe(false);
  });

  test("printed Stand", () => {
    expect(printedStand("2024-11-06T11:15")).toBe("06.11.2024 11:15 Uhr");
    expect(printedStand("2024-11-06")).toBe("06.11.2024");
  });
});

describe("titles of uploaded files", () => {
  test("HTML: <h1> before <title>, entities decoded, whitespace collapsed", () => {
    expect(
      titleFromHtml("<html><head><title>Seite | Medium</title></head><body><h1> Kiew &amp; Moskau\n melden </h1></body></html>"),
    ).toBe("Kiew & Moskau melden");
    expect(titleFromHtml("<html><head><title>Nur der Titel</title></head><body><p>x</p></body></html>")).toBe("Nur der Titel");
    expect(titleFromHtml("<p>ohne alles</p>")).toBe("");
  });

  test("text: first non-empty line, long lines shortened at a word boundary", () => {
    expect(titleFromText("\n\n  Erste Zeile  \nZweite")).toBe("Erste Zeile");
    const long = titleFromText(`${"Wort ".repeat(100)}Ende`);
    expect(long.length).toBeLessThanOrEqual(300);
    expect(long.endsWith("Wort…")).toBe(true);
    expect(deriveTitle({ articleText: "", fileName: "meldung-17.txt" })).toBe("meldung-17");
    expect(deriveTitle({ rawHtml: "<p>x</p>", articleText: "Text-Titel\n\nText" })).toBe("Text-Titel");
  });
});

describe("form schema and messages", () => {
  test('empty optional fields become undefined; format "" means automatic', () => {
    const parsed = articleTextSchema.parse({
      title: " T ",
      outlet: " O ",
      url: "",
      publishedAt: "",
      stand: "  ",
      text: "x",
      format: "",
    });
    expect(parsed).toEqual({
      title: "T",
      outlet: "O",
      url: undefined,
      publishedAt: undefined,
      stand: undefined,
      text: "x",
      format: undefined,
    });
    expect(articleTextSchema.parse({ title: "T", outlet: "O", text: "x", url: null, format: "html" }).format).toBe("html");
  });

  test("sizes in German", () => {
    expect(formatBytes(2 * 1024 * 1024)).toBe("2 MB");
    expect(formatBytes(1536 * 1024)).toBe("1,5 MB");
    expect(formatBytes(2048)).toBe("2 KB");
    expect(tooLargeMessage("Datei", 3 * 1024 * 1024, 2 * 1024 * 1024)).toBe(
      "Die Datei ist zu groß (3 MB); erlaubt sind höchstens 2 MB.",
    );
    expect(tooLargeMessage("Text", 2 * 1024 * 1024 + 1, 2 * 1024 * 1024)).toBe(
      "Der Text ist zu groß (mehr als 2 MB); erlaubt sind höchstens 2 MB.",
    );
  });
});
