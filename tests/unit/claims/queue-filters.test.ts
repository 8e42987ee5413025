import fc from "fast-check";
import {
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  hasActiveFilters,
  parseQueueFilters,
  queueFilterSchema,
  queueQuery,
  type QueueCursor,
} from "@/lib/claims/queue-filters";

describe("parseQueueFilters", () => {
  test("no parameters: defaults, no notes", () => {
    const { filters, notes } = parseQueueFilters({});
    expect(notes).toEqual([]);
    expect(filters).toEqual({ notAClaim: "hide", sort: "newest", limit: DEFAULT_PAGE_SIZE });
    expect(hasActiveFilters(filters)).toBe(false);
  });

  test("reads every filter from a Next.js searchParams object, URLSearchParams and entries alike", () => {
    const raw = {
      status: "disputed",
      attribution: "not_found",
      party: "ru",
      caveat: "yes",
      actor: "  Pentagon ",
      outlet: "tagesschau.de",
      article: "cm3abcdef0000",
      from: "2024-11-01",
      to: "2024-11-30",
      q: "Soldaten",
      notaclaim: "include",
      sort: "article",
      limit: "20",
    };
    const expected = {
      status: "disputed",
      attribution: "not_found",
      party: "RU",
      caveat: true,
      actor: "Pentagon",
      outlet: "tagesschau.de",
      article: "cm3abcdef0000",
      from: "2024-11-01",
      to: "2024-11-30",
      q: "Soldaten",
      notAClaim: "include",
      sort: "article",
      limit: 20,
    };
    for (const input of [raw, new URLSearchParams(raw), Object.entries(raw)]) {
      const { filters, notes } = parseQueueFilters(input);
      expect(notes).toEqual([]);
      expect(filters).toEqual(expected);
    }
    expect(parseQueueFilters({ caveat: "no" }).filters.caveat).toBe(false);
  });

  test("takes the first of repeated parameters and treats empty ones as absent", () => {
    const { filters, notes } = parseQueueFilters({ party: ["UA", "RU"], status: "", q: "   " });
    expect(notes).toEqual([]);
    expect(filters.party).toBe("UA");
    expect(filters.status).toBeUndefined();
    expect(filters.q).toBeUndefined();
  });

  test.each([
    ["status", "erledigt", "Prüfstatus"],
    ["attribution", "yes", "Zuschreibung"],
    ["party", "FR", "Partei"],
    ["caveat", "1", "Konfliktparteien"],
    ["from", "2024-02-30", "Veröffentlicht ab"],
    ["to", "gestern", "Veröffentlicht bis"],
    ["article", "../etc", "Artikel"],
    ["sort", "random", "Sortierung"],
    ["limit", "0", "Anzahl"],
    ["limit", "101", "Anzahl"],
    ["notaclaim", "all", "Behauptung"],
    ["q", "x".repeat(201), "Suche"],
  ])("invalid %s=%s is ignored with a German note", (key, value, label) => {
    const { filters, notes } = parseQueueFilters({ [key]: value, party: key === "party" ? value : "UA" });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain(label);
    expect(notes[0]).toContain("ignoriert");
    expect((filters as unknown as Record<string, unknown>)[key === "notaclaim" ? "notAClaim" : key]).toEqual(
      key === "sort" ? "newest" : key === "limit" ? DEFAULT_PAGE_SIZE : key === "notaclaim" ? "hide" : undefined,
    );
    if (key !== "party") expect(filters.party).toBe("UA");
  });

  test("an empty date range (from after to) is dropped as a whole", () => {
    const { filters, notes } = parseQueueFilters({ from: "2024-12-01", to: "2024-11-01" });
    expect(notes).toEqual([expect.stringContaining("Zeitraum")]);
    expect(filters.from).toBeUndefined();
    expect(filters.to).toBeUndefined();
  });

  test("a cursor of the other sort order or garbage falls back to page one with a note", () => {
    const newest = encodeCursor({ sort: "newest", createdAt: new Date("2024-11-06T10:00:00.123Z"), id: "cabc" });
    expect(parseQueueFilters({ cursor: newest }).filters.cursor).toEqual({
      sort: "newest",
      createdAt: new Date("2024-11-06T10:00:00.123Z"),
      id: "cabc",
    });
    for (const params of [{ cursor: newest, sort: "article" }, { cursor: "%%%" }, { cursor: "eyJ4IjoxfQ" }]) {
      const { filters, notes } = parseQueueFilters(params);
      expect(filters.cursor).toBeUndefined();
      expect(notes).toEqual(["Die Seitenangabe ist ungültig – es wird die erste Seite gezeigt."]);
    }
  });

  test("the schema is a plain zod object usable on its own (e.g. by the form)", () => {
    expect(queueFilterSchema.shape.party.parse("nato")).toBe("NATO");
    expect(queueFilterSchema.shape.status.safeParse("offen").success).toBe(false);
  });
});

