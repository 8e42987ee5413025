"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ingestTextAction } from "@/app/articles/new/actions";
import type { IngestedArticle } from "@/lib/articles/ingest";
import {
  articleTextSchema,
  tooLargeMessage,
  type ArticleTextFormValues,
  type ArticleTextInput,
} from "@/lib/articles/ingest-schema";
import { INTERNAL_ERROR_MESSAGE } from "@/lib/error-messages";
import type { ActionResult } from "@/lib/errors";
import { IngestOutcome } from "./IngestResult";
import styles from "./Ingest.module.css";

const FIELDS = ["title", "outlet", "url", "publishedAt", "stand", "text", "format"] as const;
type Field = (typeof FIELDS)[number];

const EMPTY: ArticleTextFormValues = { title: "", outlet: "", url: "", publishedAt: "", stand: "", text: "", format: "" };

/** One article pasted as text (or HTML) with its metadata. */
export function IngestPasteForm({ maxBytes }: { maxBytes: number }) {
  const [outcome, setOutcome] = useState<ActionResult<IngestedArticle> | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ArticleTextFormValues, unknown, ArticleTextInput>({
    resolver: zodResolver(articleTextSchema),
    defaultValues: EMPTY,
  });

  const onSubmit = handleSubmit(async (values) => {
    setOutcome(null);
    const size = new TextEncoder().encode(values.text).length;
    if (size > maxBytes) {
      setError("text", { message: tooLargeMessage("Text", size, maxBytes) }, { shouldFocus: true });
      return;
    }
    let result: ActionResult<IngestedArticle>;
    try {
      result = await ingestTextAction(values);
    } catch {
      result = { ok: false, code: "INTERNAL", message: INTERNAL_ERROR_MESSAGE };
    }
    if (!result.ok && result.fieldErrors) {
      for (const [name, message] of Object.entries(result.fieldErrors)) {
        if ((FIELDS as readonly string[]).includes(name)) setError(name as Field, { message });
      }
    }
    if (result.ok) reset(EMPTY);
    setOutcome(result);
  });

  const describedBy = (name: Field, hint?: string) =>
    [errors[name] ? `paste-${name}-error` : null, hint ?? null].filter(Boolean).join(" ") || undefined;
  const fieldError = (name: Field) =>
    errors[name] ? (
      <span id={`paste-${name}-error`} className="error">
        {errors[name]?.message}
      </span>
    ) : null;

  return (
    <section className={`panel ${styles.section}`} aria-labelledby="paste-heading">
      <h2 id="paste-heading">Text einfügen</h2>
      <div aria-live="polite" data-testid="paste-result" className={styles.pasteResult}>
        {outcome && <IngestOutcome result={outcome} />}
      </div>
      <form onSubmit={onSubmit} noValidate>
        <div className={styles.grid}>
          <div className="field">
            <label htmlFor="paste-title">Titel</label>
            <input
              id="paste-title"
              type="text"
              aria-invalid={!!errors.title}
              aria-describedby={describedBy("title")}
              {...register("title")}
            />
            {fieldError("title")}
          </div>
          <div className="field">
            <label htmlFor="paste-outlet">Medium</label>
            <input
              id="paste-outlet"
              type="text"
              placeholder="z. B. tagesschau.de"
              aria-invalid={!!errors.outlet}
              aria-describedby={describedBy("outlet")}
              {...register("outlet")}
            />
            {fieldError("outlet")}
          </div>
          <div className="field">
            <label htmlFor="paste-url">URL (optional)</label>
            <input
              id="paste-url"
              type="url"
              placeholder="https://"
              aria-invalid={!!errors.url}
              aria-describedby={describedBy("url")}
              {...register("url")}
            />
            {fieldError("url")}
          </div>
          <div className="field">
            <label htmlFor="paste-publishedAt">Veröffentlicht am (optional)</label>
            <input
              id="paste-publishedAt"
              type="datetime-local"
              aria-invalid={!!errors.publishedAt}
              aria-describedby={describedBy("publishedAt")}
              {...register("publishedAt")}
            />
            {fieldError("publishedAt")}
          </div>
          <div className="field">
            <label htmlFor="paste-stand">Stand (optional)</label>
            <input
              id="paste-stand"
              type="text"
              placeholder="z. B. 06.11.2024 11:15 Uhr"
              aria-invalid={!!errors.stand}
              aria-describedby={describedBy("stand", "paste-stand-hint")}
              {...register("stand")}
            />
            <span id="paste-stand-hint" className="muted">
              Wenn der Artikel statt eines Datums einen „Stand“ nennt.
            </span>
            {fieldError("stand")}
          </div>
          <div className="field">
            <label htmlFor="paste-format">Format</label>
            <select id="paste-format" className={styles.select} aria-invalid={!!errors.format} {...register("format")}>
              <option value="">Automatisch erkennen</option>
              <option value="text">Text</option>
              <option value="html">HTML (Seitenquelltext)</option>
            </select>
            {fieldError("format")}
          </div>
        </div>
        <div className="field">
          <label htmlFor="paste-text">Artikeltext</label>
          <textarea
            id="paste-text"
            rows={14}
            className={styles.textarea}
            aria-invalid={!!errors.text}
            aria-describedby={describedBy("text")}
            {...register("text")}
          />
          {fieldError("text")}
        </div>
        <button className="button" type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Text wird verarbeitet …" : "Text erfassen"}
        </button>
      </form>
    </section>
  );
}
