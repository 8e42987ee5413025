"use client";
// Corrections of the machine: actor/party (registry via datalist or free text)
// and "keine Behauptung". Stored as ClaimCorrection rows, the machine snapshot stays.
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import { markupRegister } from "@/components/forms/markup-defaults";
import { correctClaimAction } from "@/app/articles/[id]/actions";
import type { ActorOption, ClaimView } from "@/lib/claims/article-view-types";
import { actorPartyCorrectionSchema, type ActorPartyCorrectionInput } from "@/lib/claims/correction-schemas";
import { ActorPartyFields } from "./ActorPartyFields";
import { failureFeedback, FormFeedback, type Feedback } from "./FormFeedback";
import { useClaimRefresh } from "./claim-refresh";
import { useReportDirty } from "./unsaved-changes";
import styles from "./article.module.css";

export function CorrectionForm({ claim, actors }: { claim: ClaimView; actors: ActorOption[] }) {
  const refresh = useClaimRefresh();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [busy, setBusy] = useState(false);
  const {
    register,
    getValues,
    handleSubmit,
    setError,
    setValue,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<ActorPartyCorrectionInput>({
    resolver: zodResolver(actorPartyCorrectionSchema),
    defaultValues: { actorName: claim.actorName, party: claim.party, official: claim.official },
  });
  const field = markupRegister(register, getValues);
  useReportDirty("correction", isDirty);
  const id = `co-${claim.id}`;

  const onSubmit = handleSubmit(async (values) => {
    setFeedback(null);
    const result = await correctClaimAction({ ...values, kind: "ACTOR_PARTY", claimId: claim.id, version: claim.version });
    if (result.ok) {
      setFeedback({ kind: "success", message: "Korrektur von Quelle/Partei gespeichert." });
      // The saved values are the new baseline: nothing unsaved any more.
      reset(values);
      void refresh();
    } else {
      setFeedback(
        failureFeedback(result, (name, message) => setError(name as FieldPath<ActorPartyCorrectionInput>, { message })),
      );
    }
  });

  async function toggleNotAClaim() {
    setFeedback(null);
    setBusy(true);
    try {
      const result = await correctClaimAction({
        kind: "NOT_A_CLAIM",
        notAClaim: !claim.notAClaim,
        claimId: claim.id,
        version: claim.version,
      });
      if (result.ok) {
        setFeedback({
          kind: "success",
          message: claim.notAClaim ? "Wieder als Behauptung gewertet." : "Als „keine Behauptung“ markiert.",
        });
        void refresh();
      } else {
        setFeedback(failureFeedback(result));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      <FormFeedback feedback={feedback} />
      <form className={styles.form} onSubmit={onSubmit} noValidate aria-label="Quelle und Partei korrigieren">
        <ActorPartyFields
          idPrefix={id}
          actorLabel="Quelle (aus dem Akteursverzeichnis oder frei)"
          actors={actors}
          fields={{ actorName: field.text("actorName"), party: field.text("party"), official: field.check("official") }}
          errors={{ actorName: errors.actorName?.message, party: errors.party?.message }}
          onActorPicked={(actor) => {
            setValue("party", actor.party);
            setValue("official", actor.official);
          }}
        />
        <button type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? "Speichert …" : "Quelle/Partei korrigieren"}
        </button>
      </form>
      <p className={styles.row} style={{ marginTop: "0.75rem" }}>
        <button type="button" className={styles.smallButton} onClick={toggleNotAClaim} disabled={busy}>
          {claim.notAClaim ? "Doch als Behauptung werten" : "Als „keine Behauptung“ markieren"}
        </button>
      </p>
    </div>
  );
}
