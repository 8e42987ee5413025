// The queue's rows are built as an HTML string on the server (components/queue/queue-rows-html.ts)
// and inserted without React: every value from the database must come out as text, never as markup.
import { parseHTML } from "linkedom";
import { queueRowsHtml } from "@/components/queue/queue-rows-html";
import type { QueueRow } from "@/components/queue/queue-rows";

const HOSTILE = `<img src=x onerror="alert(1)"> & 'quote' "double"`;

const plain: QueueRow = {
  id: "cclaim1",
  articleId: "carticle1",
  valueText: "1.057",
  what: "Panzer",
  sentence: "Seit Beginn seien 1.057 Panzer gemeldet worden.",
  actorName: "Ukrainischer Generalstab",
  party: "UA",
  contentVerdict: null,
  articleTitle: "Lage in Cherson",
  articleLine: "BR24 · 31.12.2025, 19:33 Uhr",
};

function table(rows: QueueRow[]) {
  const { document } = parseHTML(`<!doctype html><html><body><table><tbody>${queueRowsHtml(rows)}</tbody></table></body></html>`);
  return document.querySelectorAll("tbody > tr");
}

test("every text and attribute value from the database stays text: no element, no attribute is injected", () => {
  const hostile: QueueRow = {
    ...plain,
    id: `c"x`,
    articleId: `a"><script>`,
    valueText: HOSTILE,
    qualifier: HOSTILE,
    what: HOSTILE,
    sentence: HOSTILE,
    actorName: HOSTILE,
    articleTitle: HOSTILE,
    articleLine: HOSTILE,
    submittedBy: HOSTILE,
  };
  const [row] = table([hostile]);
  expect(row.querySelectorAll("img, script").length).toBe(0);
  expect(row.querySelectorAll("[onerror]").length).toBe(0);
  expect(row.getAttribute("data-claim-id")).toBe(`c"x`);
  expect(row.getAttribute("data-article-id")).toBe(`a"><script>`);
  const link = row.querySelector("[data-row-link]")!;
  expect(link.textContent).toBe(HOSTILE);
  expect(link.getAttribute("href")).toBe(`/articles/${encodeURIComponent(`a"><script>`)}?claim=${encodeURIComponent(`c"x`)}`);
  expect(row.querySelector("input")!.getAttribute("value")).toBe(`c"x`);
  expect(row.querySelector("input")!.getAttribute("aria-label")).toBe(`Für Bericht auswählen: ${HOSTILE} ${HOSTILE}`);
  expect(row.querySelector('[data-testid="submitted-by"]')!.textContent).toBe(`Eingereicht von ${HOSTILE}`);
  expect(row.textContent!.split(HOSTILE).length - 1).toBe(8);
});

test("one row per claim with the queue's cells, badges and markers (the markup the browser tests and keyboard use)", () => {
  const flagged: QueueRow = {
    ...plain,
    id: "cclaim2",
    actorName: "",
    what: "",
    party: "NONE",
    caveat: true,
    official: true,
    notAClaim: true,
    contentVerdict: "DISPUTED",
    attributionVerdict: "MISATTRIBUTED",
  };
  const [first, second] = table([plain, flagged]);
  expect(first.getAttribute("data-queue-row")).toBe("");
  expect(first.querySelectorAll("td").length).toBe(6);
  expect(first.querySelector('[data-testid="party-badge"]')!.getAttribute("data-party")).toBe("UA");
  expect(first.querySelector('[data-testid="party-badge"]')!.textContent).toBe("UAUkraine");
  expect(first.querySelector('[data-testid="status-badge"]')!.getAttribute("data-status")).toBe("OPEN");
  expect(first.querySelector('[data-testid="caveat-marker"]')).toBeNull();
  expect(first.querySelector('a[href="/articles/carticle1"]')!.textContent).toBe("Lage in Cherson");

  expect(second.querySelector('[data-testid="party-badge"]')!.textContent).toBe("keine Partei");
  expect(second.querySelector('[data-testid="status-badge"]')!.textContent).toBe("✗umstritten");
  expect(second.querySelector('[data-testid="caveat-marker"]')).not.toBeNull();
  expect(second.textContent).toContain("Redaktion / ohne Quelle");
  expect(second.textContent).toContain("amtliche Stelle");
  expect(second.textContent).toContain("Zuschreibung: falsch zugeordnet");
  expect(second.textContent).toContain("als „keine Behauptung“ markiert");
  expect(second.querySelector("input")!.getAttribute("aria-label")).toBe("Für Bericht auswählen: 1.057");
});
