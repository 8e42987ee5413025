"use client";
// Filter form of the review queue: a plain GET form, so filters live in the URL
// and work without JavaScript. With JavaScript, the same zod schema as on the
// server checks the values first and empty fields are left out of the URL.
// The fields themselves are one HTML string (queue-filter-html.ts): React renders only the
// form, its error list and the submit handler.
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { boundedMemo } from "@/lib/bounded-memo";
import { parseQueueFilters, queueQuery } from "@/lib/claims/queue-filters";
import { queueFilterFieldsHtml, type FilterFieldsInput } from "./queue-filter-html";
import styles from "./queue.module.css";

export type { FilterFormValues } from "./queue-filter-html";

/**
 * The fields' markup for the props as JSON: on the server every view of the same filters (with
 * the same outlets) gets the props as new objects from the RSC payload, so they are compared by
 * their JSON and the markup is built once per distinct filters.
 */
const fieldsOf = boundedMemo((input: string) => ({ __html: queueFilterFieldsHtml(JSON.parse(input) as FilterFieldsInput) }));

export function QueueFilterForm({ values, outlets, articleLabel, articleResetHref }: FilterFieldsInput) {
  const router = useRouter();
  const [errors, setErrors] = useState<string[]>([]);
  const fieldsHtml = useMemo(
    () => fieldsOf(JSON.stringify({ values, outlets, articleLabel, articleResetHref } satisfies FilterFieldsInput)),
    [values, outlets, articleLabel, articleResetHref],
  );

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
      <div dangerouslySetInnerHTML={fieldsHtml} />
    </form>
  );
}
