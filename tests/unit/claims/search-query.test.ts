import fc from "fast-check";
import { decodeCursor, encodeCursor, parseQueueFilters } from "@/lib/claims/queue-filters";
import { MAX_SEARCH_PARTS, parseQueryNumber, parseSearch, searchTsQuery } from "@/lib/claims/search-query";

describe("parseSearch", () => {
  test("words are ANDed parts; the last word is a prefix while typing, not after a space", () => {
    expect(parseSearch("Drohnen Kiew")).toEqual([
      { kind: "word", text: "Drohnen", prefix: false, number: null },
      { kind: "word", text: "Kiew", prefix: true, number: null },
    ]);
    expect(parseSearch("Drohnen Kiew ").map((p) => p.kind === "word" && p.prefix)).toEqual([false, false]);
    // One letter is too short to complete.
    expect(parseSearch("Drohnen K")[1]).toMatchObject({ text: "K", prefix: false });
  });

  test("quoted words are a phrase, an unclosed quote runs to the end, operators are separators", () => {
    expect(parseSearch('"nordkoreanische Soldaten" Kursk')).toEqual([
      { kind: "phrase", text: "nordkoreanische Soldaten" },
      { kind: "word", text: "Kursk", prefix: true, number: null },
    ]);
    expect(parseSearch('Kursk "nordkoreanische Sol')).toEqual([
      { kind: "word", text: "Kursk", prefix: false, number: null },
      { kind: "phrase", text: "nordkoreanische Sol" },
    ]);
    expect(parseSearch("a&b|!c:*(d) <-> 'e'").map((p) => p.text)).toEqual(["a", "b", "c", "d", "e"]);
    expect(parseSearch('&|!:*()<->\'""')).toEqual([]);
  });

  test("numbers in digits, with separators and as words carry their value; a scale word joins them", () => {
    expect(parseQueryNumber("11.000")).toBe(11000);
    expect(parseQueryNumber("11000")).toBe(11000);
    expect(parseQueryNumber("elftausend")).toBe(11000);
    expect(parseQueryNumber("1,5")).toBe(1.5);
    expect(parseQueryNumber("04.11.2024")).toBeNull();
    expect(parseQueryNumber("Drohnen")).toBeNull();
    expect(parseSearch("1,5 Millionen Menschen")).toEqual([
      { kind: "word", text: "1,5 Millionen", prefix: false, number: 1_500_000 },
      { kind: "word", text: "Menschen", prefix: true, number: null },
    ]);
    expect(parseSearch("elftausend Soldaten")[0]).toMatchObject({ number: 11000 });
    // A number is never completed as a prefix ("11" must not find "11.000").
    expect(parseSearch("Soldaten 11")[1]).toEqual({ kind: "word", text: "11", prefix: false, number: 11 });
  });

  test("NUL, control characters and lone surrogates are dropped; parts are bounded and deduplicated", () => {
    expect(parseSearch("Droh\u0000nen\u0007 \ud800x").map((p) => p.text)).toEqual(["Droh", "nen", "x"]);
    expect(parseSearch("a ".repeat(100) + "b")).toHaveLength(2);
    expect(parseSearch(Array.from({ length: 50 }, (_, i) => `w${i}`).join(" "))).toHaveLength(MAX_SEARCH_PARTS);
  });

  test("any input: never throws, prefixes are letters and digits only, no user text in the SQL text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (input) => {
        const parts = parseSearch(input);
        for (const p of parts) if (p.kind === "word" && p.prefix) expect(p.text).toMatch(/^[\p{L}\p{N}]+$/u);
        const query = searchTsQuery(parts);
        if (parts.length === 0) expect(query).toBeNull();
        else {
          // The SQL text is built from fixed fragments; every piece of the input is a bind value.
          const fixed = [
            "phraseto_tsquery('german', search_fold(?))",
            "plainto_tsquery('german', search_fold(?))",
            "to_tsquery('german', search_fold(?) || ':*')",
            "to_tsquery('simple', search_number_token(CAST(? AS double precision)))",
          ];
          const rest = fixed.reduce((sql, fragment) => sql.split(fragment).join(""), query!.sql);
          expect(rest).toMatch(/^[()&|\s]*$/);
          expect(query!.values).toHaveLength(parts.reduce((n, p) => n + (p.kind === "word" && p.number !== null ? 2 : 1), 0));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("ranked queue cursor", () => {
  test("round-trips its rank exactly and belongs to a search only", () => {
    const cursor = { sort: "newest" as const, rank: 0.1 + 0.2, createdAt: new Date("2024-11-10T12:00:01.123Z"), id: "c1" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor(encodeCursor({ ...cursor, before: true }))).toEqual({ ...cursor, before: true });
    const ranked = encodeCursor(cursor);
    expect(parseQueueFilters({ q: "Drohnen", cursor: ranked }).filters.cursor).toEqual(cursor);
    // Without a search (or a plain cursor with one) the page starts over, with a note.
    expect(parseQueueFilters({ cursor: ranked }).filters.cursor).toBeUndefined();
    const plain = encodeCursor({ sort: "newest", createdAt: cursor.createdAt, id: "c1" });
    expect(parseQueueFilters({ q: "Drohnen", cursor: plain }).notes).toEqual([
      "Die Seitenangabe ist ungültig – es wird die erste Seite gezeigt.",
    ]);
    // A search without any word does not rank: its plain cursors stay valid.
    expect(parseSearch("&|!")).toEqual([]);
    expect(parseQueueFilters({ q: "&|!", cursor: plain }).filters.cursor).toEqual({
      sort: "newest",
      createdAt: cursor.createdAt,
      id: "c1",
    });
  });
});
