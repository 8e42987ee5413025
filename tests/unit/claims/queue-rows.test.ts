// The queue's rows travel to QueueTable packed (components/queue/queue-rows.ts): each article's
// title, outlet and date once per page, the rows pointing at it, every row a list by position
// (no keys). Unpacked, every row has its keys and its own article's fields again, in the queue's
// order – the same rows the object form gave, so the rows' markup stays the same.
import { queueRowsJson, toQueueRows, unpackQueueRows, type QueueRow } from "@/components/queue/queue-rows";
import { queueRowsHtml } from "@/components/queue/queue-rows-html";
import type { QueueItem } from "@/lib/claims/queue";

function item(id: string, articleId: string, articleTitle: string, outlet: string): QueueItem {
  return {
    id,
    articleId,
    start: 0,
    valueText: "12",
    qualifier: "",
    what: "Drohnen",
    actorName: "Sprecher",
    party: "UA",
    official: false,
    caveat: false,
    notAClaim: false,
    contentVerdict: null,
    attributionVerdict: null,
    sentence: "Es seien 12 Drohnen abgefangen worden.",
    createdAt: new Date("2025-12-31T18:00:00Z"),
    articleTitle,
    articleOutlet: outlet,
    articlePublishedAt: articleId === "a2" ? null : new Date("2025-12-31T18:33:00Z"),
    articleStand: null,
    submittedBy: null,
    rank: null,
  };
}

const items = [
  item("c1", "a1", "Lage in Cherson", "BR24"),
  item("c2", "a1", "Lage in Cherson", "BR24"),
  item("c3", "a2", "Angriff auf Odesa", "tagesschau.de"),
  item("c4", "a1", "Lage in Cherson", "BR24"),
];

test("each article travels once, however many of its claims the page lists", () => {
  const [articles, rows] = toQueueRows(items);
  expect(articles).toEqual([
    ["a1", "Lage in Cherson", "BR24 · 31.12.2025, 19:33 Uhr"],
    ["a2", "Angriff auf Odesa", "tagesschau.de · ohne Datum"],
  ]);
  expect(rows.map((row) => row[1])).toEqual([0, 0, 1, 0]);
  expect(queueRowsJson(items).split("Lage in Cherson")).toHaveLength(2);
});

test("unpacked, every row has its own article's fields in the queue's order", () => {
  const rows = unpackQueueRows(toQueueRows(items));
  expect(rows.map((row) => [row.id, row.articleId, row.articleTitle, row.articleLine])).toEqual([
    ["c1", "a1", "Lage in Cherson", "BR24 · 31.12.2025, 19:33 Uhr"],
    ["c2", "a1", "Lage in Cherson", "BR24 · 31.12.2025, 19:33 Uhr"],
    ["c3", "a2", "Angriff auf Odesa", "tagesschau.de · ohne Datum"],
    ["c4", "a1", "Lage in Cherson", "BR24 · 31.12.2025, 19:33 Uhr"],
  ]);
  expect(rows[0]).not.toHaveProperty("article");
});

test("a row is a list by position: no keys travel, empty optional fields at the end stay home", () => {
  const [, [row]] = toQueueRows([items[0]]);
  expect(row).toEqual(["c1", 0, "12", "Drohnen", "Es seien 12 Drohnen abgefangen worden.", "Sprecher", "UA", null, 0]);
  const json = queueRowsJson(items);
  for (const key of ["valueText", "sentence", "actorName", "contentVerdict", "article"]) expect(json).not.toContain(`"${key}"`);
});

/** What the rows looked like as objects with keys before (toPackedRow and unpackQueueRows then). */
function objectRow(item: QueueItem, articleLine: string): QueueRow {
  const row: QueueRow = {
    id: item.id,
    articleId: item.articleId,
    valueText: item.valueText,
    what: item.what,
    sentence: item.sentence,
    actorName: item.actorName,
    party: item.party,
    contentVerdict: item.contentVerdict,
    articleTitle: item.articleTitle,
    articleLine,
  };
  if (item.qualifier && !item.valueText.includes(item.qualifier)) row.qualifier = item.qualifier;
  if (item.caveat) row.caveat = true;
  if (item.official) row.official = true;
  if (item.notAClaim) row.notAClaim = true;
  if (item.attributionVerdict) row.attributionVerdict = item.attributionVerdict;
  if (item.submittedBy) row.submittedBy = item.submittedBy;
  return row;
}

test("every field and flag survives the round trip through JSON, in any combination", () => {
  const variants: QueueItem[] = [];
  let n = 0;
  for (const qualifier of ["", "rund", "12"]) {
    for (const flags of [0, 1, 2, 4, 7]) {
      for (const attributionVerdict of [null, "CONFIRMED", "MISATTRIBUTED"] as const) {
        for (const submittedBy of [null, "Anna Redakteurin", ""]) {
          variants.push({
            ...item(`c${n++}`, n % 3 === 0 ? "a2" : "a1", n % 3 === 0 ? "Angriff auf Odesa" : "Lage in Cherson", "BR24"),
            qualifier,
            caveat: (flags & 1) !== 0,
            official: (flags & 2) !== 0,
            notAClaim: (flags & 4) !== 0,
            contentVerdict: n % 2 ? "DISPUTED" : null,
            attributionVerdict,
            submittedBy,
            actorName: n % 5 ? "Sprecher" : "",
            what: n % 7 ? "Drohnen" : "",
          });
        }
      }
    }
  }
  const rows = unpackQueueRows(JSON.parse(queueRowsJson(variants)));
  const lineOf = (i: QueueItem) => (i.articleId === "a2" ? "BR24 · ohne Datum" : "BR24 · 31.12.2025, 19:33 Uhr");
  const before = variants.map((v) => objectRow(v, lineOf(v)));
  expect(rows).toEqual(before);
  // The markup built from them is byte for byte the one the object rows gave.
  expect(queueRowsHtml(rows)).toBe(queueRowsHtml(before));
});

test("an empty page is two empty lists", () => {
  expect(queueRowsJson([])).toBe("[[],[]]");
  expect(unpackQueueRows([[], []])).toEqual([]);
});
