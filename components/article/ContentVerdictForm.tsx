"use client";
// Content verdict: belegt / umstritten / nicht überprüfbar, rationale, evidence
// list (useFieldArray). Validated with the same zod schema the server uses,
// including the conflict-party rule for this claim's party.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo, useState } from "react";
import { useFieldArray, useForm, type FieldPath } from "react-hook-form";
import { markupRegister } from "@/components/forms/markup-defaults";
import { saveContentVerdictAction } from "@/app/articles/[id]/actions";
import type { ActorOption, ClaimView } from "@/lib/claims/article-view-types";
import { CONTENT_VERDICT_LABELS } from "@/lib/claims/labels";
import type { Party } from "@/lib/generated/prisma/enums";
import {
  CONTENT_VERDICTS,
  contentVerdictSchema,
  EMPTY_EVIDENCE,
  type ContentVerdictInput,
  type ContentVerdictValue,
} from "@/lib/reviews/content-verdict-schema";
import { failureFeedback, FormFeedback, type Feedback } from "./FormFeedback";
import { useClaimRefresh } from "./claim-refresh";
import { NO_CHOICE, useReportDirty } from "./unsaved-changes";
import styles from "./article.module.css";

export function ContentVerdictForm({
  claim,
  conflictParties,
  actors = [],
  preset,
}: {
  claim: ClaimView;
  conflictParties: Party[];
  /** The actor registry with its web domains: evidence from a conflict party's official channel is not independent. */
  actors?: ActorOption[];
  preset: ContentVerdictValue | null;
}) {
  const refresh = useClaimRefresh();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const schema = useMemo(
    () => contentVerdictSchema({ party: claim.party, conflictParties, registry: actors }),
    [claim.party, conflictParties, actors],
  );
  const {
    register,
    getValues,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<ContentVerdictInput>({
    resolver: zodResolver(schema),
    defaultValues: { verdict: preset ?? NO_CHOICE, rationale: "", evidence: [{ ...EMPTY_EVIDENCE }] },
  });
  const field = markupRegister(register, getValues);
  useReportDirty("content", isDirty);
  const { fields, append, remove } = useFieldArray({ control, name: "evidence" });
  const id = `cv-${claim.id}`;
  const isConflictParty = conflictParties.includes(claim.party);

  const onSubmit = handleSubmit(async (values) => {
    setFeedback(null);
    const result = await saveContentVerdictAction({ ...values, claimId: claim.id, version: claim.version });
    if (result.ok) {
      setFeedback({
        kind: "success",
        message: `Inhaltsurteil „${CONTENT_VERDICT_LABELS[result.data.contentVerdict!]}“ gespeichert.`,
      });
      reset({ verdict: NO_CHOICE, rationale: "", evidence: [{ ...EMPTY_EVIDENCE }] });
      void refresh();
    } else {
      setFeedback(failureFeedback(result, (name, message) => setError(name as FieldPath<ContentVerdictInput>, { message })));
    }
  });

  const evidenceError = errors.evidence?.root?.message ?? errors.evidence?.message;
  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label="Inhaltsurteil">
      <FormFeedback feedback={feedback} />
      <fieldset aria-describedby={errors.verdict ? `${id}-verdict-error` : undefined}>
        <legend>Urteil zum Inhalt</legend>
        {CONTENT_VERDICTS.map((v) => (
          <label key={v} className={styles.radio}>
            <input type="radio" {...field.choice("verdict", v)} />
            {CONTENT_VERDICT_LABELS[v]}
          </label>
        ))}
        {errors.verdict && (
          <p className={styles.fieldError} id={`${id}-verdict-error`}>
            {errors.verdict.message}
          </p>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-rationale`}>Begründung</label>
        <textarea
          id={`${id}-rationale`}
          rows={3}
          aria-invalid={!!errors.rationale}
          aria-describedby={errors.rationale ? `${id}-rationale-error` : undefined}
          {...register("rationale")}
        />
        {errors.rationale && (
          <span className="error" id={`${id}-rationale-error`}>
            {errors.rationale.message}
          </span>
        )}
      </div>
      {isConflictParty && (
        <p className={styles.muted}>
          Quelle ist Konfliktpartei ({claim.party}): „belegt“ nur mit mindestens einem Beleg aus unabhängiger Quelle.
        </p>
      )}
      {fields.map((field, index) => {
        const e = errors.evidence?.[index];
        return (
          <fieldset key={field.id} data-testid="evidence-item">
            <legend>Beleg {index + 1}</legend>
            <div className="field">
              <label htmlFor={`${id}-ev-${index}-url`}>URL</label>
              <input
                id={`${id}-ev-${index}-url`}
                type="url"
                inputMode="url"
                placeholder="https://"
                aria-invalid={!!e?.url}
                {...register(`evidence.${index}.url`)}
              />
              {e?.url && <span className="error">{e.url.message}</span>}
            </div>
            <div className="field">
              <label htmlFor={`${id}-ev-${index}-note`}>Notiz</label>
              <input id={`${id}-ev-${index}-note`} type="text" aria-invalid={!!e?.note} {...register(`evidence.${index}.note`)} />
              {e?.note && <span className="error">{e.note.message}</span>}
            </div>
            <div className={styles.row}>
              <label className={styles.check}>
                <input
                  type="checkbox"
                  aria-invalid={!!e?.independent}
                  aria-describedby={e?.independent ? `${id}-ev-${index}-independent-error` : undefined}
                  {...register(`evidence.${index}.independent`)}
                />
                unabhängige Quelle
              </label>
              <button type="button" className={styles.smallButton} onClick={() => remove(index)}>
                Beleg {index + 1} entfernen
              </button>
            </div>
            {e?.independent && (
              <span className="error" id={`${id}-ev-${index}-independent-error`} data-testid="evidence-independent-error">
                {e.independent.message}
              </span>
            )}
          </fieldset>
        );
      })}
      {evidenceError && (
        <p className={styles.fieldError} role="alert" data-testid="evidence-error">
          {evidenceError}
        </p>
      )}
      <div className={styles.row}>
        <button type="button" className={styles.smallButton} onClick={() => append({ ...EMPTY_EVIDENCE })}>
          Weiteren Beleg hinzufügen
        </button>
        <button type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? "Speichert …" : "Inhaltsurteil speichern"}
        </button>
      </div>
    </form>
  );
}