describe("cursor encoding", () => {
  test("round-trips both kinds and is URL-safe and opaque", () => {
    const cursors: QueueCursor[] = [
      { sort: "newest", createdAt: new Date("2024-11-06T10:15:00.001Z"), id: "cm3x9k2l40000abcd" },
      { sort: "article", articleId: "cm3x9k2l40000abcd", start: 12345, id: "cm3y_0-Z" },
      // "Vorherige Seite": the same keys, read backwards.
      { sort: "newest", createdAt: new Date("2024-11-06T10:15:00.001Z"), id: "cm3x9k2l40000abcd", before: true },
      { sort: "article", articleId: "cm3x9k2l40000abcd", start: 0, id: "cm3y_0-Z", before: true },
    ];
    for (const c of cursors) {
      const encoded = encodeCursor(c);
      expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(encoded).not.toContain(c.id);
      expect(decodeCursor(encoded)).toEqual(c);
    }
  });

  test("random cursors round-trip", () => {
    const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,30}$/);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({
            sort: fc.constant("newest" as const),
            createdAt: fc.date({ min: new Date(0), max: new Date("2100-01-01"), noInvalidDate: true }),
            id,
          }),
          fc.record({ sort: fc.constant("article" as const), articleId: id, start: fc.nat(), id }),
        ),
        (c) => {
          expect(decodeCursor(encodeCursor(c))).toEqual(c);
        },
      ),
    );
  });

  test("rejects anything else without throwing", () => {
    const b64 = (s: string) => Buffer.from(s).toString("base64url");
    for (const bad of [
      "",
      "!!",
      "a".repeat(500),
      b64("nicht json"),
      b64("[]"),
      b64('["n","gestern","c1"]'),
      b64('["a","c1",-1,"c2"]'),
      b64('["n","2024-11-06T10:00:00.000Z","x y"]'),
      b64('{"sort":"newest"}'),
    ]) {
      expect(decodeCursor(bad)).toBeNull();
    }
    fc.assert(
      fc.property(fc.string(), (s) => {
        decodeCursor(s);
      }),
    );
  });
});

describe("queueQuery", () => {
  test("omits defaults and the cursor; round-trips through parseQueueFilters", () => {
    const { filters } = parseQueueFilters({ party: "RU", caveat: "no", q: "a&b=c", sort: "article" });
    const query = queueQuery(filters);
    expect(query).toBe("party=RU&caveat=no&q=a%26b%3Dc&sort=article");
    expect(parseQueueFilters(new URLSearchParams(query)).filters).toEqual(filters);
    expect(queueQuery(parseQueueFilters({}).filters)).toBe("");
  });

  test("overrides replace single filters and can add a cursor", () => {
    const { filters } = parseQueueFilters({ status: "open", party: "UA" });
    expect(queueQuery(filters, { status: undefined })).toBe("party=UA");
    const cursor: QueueCursor = { sort: "newest", createdAt: new Date("2024-01-01T00:00:00Z"), id: "c1" };
    const next = new URLSearchParams(queueQuery(filters, { cursor }));
    expect(decodeCursor(next.get("cursor")!)).toEqual(cursor);
  });
});
