import * as fs from "fs";
import * as path from "path";
import { parseStand, findLiveblogEntries, isEntryHeaderLine } from "@/lib/extraction/structure";

const demo = (name: string) => fs.readFileSync(path.join(__dirname, "../../../prisma/seed/articles", name), "utf8");

describe("parseStand", () => {
  it("reads the Stand line", () => {
    expect(parseStand("Stand: 06.11.2024 11:15 Uhr")).toBe("2024-11-06T11:15");
    expect(parseStand("Titel ++ Stand: 12.11.2024 02:18 Uhr\n\nText")).toBe("2024-11-12T02:18");
    expect(parseStand("Stand: 6.1.2025, 9.05 Uhr")).toBe("2025-01-06T09:05");
    expect(parseStand("Stand: 06.11.2024 um 11:15")).toBe("2024-11-06T11:15");
  });

  it("returns null without a (valid) Stand line", () => {
    expect(parseStand("")).toBeNull();
    expect(parseStand("Am 06.11.2024 11:15 Uhr")).toBeNull();
    expect(parseStand("Stand: 32.13.2024 25:99 Uhr")).toBeNull();
    expect(parseStand("Der Stand: unklar")).toBeNull();
  });

  it("reads the demo articles", () => {
    expect(parseStand(demo("000_68d889ffc56bb6af.txt"))).toBe("2024-11-06T11:15");
    expect(parseStand(demo("001_559b3ee86cd6ed74.txt"))).toBe("2024-11-12T02:18");
    expect(parseStand(demo("002_2f56abfe3a580efa.txt"))).toBe("2024-11-04T23:36");
    expect(parseStand(demo("004_879515ebaa31e919.txt"))).toBeNull();
  });
});

describe("findLiveblogEntries", () => {
  it("finds headers, headlines and spans", () => {
    const text =
      "Titel\n\n04.11.2024 • 23:36 Uhr\n\nKiew: Klitschko warnt\n\nText eins.\n\n" +
      "04.11.2024 | 10:30\nZweite Meldung\nText zwei.\n\n 03.11.2024 - 9:05 Uhr \n\nDritte\n\n";
    const entries = findLiveblogEntries(text);
    expect(entries.map((e) => [e.timestamp, e.headline])).toEqual([
      ["2024-11-04T23:36", "Kiew: Klitschko warnt"],
      ["2024-11-04T10:30", "Zweite Meldung"],
      ["2024-11-03T09:05", "Dritte"],
    ]);
    expect(text.slice(entries[0].start, entries[0].end)).toBe("04.11.2024 • 23:36 Uhr\n\nKiew: Klitschko warnt\n\nText eins.");
    expect(text.slice(entries[1].start, entries[1].end)).toBe("04.11.2024 | 10:30\nZweite Meldung\nText zwei.");
    expect(text.slice(entries[2].start, entries[2].end)).toBe("03.11.2024 - 9:05 Uhr \n\nDritte");
    expect(entries[2].end).toBeLessThanOrEqual(text.length);
  });

  it("ignores dates inside sentences, Stand lines and invalid times", () => {
    expect(
      findLiveblogEntries("Am 04.11.2024 • 23:36 Uhr geschah es.\nStand: 04.11.2024 23:36 Uhr\n04.11.2024 • 25:00 Uhr\nX"),
    ).toEqual([]);
  });

  it("gives an empty headline when the header ends the text", () => {
    const entries = findLiveblogEntries("Text\n04.11.2024 • 23:36 Uhr\n\n");
    expect(entries).toEqual([{ start: 5, end: 27, timestamp: "2024-11-04T23:36", headline: "" }]);
  });

  it("handles CRLF", () => {
    const text = "04.11.2024 • 23:36 Uhr\r\nHeadline\r\nBody\r\n";
    const [e] = findLiveblogEntries(text);
    expect(e.headline).toBe("Headline");
    expect(text.slice(e.start, e.end)).toBe("04.11.2024 • 23:36 Uhr\r\nHeadline\r\nBody");
  });

  it("reads demo article 002", () => {
    const text = demo("002_2f56abfe3a580efa.txt");
    const entries = findLiveblogEntries(text);
    expect(entries.length).toBe(5);
    expect(entries[0]).toMatchObject({ timestamp: "2024-11-04T23:36", headline: "Ende des Liveblogs" });
    expect(entries[1]).toMatchObject({ timestamp: "2024-11-04T23:36", headline: "Kiew: Klitschko warnt vor Angriffen" });
    for (let i = 0; i + 1 < entries.length; i++) expect(entries[i].end).toBeLessThanOrEqual(entries[i + 1].start);
    for (const e of entries) expect(text.slice(e.start, e.end).startsWith("04.11.2024 •")).toBe(true);
  });

  it("isEntryHeaderLine", () => {
    expect(isEntryHeaderLine("04.11.2024 • 23:36 Uhr")).toBe(true);
    expect(isEntryHeaderLine("04.11.2024 23:36")).toBe(true);
    expect(isEntryHeaderLine("04.11.2024 • 23:36 Uhr Text")).toBe(false);
    expect(isEntryHeaderLine("Stand: 04.11.2024 23:36 Uhr")).toBe(false);
  });
});
