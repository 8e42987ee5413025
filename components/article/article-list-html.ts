// The article list's rows and filter fields as HTML strings. Rendered as React server components,
// every element and attribute of them went through React's server renderer and again into the
// RSC payload embedded in the page – on every view, about twice the app CPU time of /login. Both
// are static markup (plain links, a plain GET form that works without JavaScript), so the page
// puts these strings into their <tbody> and <form>; the payload carries each string once.
// Every text and attribute value goes through escapeHtml: titles and outlets come from
// ingested articles and must stay text.
import type { ArticleFilters } from "@/lib/articles/list-filters";
import type { ArticleListItem } from "@/lib/articles/queries";
import { outletChoices } from "@/lib/claims/queue-filters";
import { formatArticleDate, formatDateTime } from "@/lib/format";
import styles from "../queue/queue.module.css";
import { escapeHtml } from "@/lib/security/escape-html";
import { selectField } from "../forms/select-html";

/** One <tr> per article: title (plain link – no prefetch of every visible article), outlet, dates, claim count. */
export function articleRowsHtml(items: ArticleListItem[]): string {
  let html = "";
  for (const a of items) {
    html +=
      `<tr><td><a href="/articles/${escapeHtml(encodeURIComponent(a.id))}">${escapeHtml(a.title)}</a></td>` +
      `<td>${escapeHtml(a.outlet)}</td>` +
      `<td>${escapeHtml(formatArticleDate(a.publishedAt, a.stand))}</td>` +
      `<td>${escapeHtml(formatDateTime(a.createdAt))}</td>` +
      `<td class="num">${a.claimCount}</td></tr>`;
  }
  return html;
}

const attr = (name: string, value: string | undefined) => (value ? ` ${name}="${escapeHtml(value)}"` : "");

const dateField = (id: string, name: string, label: string, value: string | undefined) =>
  `<div class="field"><label for="${id}">${label}</label><input id="${id}" name="${name}" type="date"${attr("value", value)}/></div>`;

/** The fields and buttons inside the article list's filter form, filled from the filters in the URL. */
export function articleFilterFieldsHtml(filters: ArticleFilters, outlets: string[]): string {
  return (
    `<div class="${styles.filterGrid}">` +
    `<div class="field ${styles.wide}"><label for="articles-q">Suche in Titel und Medium</label>` +
    `<input id="articles-q" name="q" type="search" maxlength="200"${attr("value", filters.q)}/></div>` +
    selectField(
      "articles-outlet",
      "outlet",
      "Medium",
      [["", "alle"], ...outletChoices(outlets, filters.outlet).map((outlet): [string, string] => [outlet, outlet])],
      filters.outlet ?? "",
    ) +
    dateField("articles-from", "from", "Veröffentlicht ab", filters.from) +
    dateField("articles-to", "to", "Veröffentlicht bis", filters.to) +
    `<div class="field"><label><input type="checkbox" name="open" value="1"${filters.open === true ? " checked" : ""}/>` +
    ` Nur mit offenen Behauptungen</label></div></div>` +
    `<div class="${styles.actions}"><button type="submit" class="button">Filtern</button>` +
    `<a href="/articles">Filter zurücksetzen</a></div>`
  );
}
