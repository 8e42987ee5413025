"use client";
// Filter form of the review queue: a plain GET form, so filters live in the URL
// and work without JavaScript. With JavaScript, the same zod schema as on the
// server checks the values first and empty fields are left out of the URL.
import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  ATTRIBUTION_FILTERS,
  ATTRIBUTION_LABELS,
  CONTENT_STATUSES,
  CONTENT_STATUS_LABELS,
  NOT_A_CLAIM_LABELS,
  NOT_A_CLAIM_MODES,
  PARTIES,
  PARTY_LABELS,
  SORTS,
  SORT_LABELS,
  SEARCH_RANK_WINDOW,
  outletChoices,
  parseQueueFilters,
  queueQuery,
} from "@/lib/claims/queue-filters";
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

// One text node: every {…} between texts is a separate node (and marker comment) in the HTML.
const SEARCH_HINT =
  "Findet auch gebeugte Formen („Drohne“ → „Drohnen“) und Zahlen in jeder Schreibweise („11.000“, „elftausend“); " +
  "„Wörter in Anführungszeichen“ als genaue Wortfolge. Beste Treffer zuerst unter den neuesten " +
  `${SEARCH_RANK_WINDOW.toLocaleString("de-DE")} Treffern, ältere danach (neueste zuerst).`;

export function QueueFilterForm({
  values,
  outlets,
  articleLabel,
  articleResetHref,
}: {
  values: FilterFormValues;
  outlets: string[];
  /** Title of the article filtered by, when there is one. */
  articleLabel: string | null;
  articleResetHref: string;
}) {
  const router = useRouter();
  const [errors, setErrors] = useState<string[]>([]);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const entries: [string, string][] = [];
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value.trim() !== "") entries.push([key, value]);
    }
    const { filters, notes } = parseQueueFilters(entries);
    if (notes.length > 0) {
      setErrors(notes);
      return;
    }
    setErrors([]);
    const query = queueQuery(filters);
    router.push(query ? `/claims?${query}` : "/claims");
  }

  const outletOptions = outletChoices(outlets, values.outlet);

  return (
    <form
      method="get"
      action="/claims"
      role="search"
      aria-label="Behauptungen filtern"
      className={`panel ${styles.filters}`}
      onSubmit={onSubmit}
    >
      {errors.length > 0 && (
        <div className={styles.formError} role="alert">
          {errors.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      )}
      {values.article && (
        <p className={styles.chip}>
          <span>
            Artikel: <strong>{articleLabel ?? "unbekannter Artikel"}</strong>
          </span>
          <a href={articleResetHref}>Artikelfilter entfernen</a>
          <input type="hidden" name="article" value={values.article} />
        </p>
      )}
      {values.limit && <input type="hidden" name="limit" value={values.limit} />}
      <div className={styles.filterGrid}>
        <div className={`field ${styles.wide}`}>
          <label htmlFor="queue-q">Suche in Satz, Wert, Gegenstand, Quelle und Artikel</label>
          <input id="queue-q" name="q" type="search" defaultValue={values.q} maxLength={200} aria-describedby="queue-q-hint" />
          <p id="queue-q-hint" className={styles.hint}>
            {SEARCH_HINT} Taste <kbd className={styles.kbd}>/</kbd> springt hierher.
          </p>
        </div>
        <div className="field">
          <label htmlFor="queue-status">Prüfstatus</label>
          <select id="queue-status" name="status" defaultValue={values.status}>
            <option value="">alle</option>
            {CONTENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {CONTENT_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="queue-attribution">Zuschreibung</label>
          <select id="queue-attribution" name="attribution" defaultValue={values.attribution}>
            <option value="">alle</option>
            {ATTRIBUTION_FILTERS.map((a) => (
              <option key={a} value={a}>
                {ATTRIBUTION_LABELS[a]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="queue-party">Partei der Quelle</label>
          <select id="queue-party" name="party" defaultValue={values.party}>
            <option value="">alle</option>
            {PARTIES.map((p) => (
              <option key={p} value={p}>
                {`${PARTY_LABELS[p]} (${p})`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="queue-caveat">Hinweis „Konfliktparteien als Quelle“</label>
          <select id="queue-caveat" name="caveat" defaultValue={values.caveat}>
            <option value="">egal</option>
            <option value="yes">nötig</option>
            <option value="no">nicht nötig</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="queue-actor">Quelle enthält</label>
          <input id="queue-actor" name="actor" type="text" defaultValue={values.actor} maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="queue-outlet">Medium</label>
          <select id="queue-outlet" name="outlet" defaultValue={values.outlet}>
            <option value="">alle</option>
            {outletOptions.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="queue-event">Ereignis</label>
          <input
            id="queue-event"
            name="event"
            type="text"
            defaultValue={values.event}
            maxLength={60}
            placeholder="z. B. getötet"
          />
        </div>
        <div className="field">
          <label htmlFor="queue-thing">Gezählt</label>
          <input
            id="queue-thing"
            name="thing"
            type="text"
            defaultValue={values.thing}
            maxLength={120}
            placeholder="z. B. Soldat/KP"
          />
        </div>
        <fieldset className={styles.dateRange} aria-describedby="queue-date-hint">
          <legend>Veröffentlichung des Artikels</legend>
          <div className={styles.pair}>
            <div>
              <label htmlFor="queue-from">von (Datum)</label>
              <input id="queue-from" name="from" type="date" defaultValue={values.from} />
            </div>
            <div>
              <label htmlFor="queue-to">bis einschließlich</label>
              <input id="queue-to" name="to" type="date" defaultValue={values.to} />
            </div>
          </div>
          <p id="queue-date-hint" className={styles.hint}>
            Gilt für das Veröffentlichungsdatum des Artikels (nicht das Erfassungsdatum); Artikel ohne Datum fallen dann heraus.
          </p>
        </fieldset>
        <div className="field">
          <label htmlFor="queue-notaclaim">Als „keine Behauptung“ markierte</label>
          <select id="queue-notaclaim" name="notaclaim" defaultValue={values.notaclaim}>
            {NOT_A_CLAIM_MODES.map((m) => (
              <option key={m} value={m === "hide" ? "" : m}>
                {NOT_A_CLAIM_LABELS[m]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="queue-sort">Sortierung</label>
          <select id="queue-sort" name="sort" defaultValue={values.sort}>
            {SORTS.map((s) => (
              <option key={s} value={s === "newest" ? "" : s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className={styles.actions}>
        <button type="submit" className="button">
          Filtern
        </button>
        <a href="/claims">Filter zurücksetzen</a>
      </div>
    </form>
  );
}
