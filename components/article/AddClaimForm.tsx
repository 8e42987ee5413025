"use client";
// "Behauptung ergänzen": the editor selected a number the machine missed; the
// selection's UTF-16 offsets come from the data-offset attributes of the text.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import { addClaimAction } from "@/app/articles/[id]/actions";
import type { ActorOption } from "@/lib/claims/article-view-types";
import { addClaimFormSchema, firstNumberIn, type AddClaimFormInput } from "@/lib/claims/correction-schemas";
import { ActorPartyFields } from "./ActorPartyFields";
import { failureFeedback, FormFeedback, type Feedback } from "./FormFeedback";
import { useReportDirty } from "./unsaved-changes";
import styles from "./article.module.css";

export interface TextSelection {
  start: number;
  end: number;
  text: string;
}

export function AddClaimForm({
  articleId,
  selection,
  actors,
  onDone,
  onCancel,
}: {
  articleId: string;
  selection: TextSelection;
  actors: ActorOption[];
  onDone: (claimId: string) => void;
  onCancel: () => void;
}) {
  const router = useRouter();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<AddClaimFormInput>({
    resolver: zodResolver(addClaimFormSchema),
    defaultValues: { value: firstNumberIn(selection.text), what: "", actorName: "", party: "NONE", official: false },
  });
  useReportDirty("add-claim", isDirty);

  const onSubmit = handleSubmit(async (values) => {
    setFeedback(null);
    const result = await addClaimAction({
      ...values,
      articleId,
      start: selection.start,
      end: selection.end,
      valueText: selection.text,
    });
    if (result.ok) {
      // The new claim needs its highlight: new page data (the text's marks).
      router.refresh();
      onDone(result.data.claimId);
    } else {
      setFeedback(failureFeedback(result, (name, message) => setError(name as FieldPath<AddClaimFormInput>, { message })));
    }
  });

  return (
    <div>
      <h2 id="add-claim-heading">Behauptung ergänzen</h2>
      <p className={styles.muted}>
        Markiert: „<span data-testid="selected-text">{selection.text}</span>“ (Zeichen {selection.start}–{selection.end})
      </p>
      <FormFeedback feedback={feedback} />
      <form className={styles.form} onSubmit={onSubmit} noValidate aria-label="Behauptung ergänzen">
        <div className="field">
          <label htmlFor="add-value">Zahlenwert</label>
          <input id="add-value" type="text" inputMode="decimal" aria-invalid={!!errors.value} {...register("value")} />
          {errors.value && <span className="error">{errors.value.message}</span>}
        </div>
        <div className="field">
          <label htmlFor="add-what">Was wird gezählt?</label>
          <input id="add-what" type="text" aria-invalid={!!errors.what} {...register("what")} />
          {errors.what && <span className="error">{errors.what.message}</span>}
        </div>
        <ActorPartyFields
          idPrefix="add"
          actorLabel="Quelle"
          actors={actors}
          fields={{ actorName: register("actorName"), party: register("party"), official: register("official") }}
          errors={{ actorName: errors.actorName?.message, party: errors.party?.message }}
          onActorPicked={(actor) => {
            setValue("party", actor.party);
            setValue("official", actor.official);
          }}
        />
        <div className={styles.row}>
          <button type="submit" className="button" disabled={isSubmitting}>
            {isSubmitting ? "Speichert …" : "Behauptung speichern"}
          </button>
          <button type="button" className={styles.smallButton} onClick={onCancel}>
            Abbrechen
          </button>
        </div>
      </form>
    </div>
  );
}
