// The queue's rows travel to QueueTable packed (components/queue/queue-rows.ts): each article's
// title, outlet and date once per page, the rows pointing at it. Unpacked, every row has its own
// article's fields again, in the queue's order.
import { toQueueRows, unpackQueueRows } from "@/components/queue/queue-rows";
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
  const data = toQueueRows(items);
  expect(data.articles).toEqual([
    { id: "a1", title: "Lage in Cherson", line: "BR24 · 31.12.2025, 19:33 Uhr" },
    { id: "a2", title: "Angriff auf Odesa", line: "tagesschau.de · ohne Datum" },
  ]);
  expect(data.rows.map((row) => row.article)).toEqual([0, 0, 1, 0]);
  expect(JSON.stringify(data).split("Lage in Cherson")).toHaveLength(2);
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
