import { buildBlocks, formatLocalTimestamp, groupByClaim } from "@/lib/claims/segments";
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
