import fc from "fast-check";
import { buildBlocks, formatLocalTimestamp, groupByClaim, type SpanRef } from "@/lib/claims/segments";
import { findLiveblogEntries } from "@/lib/extraction";

const TEXT = [
  "Einleitung mit 3 Zahlen.",
  "",
  "04.11.2024 • 23:36 Uhr",
  "",
  "Kiew: 😀 Klitschko warnt",
  "",
  "Laut Klitschko wurden 12 Menschen verletzt, sagte er.",
].join("\n");

test("blocks follow the lines; liveblog header and headline are marked; offsets reproduce the text", () => {
  const at12 = TEXT.indexOf("12");
  const cue = TEXT.indexOf("Laut Klitschko");
  const spans = [
    { id: "a", start: TEXT.indexOf("3 Zahlen"), end: TEXT.indexOf("3 Zahlen") + 1, sourceStart: null, sourceEnd: null },
    { id: "b", start: at12, end: at12 + 2, sourceStart: cue, sourceEnd: cue + "Laut Klitschko".length },
  ];
  const entries = findLiveblogEntries(TEXT);
  const blocks = buildBlocks(TEXT, spans, entries);
  expect(blocks.map((b) => [b.kind, b.entry])).toEqual([
    ["paragraph", -1],
    ["entry-header", 0],
    ["headline", 0],
    ["paragraph", 0],
  ]);
  for (const block of blocks) {
    for (const s of block.segments) expect(TEXT.slice(s.start, s.end)).toBe(s.text);
    expect(block.segments.map((s) => s.text).join("")).toBe(TEXT.slice(block.start, block.end));
  }
  const last = blocks[3].segments;
  expect(last.find((s) => s.claimId === "b")?.text).toBe("12");
  expect(last.find((s) => s.cueOf.includes("b"))?.text).toBe("Laut Klitschko");
  expect(groupByClaim(last).filter((g) => g.claimId === "b")).toHaveLength(1);
});

test("out-of-range spans are ignored; timestamps print as German local time", () => {
  const blocks = buildBlocks("abc", [{ id: "x", start: 2, end: 9, sourceStart: null, sourceEnd: null }], []);
  expect(blocks[0].segments).toEqual([{ start: 0, end: 3, text: "abc", claimId: null, cueOf: [] }]);
  expect(formatLocalTimestamp("2024-11-04T23:36")).toBe("04.11.2024, 23:36 Uhr");
});

/** The straightforward definition: a segment belongs to the first span (input order) covering it. */
function reference(text: string, spans: SpanRef[], segment: { start: number; end: number }) {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
  const claim = valid.find((s) => s.start <= segment.start && s.end >= segment.end);
  const cueOf = valid
    .filter((s) => s.sourceStart !== null && s.sourceEnd !== null && s.sourceStart <= segment.start && s.sourceEnd >= segment.end)
    .map((s) => s.id);
  return { claimId: claim?.id ?? null, cueOf };
}

test("random texts and overlapping spans: segments tile each line and belong to the covering claim and cues", () => {
  const line = fc.stringMatching(/^[a-z0-9 ]{0,12}$/);
  const input = fc
    .tuple(
      fc.array(line, { minLength: 1, maxLength: 5 }),
      fc.array(fc.tuple(fc.nat(), fc.nat(8), fc.option(fc.tuple(fc.nat(), fc.nat(8)))), { maxLength: 12 }),
    )
    .map(([lines, raw]) => {
      const text = lines.join("\n");
      const spans: SpanRef[] = raw.map(([at, len, cue], i) => ({
        id: `s${i}`,
        start: at % (text.length + 2),
        end: (at % (text.length + 2)) + len,
        sourceStart: cue ? cue[0] % (text.length + 1) : null,
        sourceEnd: cue ? Math.min(text.length, (cue[0] % (text.length + 1)) + cue[1]) : null,
      }));
      return { text, spans };
    });
  fc.assert(
    fc.property(input, ({ text, spans }) => {
      for (const block of buildBlocks(text, spans, [])) {
        expect(block.segments.map((s) => s.text).join("")).toBe(text.slice(block.start, block.end));
        for (const segment of block.segments) {
          expect({ claimId: segment.claimId, cueOf: segment.cueOf }).toEqual(reference(text, spans, segment));
        }
      }
    }),
    { numRuns: 300 },
  );
});

/** One line of `count` two-digit numbers, each a claim; every tenth has its number as cue. */
function oneLine(count: number): { text: string; spans: SpanRef[] } {
  const text = Array.from({ length: count }, (_, i) => `${(i % 90) + 10} `)
    .join("")
    .trimEnd();
  const spans = Array.from({ length: count }, (_, i) => ({
    id: `c${i}`,
    start: i * 3,
    end: i * 3 + 2,
    sourceStart: i % 10 === 0 ? i * 3 : null,
    sourceEnd: i % 10 === 0 ? i * 3 + 1 : null,
  }));
  return { text, spans };
}

// A stored article from before the claim limit: one line with 29 578 claims. The old search over
// all spans per segment read every span's offsets for every segment (20 s for that page); the
// sweep reads each span a few times (plus the sort). Counted, not timed.
test("one line with 2 000 claims: the offsets of each span are read a bounded number of times, not once per segment", () => {
  const count = 2000;
  const { text, spans } = oneLine(count);
  let reads = 0;
  const counted = spans.map((span) => new Proxy(span, { get: (target, key) => (reads++, Reflect.get(target, key)) }));
  buildBlocks(text, counted, []);
  expect(reads).toBeLessThan(100 * count);
});

test("one line with 30 000 claims: every number becomes its own group, cues included", () => {
  const { text, spans } = oneLine(30_000);
  const [block] = buildBlocks(text, spans, []);
  const groups = groupByClaim(block.segments).filter((g) => g.claimId !== null);
  expect(groups.map((g) => g.claimId)).toEqual(spans.map((s) => s.id));
  expect(block.segments.filter((s) => s.cueOf.length > 0)).toHaveLength(3000);
});
