"use client";
// Attribution verdict: is the figure really from the named source?
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch, type FieldPath } from "react-hook-form";
import { saveAttributionVerdictAction } from "@/app/articles/[id]/actions";
import type { ActorOption, ClaimView } from "@/lib/claims/article-view-types";
import { ATTRIBUTION_VERDICT_LABELS } from "@/lib/claims/labels";
import {
  ATTRIBUTION_VERDICTS,
  attributionVerdictSchema,
  type AttributionVerdictInput,
} from "@/lib/reviews/attribution-verdict-schema";
import { ActorPartyFields } from "./ActorPartyFields";
import { failureFeedback, FormFeedback, type Feedback } from "./FormFeedback";
import { useClaimRefresh } from "./claim-refresh";
import { NO_CHOICE, useReportDirty } from "./unsaved-changes";
import styles from "./article.module.css";

const EMPTY: AttributionVerdictInput = {
  verdict: NO_CHOICE,
  originalUrl: "",
  correctSource: "",
  correctParty: "OTHER",
  correctOfficial: false,
  rationale: "",
};

/** `actors`: the registry, so that naming a known source presets its party (the server applies the registry's anyway). */
export function AttributionVerdictForm({ claim, actors = [] }: { claim: ClaimView; actors?: ActorOption[] }) {
  const refresh = useClaimRefresh();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
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
        <fieldset>
          <legend>Richtige Quelle – wird die Quelle der Behauptung</legend>
          <ActorPartyFields
            idPrefix={`${id}-source`}
            actorLabel="Richtige Quelle (erforderlich)"
            actors={actors}
            fields={{
              actorName: register("correctSource"),
              party: register("correctParty"),
              official: register("correctOfficial"),
            }}
            errors={{ actorName: errors.correctSource?.message, party: errors.correctParty?.message }}
            onActorPicked={(actor) => {
              setValue("correctParty", actor.party);
              setValue("correctOfficial", actor.official);
            }}
          />
          <p className={styles.muted}>
            Steht die Quelle im Akteursregister, gelten dessen Partei und Status; der Hinweis „Konfliktparteien als Quelle“ wird
            neu bestimmt.
          </p>
        </fieldset>
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
