// The queue's filter fields as one HTML string. As React elements they were about 100 of the
// page's ~200 elements outside the rows, each rendered by React's server renderer on every view
// (and hydrated in the browser). They are a plain GET form's fields whose state lives in the DOM,
// so QueueFilterForm builds this string from the filter values (on the server for the HTML, in the
// browser for hydration, the same string from the same props) and only renders the error list
// and the submit handler itself. Same ids, names and attributes as the elements before; every
// text and attribute value goes through escapeHtml (the article title and outlets are ingested text).
import {
  ATTRIBUTION_FILTERS,
  ATTRIBUTION_LABELS,
  CONTENT_STATUSES,
  CONTENT_STATUS_LABELS,
  NOT_A_CLAIM_LABELS,
  NOT_A_CLAIM_MODES,
  PARTIES,
  PARTY_LABELS,
  SEARCH_RANK_WINDOW,
  SORTS,
  SORT_LABELS,
  outletChoices,
} from "@/lib/claims/queue-filters";
import { escapeHtml } from "@/lib/security/escape-html";
import { selectField } from "../forms/select-html";
import styles from "./queue.module.css";

/** Current (valid) filter values as form strings. */
export interface FilterFormValues {
  q: string;
  status: string;
  attribution: string;
  party: string;
  caveat: string;
  actor: string;
  outlet: string;
  event: string;
  thing: string;
  article: string;
  from: string;
  to: string;
  notaclaim: string;
  sort: string;
  limit: string;
}

export interface FilterFieldsInput {
  values: FilterFormValues;
  outlets: string[];
  /** Title of the article filtered by, when there is one. */
  articleLabel: string | null;
  articleResetHref: string;
}

const SEARCH_HINT =
  "Findet auch gebeugte Formen („Drohne“ → „Drohnen“) und Zahlen in jeder Schreibweise („11.000“, „elftausend“); " +
  "„Wörter in Anführungszeichen“ als genaue Wortfolge. Beste Treffer zuerst unter den neuesten " +
  `${SEARCH_RANK_WINDOW.toLocaleString("de-DE")} Treffern, ältere danach (neueste zuerst).`;

function textField(id: string, name: string, label: string, value: string, maxLength: number, placeholder?: string): string {
  return (
    `<div class="field"><label for="${id}">${label}</label>` +
    `<input id="${id}" name="${name}" type="text" value="${escapeHtml(value)}" maxlength="${maxLength}"` +
    `${placeholder ? ` placeholder="${escapeHtml(placeholder)}"` : ""}/></div>`
  );
}

const ALL: [string, string] = ["", "alle"];

function articleChip({ values, articleLabel, articleResetHref }: FilterFieldsInput): string {
  if (!values.article) return "";
  return (
    `<p class="${styles.chip}"><span>Artikel: <strong>${escapeHtml(articleLabel ?? "unbekannter Artikel")}</strong></span>` +
    `<a href="${escapeHtml(articleResetHref)}">Artikelfilter entfernen</a>` +
    `<input type="hidden" name="article" value="${escapeHtml(values.article)}"/></p>`
  );
}

function searchField(q: string): string {
  return (
    `<div class="field ${styles.wide}"><label for="queue-q">Suche in Satz, Wert, Gegenstand, Quelle und Artikel</label>` +
    `<input id="queue-q" name="q" type="search" value="${escapeHtml(q)}" maxlength="200" aria-describedby="queue-q-hint"/>` +
    `<p id="queue-q-hint" class="${styles.hint}">${escapeHtml(SEARCH_HINT)} Taste <kbd class="${styles.kbd}">/</kbd> springt hierher.</p></div>`
  );
}

function dateRange(values: FilterFormValues): string {
  return (
    `<fieldset class="${styles.dateRange}" aria-describedby="queue-date-hint"><legend>Veröffentlichung des Artikels</legend>` +
    `<div class="${styles.pair}">` +
    `<div><label for="queue-from">von (Datum)</label><input id="queue-from" name="from" type="date" value="${escapeHtml(values.from)}"/></div>` +
    `<div><label for="queue-to">bis einschließlich</label><input id="queue-to" name="to" type="date" value="${escapeHtml(values.to)}"/></div>` +
    `</div><p id="queue-date-hint" class="${styles.hint}">Gilt für das Veröffentlichungsdatum des Artikels (nicht das ` +
    `Erfassungsdatum); Artikel ohne Datum fallen dann heraus.</p></fieldset>`
  );
}

/** Everything inside the filter form but its error list: article chip, hidden fields, fields, buttons. */
export function queueFilterFieldsHtml(input: FilterFieldsInput): string {
  const { values, outlets } = input;
  const limit = values.limit ? `<input type="hidden" name="limit" value="${escapeHtml(values.limit)}"/>` : "";
  const outletOptions = outletChoices(outlets, values.outlet || undefined).map((o): [string, string] => [o, o]);
  return (
    articleChip(input) +
    limit +
    `<div class="${styles.filterGrid}">` +
    searchField(values.q) +
    selectField(
      "queue-status",
      "status",
      "Prüfstatus",
      [ALL, ...CONTENT_STATUSES.map((s): [string, string] => [s, CONTENT_STATUS_LABELS[s]])],
      values.status,
    ) +
    selectField(
      "queue-attribution",
      "attribution",
      "Zuschreibung",
      [ALL, ...ATTRIBUTION_FILTERS.map((a): [string, string] => [a, ATTRIBUTION_LABELS[a]])],
      values.attribution,
    ) +
    selectField(
      "queue-party",
      "party",
      "Partei der Quelle",
      [ALL, ...PARTIES.map((p): [string, string] => [p, `${PARTY_LABELS[p]} (${p})`])],
      values.party,
    ) +
    selectField(
      "queue-caveat",
      "caveat",
      "Hinweis „Konfliktparteien als Quelle“",
      [
        ["", "egal"],
        ["yes", "nötig"],
        ["no", "nicht nötig"],
      ],
      values.caveat,
    ) +
    textField("queue-actor", "actor", "Quelle enthält", values.actor, 200) +
    selectField("queue-outlet", "outlet", "Medium", [ALL, ...outletOptions], values.outlet) +
    textField("queue-event", "event", "Ereignis", values.event, 60, "z. B. getötet") +
    textField("queue-thing", "thing", "Gezählt", values.thing, 120, "z. B. Soldat/KP") +
    dateRange(values) +
    selectField(
      "queue-notaclaim",
      "notaclaim",
      "Als „keine Behauptung“ markierte",
      NOT_A_CLAIM_MODES.map((m): [string, string] => [m === "hide" ? "" : m, NOT_A_CLAIM_LABELS[m]]),
      values.notaclaim,
    ) +
    selectField(
      "queue-sort",
      "sort",
      "Sortierung",
      SORTS.map((s): [string, string] => [s === "newest" ? "" : s, SORT_LABELS[s]]),
      values.sort,
    ) +
    `</div><div class="${styles.actions}"><button type="submit" class="button">Filtern</button>` +
    `<a href="/claims">Filter zurücksetzen</a></div>`
  );
}
