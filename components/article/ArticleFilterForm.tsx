// Search and filters of the article list: a plain GET form (works without JavaScript), the
// filters live in the URL. Styles shared with the queue's filter form. The fields are one HTML
// string (article-list-html.ts): as React elements they were rendered and serialised on every view.
import type { ArticleFilters } from "@/lib/articles/list-filters";
import { articleFilterFieldsHtml } from "./article-list-html";
import styles from "../queue/queue.module.css";

export function ArticleFilterForm({ filters, outlets }: { filters: ArticleFilters; outlets: string[] }) {
  return (
    <form
      method="get"
      action="/articles"
      role="search"
      aria-label="Artikel filtern"
      className={`panel ${styles.filters}`}
      dangerouslySetInnerHTML={{ __html: articleFilterFieldsHtml(filters, outlets) }}
    />
  );
}
