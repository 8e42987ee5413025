import { csvCell, queueCsv } from "@/lib/claims/export-csv";
import { parseQueueFilters } from "@/lib/claims/queue-filters";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();

function parse(csv: string): string[][] {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  return csv
    .slice(1)
    .trimEnd()
    .split("\r\n")
    .map((line) =>
      line
        .slice(1, -1)
        .split('";"')
        .map((cell) => cell.replace(/""/g, '"')),
    );
}

beforeAll(async () => {
  const article = await db.prisma.article.create({
    data: { title: "Lage im Osten", outlet: "Testmedium", text: "x", textSha256: "a".repeat(64) },
  });
  const base = { articleId: article.id, sentence: "Satz", value: 1, end: 1 };
  await db.prisma.claim.createMany({
    data: [
      {
        ...base,
        start: 0,
        valueText: "11.000",
        what: "Soldaten",
        actorName: "Wolodymyr Selenskyj",
        party: "UA",
        caveat: true,
        contentVerdict: "DISPUTED",
        attributionVerdict: "CONFIRMED",
      },
      { ...base, start: 10, valueText: "=2+3", what: 'Formel "zitiert"', actorName: "", party: "NONE" },
      {
        ...base,
        start: 20,
        valueText: "42",
        what: "Drohnen",
        actorName: "Russisches Verteidigungsministerium",
        party: "RU",
        caveat: true,
      },
    ],
  });
});

test("exports every matching claim with both verdicts side by side", async () => {
  const { csv, rows, truncated } = await queueCsv(db.prisma, parseQueueFilters({ sort: "article" }).filters, {
    baseUrl: "https://quellenlage.example",
  });
  expect({ rows, truncated }).toEqual({ rows: 3, truncated: false });
  const [header, first, second] = parse(csv);
  expect(header.slice(0, 8)).toEqual([
    "Zahl",
    "Gegenstand",
    "Quelle",
    "Partei",
    "Offizielle Stelle",
    "Hinweis Konfliktparteien",
    "Zuordnung",
    "Inhalt",
  ]);
  expect(first.slice(0, 8)).toEqual([
    "11.000",
    "Soldaten",
    "Wolodymyr Selenskyj",
    "Ukraine",
    "nein",
    "ja",
    "bestätigt",
    "umstritten",
  ]);
  expect(first[header.indexOf("Link")]).toMatch(/^https:\/\/quellenlage\.example\/articles\/\w+\?claim=\w+$/);
  // A cell that a spreadsheet would run as a formula is neutralised; quotes survive.
  expect(second[0]).toBe("'=2+3");
  expect(second[1]).toBe('Formel "zitiert"');
  expect(second.slice(6, 8)).toEqual(["offen", "offen"]);
});

test("follows the queue filters and stops at the row limit", async () => {
  const ru = await queueCsv(db.prisma, parseQueueFilters({ party: "RU" }).filters, { baseUrl: "" });
  expect(ru.rows).toBe(1);
  expect(parse(ru.csv)[1][2]).toBe("Russisches Verteidigungsministerium");

  const capped = await queueCsv(db.prisma, parseQueueFilters({}).filters, { baseUrl: "", maxRows: 2 });
  expect({ rows: capped.rows, truncated: capped.truncated }).toEqual({ rows: 2, truncated: true });
});

test("csvCell quotes and escapes", () => {
  expect(csvCell('a "b"; c')).toBe('"a ""b""; c"');
  expect(csvCell("-5")).toBe('"\'-5"');
  expect(csvCell("@x")).toBe('"\'@x"');
});

test("iterateQueue walks keyset batches without losing or repeating a claim", async () => {
  const { iterateQueue } = await import("@/lib/claims/queue");
  for (const sort of ["newest", "article"]) {
    const seen: string[] = [];
    for await (const item of iterateQueue(db.prisma, parseQueueFilters({ sort }).filters, 1)) seen.push(item.id);
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
  }
});
