"use client";
// "Zurückgeben" with the required comment for the editor. The comment stays in the field when
// the server refuses it, so nothing typed is lost.
import { useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/errors";
import styles from "./approvals.module.css";

interface Props {
  claimId: string;
  onSubmit: (comment: string) => Promise<Extract<ActionResult<unknown>, { ok: false }> | null>;
  onCancel: () => void;
}

export function ReturnForm({ claimId, onSubmit, onCancel }: Props) {
  const [comment, setComment] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const id = `return-comment-${claimId}`;

  useEffect(() => field.current?.focus(), []);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFieldError(null);
    setFormError(null);
    const failure = await onSubmit(comment);
    setBusy(false);
    if (!failure) return;
    if (failure.fieldErrors?.comment) setFieldError(failure.fieldErrors.comment);
    else setFormError(failure.message);
    field.current?.focus();
  }

  return (
    <form className={styles.returnForm} onSubmit={submit} noValidate data-testid="return-form">
      <div className="field">
        <label htmlFor={id}>Kommentar für die Redaktion (Pflicht): Was muss geändert werden?</label>
        <textarea
          id={id}
          ref={field}
          rows={3}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Escape") onCancel();
          }}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? `${id}-error` : undefined}
        />
        {fieldError && (
          <span id={`${id}-error`} className="error" role="alert">
            {fieldError}
          </span>
        )}
      </div>
      {formError && (
        <div className="alert error" role="alert">
          {formError}
        </div>
      )}
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={busy}>
          {busy ? "Wird zurückgegeben …" : "Mit Kommentar zurückgeben"}
        </button>
        <button type="button" className="button secondary" onClick={onCancel} disabled={busy}>
          Abbrechen
        </button>
      </div>
    </form>
  );
}
