import fc from "fast-check";
import { decodeMarks, encodeMarkOffsets, type MarkSpan } from "@/lib/claims/article-view-types";

test("highlight offsets survive the compact encoding; cues before and after the number, and none", () => {
  const spans: MarkSpan[] = [
    { id: "a", start: 10, end: 12, sourceStart: 0, sourceEnd: 5 },
    { id: "b", start: 10, end: 14, sourceStart: null, sourceEnd: null },
    { id: "c", start: 400_000, end: 400_006, sourceStart: 400_010, sourceEnd: 400_030 },
  ];
  const offsets = encodeMarkOffsets(spans);
  expect(offsets).toEqual([10, 2, -10, 5, 0, 4, 0, 0, 399_990, 6, 10, 20]);
  expect(decodeMarks({ ids: spans.map((s) => s.id), offsets, statuses: "OOO" })).toEqual(spans);
});

test("any claims in text order round-trip", () => {
  const span = fc.record({
    start: fc.nat(500_000),
    length: fc.integer({ min: 1, max: 40 }),
    cue: fc.option(fc.tuple(fc.integer({ min: -300, max: 300 }), fc.integer({ min: 1, max: 80 }))),
  });
  fc.assert(
    fc.property(fc.array(span, { maxLength: 30 }), (raw) => {
      const spans: MarkSpan[] = raw
        .sort((x, y) => x.start - y.start)
        .map((r, i) => {
          const sourceStart = r.cue ? Math.max(0, r.start + r.cue[0]) : null;
          return {
            id: `c${i}`,
            start: r.start,
            end: r.start + r.length,
            sourceStart,
            sourceEnd: sourceStart !== null ? sourceStart + r.cue![1] : null,
          };
        });
      const marks = { ids: spans.map((s) => s.id), offsets: encodeMarkOffsets(spans), statuses: "O".repeat(spans.length) };
      expect(decodeMarks(marks)).toEqual(spans);
    }),
  );
});
