// The actor chart's geometry and labels, the track-record CSV's conventions and the order input.
import { DomainError } from "@/lib/errors";
import { CHART_HEIGHT, chartBars } from "@/lib/sources/chart";
import { sourcesCsv, SOURCES_CSV_COLUMNS } from "@/lib/sources/csv";
import { parseSourceOrder } from "@/lib/sources/sort-input";
import type { ActorRecord, MonthCount } from "@/lib/sources/track-record";

const month = (m: string, verified: number, disputed: number, open: number): MonthCount => ({
  month: m,
  claims: verified + disputed + open,
  verified,
  disputed,
  unverifiable: 0,
  open,
  approved: 0,
});

test("twelve months up to the newest claim, gaps empty, the tallest month fills the height", () => {
  const bars = chartBars([month("2026-11", 2, 1, 1), month("2025-12", 1, 0, 0), month("2025-01", 5, 0, 0)]);
  expect(bars.map((bar) => bar.month)).toEqual([
    "2025-12",
    "2026-01",
    "2026-02",
    "2026-03",
    "2026-04",
    "2026-05",
    "2026-06",
    "2026-07",
    "2026-08",
    "2026-09",
    "2026-10",
    "2026-11",
  ]);
  const last = bars.at(-1)!;
  expect(last.label).toBe("Nov. 2026: 4 Behauptungen (2 belegt, 1 umstritten, 1 offen)");
  expect(last.rects.map((r) => r.part)).toEqual(["verified", "disputed", "open"]);
  expect(last.rects.reduce((sum, r) => sum + r.height, 0)).toBeCloseTo(CHART_HEIGHT);
  expect(last.rects[0].y + last.rects[0].height).toBeCloseTo(CHART_HEIGHT);
  expect(bars[1]).toMatchObject({ claims: 0, rects: [], label: "Jan. 2026: keine Behauptungen" });
  expect(bars[0].rects[0].height).toBeCloseTo(CHART_HEIGHT / 4);
  expect(chartBars([])).toEqual([]);
});

const actor = (name: string): ActorRecord => ({
  name,
  party: "RU",
  claims: 4,
  verified: 1,
  disputed: 2,
  unverifiable: 0,
  open: 1,
  approved: 1,
  contradicted: 3,
  latestAt: "2026-11-20T08:00:00.000Z",
});

test("the CSV: BOM, every cell quoted, CRLF, formulas neutralised", () => {
  const csv = sourcesCsv([actor('=HYPERLINK("http://evil")'), actor("Peskow")]);
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const lines = csv.slice(1).split("\r\n");
  expect(lines).toHaveLength(4);
  expect(lines[3]).toBe("");
  expect(lines[0]).toBe(SOURCES_CSV_COLUMNS.map((c) => `"${c}"`).join(","));
  expect(lines[1].startsWith(`"'=HYPERLINK(""http://evil"")","RU","Russland","4","1","2","0","1","25 %","50 %","0 %","1",`)).toBe(
    true,
  );
  expect(lines[2]).toBe(
    `"Peskow","RU","Russland","4","1","2","0","1","25 %","50 %","0 %","1","2026-11-20T08:00:00.000Z","3","75 %"`,
  );
});

test("the order: defaults, direction per column, German errors", () => {
  expect(parseSourceOrder(new URLSearchParams())).toEqual({ sort: "claims", direction: "desc" });
  expect(parseSourceOrder(new URLSearchParams("sort=name"))).toEqual({ sort: "name", direction: "asc" });
  expect(parseSourceOrder(new URLSearchParams("sort=verified&dir=asc"))).toEqual({ sort: "verified", direction: "asc" });
  const error = (() => {
    try {
      parseSourceOrder(new URLSearchParams("sort=passwort"));
    } catch (e) {
      return e;
    }
  })();
  expect(error).toBeInstanceOf(DomainError);
  expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { sort: expect.stringContaining("Unbekannte Sortierung") } });
});
