// The article list's rows and filter fields are built as HTML strings on the server
// (components/article/article-list-html.ts) and inserted without React: titles, outlets and filter
// values come from ingested articles and from the URL, and must come out as text, never as markup.
import { parseHTML } from "linkedom";
import { articleFilterFieldsHtml, articleRowsHtml } from "@/components/article/article-list-html";
import { escapeHtml } from "@/lib/security/escape-html";
import type { ArticleListItem } from "@/lib/articles/queries";

const HOSTILE = `<img src=x onerror="alert(1)"> & 'quote' "double"`;

const plain: ArticleListItem = {
  id: "carticle1",
  title: "Lage in Cherson",
  outlet: "BR24",
  publishedAt: new Date("2025-12-31T18:33:00Z"),
  stand: null,
  createdAt: new Date("2026-01-01T08:00:00Z"),
  claimCount: 12,
};

function documentOf(body: string) {
  return parseHTML(`<!doctype html><html><body>${body}</body></html>`).document;
}

const rowsOf = (items: ArticleListItem[]) =>
  documentOf(`<table><tbody>${articleRowsHtml(items)}</tbody></table>`).querySelectorAll("tbody > tr");

test("escapeHtml turns every markup character into an entity", () => {
  expect(escapeHtml(`<a href='x' title="y">&</a>`)).toBe("&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;&lt;/a&gt;");
});

test("a hostile title, outlet, id and 'Stand' stay text in the rows: no element or attribute is injected", () => {
  const hostile: ArticleListItem = {
    ...plain,
    id: `a"><script>`,
    title: HOSTILE,
    outlet: HOSTILE,
    publishedAt: null,
    stand: HOSTILE,
  };
  const [row] = rowsOf([hostile]);
  expect(row.querySelectorAll("img, script")).toHaveLength(0);
  const cells = Array.from(row.querySelectorAll("td"), (td) => td.textContent);
  expect(cells.slice(0, 3)).toEqual([HOSTILE, HOSTILE, `Stand: ${HOSTILE}`]);
  const link = row.querySelector("a")!;
  expect(link.getAttributeNames()).toEqual(["href"]);
  expect(link.getAttribute("href")).toBe(`/articles/${encodeURIComponent(hostile.id)}`);
});

test("the rows show title link, outlet, German dates and the claim count, one <tr> per article in order", () => {
  const rows = rowsOf([plain, { ...plain, id: "carticle2", title: "Zweiter", publishedAt: null, stand: null, claimCount: 0 }]);
  expect(Array.from(rows, (r) => Array.from(r.querySelectorAll("td"), (td) => td.textContent))).toEqual([
    ["Lage in Cherson", "BR24", "31.12.2025, 19:33 Uhr", "01.01.2026, 09:00 Uhr", "12"],
    ["Zweiter", "BR24", "ohne Datum", "01.01.2026, 09:00 Uhr", "0"],
  ]);
});

test("hostile filter values and outlets stay text in the filter form and keep the chosen values", () => {
  const html = articleFilterFieldsHtml({ q: HOSTILE, outlet: HOSTILE, from: "2026-01-01", open: true }, ["BR24", "FAZ"]);
  const document = documentOf(`<form>${html}</form>`);
  expect(document.querySelectorAll("img, script")).toHaveLength(0);
  expect(document.querySelector("#articles-q")!.getAttribute("value")).toBe(HOSTILE);
  const options = Array.from(document.querySelectorAll("option"), (o) => [
    o.getAttribute("value"),
    o.textContent,
    o.hasAttribute("selected"),
  ]);
  // An outlet from the URL that is not in the list shows first and chosen.
  expect(options).toEqual([
    ["", "alle", false],
    [HOSTILE, HOSTILE, true],
    ["BR24", "BR24", false],
    ["FAZ", "FAZ", false],
  ]);
  expect(document.querySelector("#articles-from")!.getAttribute("value")).toBe("2026-01-01");
  expect(document.querySelector("#articles-to")!.hasAttribute("value")).toBe(false);
  expect(document.querySelector("input[name=open]")!.hasAttribute("checked")).toBe(true);
});

test("without filters 'alle' is chosen, the fields are empty and the checkbox is off", () => {
  const document = documentOf(`<form>${articleFilterFieldsHtml({}, ["BR24"])}</form>`);
  expect(document.querySelector("option[selected]")!.textContent).toBe("alle");
  expect(document.querySelector("#articles-q")!.hasAttribute("value")).toBe(false);
  expect(document.querySelector("input[name=open]")!.hasAttribute("checked")).toBe(false);
  expect(Array.from(document.querySelectorAll("label"), (l) => l.textContent!.trim())).toEqual([
    "Suche in Titel und Medium",
    "Medium",
    "Veröffentlicht ab",
    "Veröffentlicht bis",
    "Nur mit offenen Behauptungen",
  ]);
});
