"use client";
// Attribution verdict: is the figure really from the named source?
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch, type FieldPath } from "react-hook-form";
import { saveAttributionVerdictAction } from "@/app/articles/[id]/actions";
import type { ClaimView } from "@/lib/claims/article-view-types";
import { ATTRIBUTION_VERDICT_LABELS } from "@/lib/claims/labels";
import {
  ATTRIBUTION_VERDICTS,
  attributionVerdictSchema,
  type AttributionVerdictInput,
} from "@/lib/reviews/attribution-verdict-schema";
import { failureFeedback, FormFeedback, type Feedback } from "./FormFeedback";
import { useClaimRefresh } from "./claim-refresh";
import { NO_CHOICE, useReportDirty } from "./unsaved-changes";
import styles from "./article.module.css";

const EMPTY: AttributionVerdictInput = { verdict: NO_CHOICE, originalUrl: "", correctSource: "", rationale: "" };

export function AttributionVerdictForm({ claim }: { claim: ClaimView }) {
  const refresh = useClaimRefresh();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<AttributionVerdictInput>({ resolver: zodResolver(attributionVerdictSchema), defaultValues: EMPTY });
  useReportDirty("attribution", isDirty);
  const verdict = useWatch({ control, name: "verdict" });
  const id = `av-${claim.id}`;

  const onSubmit = handleSubmit(async (values) => {
    setFeedback(null);
    const result = await saveAttributionVerdictAction({ ...values, claimId: claim.id, version: claim.version });
    if (result.ok) {
      setFeedback({
        kind: "success",
        message: `Zuordnung „${ATTRIBUTION_VERDICT_LABELS[result.data.attributionVerdict!]}“ gespeichert.`,
      });
      reset(EMPTY);
      void refresh();
    } else {
      setFeedback(failureFeedback(result, (name, message) => setError(name as FieldPath<AttributionVerdictInput>, { message })));
    }
  });

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label="Urteil zur Zuordnung">
      <FormFeedback feedback={feedback} />
      <fieldset>
        <legend>Stammt die Angabe von dieser Quelle?</legend>
        {ATTRIBUTION_VERDICTS.map((v) => (
          <label key={v} className={styles.radio}>
            <input type="radio" value={v} {...register("verdict")} />
            {ATTRIBUTION_VERDICT_LABELS[v]}
          </label>
        ))}
        {errors.verdict && <p className={styles.fieldError}>{errors.verdict.message}</p>}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-url`}>Link zur Originalaussage{verdict === "CONFIRMED" ? " (erforderlich)" : ""}</label>
        <input
          id={`${id}-url`}
          type="url"
          placeholder="https://"
          aria-invalid={!!errors.originalUrl}
          {...register("originalUrl")}
        />
        {errors.originalUrl && <span className="error">{errors.originalUrl.message}</span>}
      </div>
      {verdict === "MISATTRIBUTED" && (
        <div className="field">
          <label htmlFor={`${id}-source`}>Richtige Quelle (erforderlich)</label>
          <input id={`${id}-source`} type="text" aria-invalid={!!errors.correctSource} {...register("correctSource")} />
          {errors.correctSource && <span className="error">{errors.correctSource.message}</span>}
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-note`}>Notiz zur Zuordnung (optional)</label>
        <textarea id={`${id}-note`} rows={2} {...register("rationale")} />
        {errors.rationale && <span className="error">{errors.rationale.message}</span>}
      </div>
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? "Speichert …" : "Zuordnung speichern"}
      </button>
    </form>
  );
}
