// Search and filters of the article list: a plain GET form (works without JavaScript), the
// filters live in the URL. Styles shared with the queue's filter form. The fields are one HTML
// string (article-list-html.ts): as React elements they were rendered and serialised on every view.
import type { ArticleFilters } from "@/lib/articles/list-filters";
import { articleFilterFieldsHtml } from "./article-list-html";
import { boundedCache } from "@/lib/bounded-memo";
import styles from "../queue/queue.module.css";

/**
 * The fields' markup per filters (by their JSON) and outlet list (listOutlets hands out the same
 * array for 30 s): the same on every view of the same filters, built once.
 */
const fieldsOf = boundedCache<{ __html: string }>();

export function ArticleFilterForm({ filters, outlets }: { filters: ArticleFilters; outlets: string[] }) {
  return (
    <form
      method="get"
      action="/articles"
      role="search"
      aria-label="Artikel filtern"
      className={`panel ${styles.filters}`}
      dangerouslySetInnerHTML={fieldsOf([JSON.stringify(filters), outlets], () => ({
        __html: articleFilterFieldsHtml(filters, outlets),
      }))}
    />
  );
}
