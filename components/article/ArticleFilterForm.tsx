// Search and filters of the article list: a plain GET form (works without JavaScript), the
// filters live in the URL. Styles shared with the queue's filter form.
import Link from "next/link";
import type { ArticleFilters } from "@/lib/articles/list-filters";
import styles from "../queue/queue.module.css";

export function ArticleFilterForm({ filters, outlets }: { filters: ArticleFilters; outlets: string[] }) {
  const outletOptions = filters.outlet && !outlets.includes(filters.outlet) ? [filters.outlet, ...outlets] : outlets;
  return (
    <form method="get" action="/articles" role="search" aria-label="Artikel filtern" className={`panel ${styles.filters}`}>
      <div className={styles.filterGrid}>
        <div className={`field ${styles.wide}`}>
          <label htmlFor="articles-q">Suche in Titel und Medium</label>
          <input id="articles-q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="articles-outlet">Medium</label>
          <select id="articles-outlet" name="outlet" defaultValue={filters.outlet ?? ""}>
            <option value="">alle</option>
            {outletOptions.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="articles-from">Veröffentlicht ab</label>
          <input id="articles-from" name="from" type="date" defaultValue={filters.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="articles-to">Veröffentlicht bis</label>
          <input id="articles-to" name="to" type="date" defaultValue={filters.to ?? ""} />
        </div>
        <div className="field">
          <label>
            <input type="checkbox" name="open" value="1" defaultChecked={filters.open === true} /> Nur mit offenen Behauptungen
          </label>
        </div>
      </div>
      <div className={styles.actions}>
        <button type="submit" className="button">
          Filtern
        </button>
        <Link href="/articles">Filter zurücksetzen</Link>
      </div>
    </form>
  );
}
