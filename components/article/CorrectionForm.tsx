"use client";
// Corrections of the machine: actor/party (registry via datalist or free text)
// and "keine Behauptung". Stored as ClaimCorrection rows, the machine snapshot stays.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import { correctClaimAction } from "@/app/articles/[id]/actions";
import type { ActorOption, ClaimView } from "@/lib/claims/article-view-types";
import { actorPartyCorrectionSchema, type ActorPartyCorrectionInput } from "@/lib/claims/correction-schemas";
import { PARTY_LABELS } from "@/lib/claims/labels";
import { PARTIES } from "@/lib/extraction/types";
import { failureFeedback, FormFeedback, type Feedback } from "./FormFeedback";
import styles from "./article.module.css";

export const ACTOR_DATALIST_ID = "actor-registry";

/** Datalist of the actor registry, rendered once per page. */
export function ActorDatalist({ actors }: { actors: ActorOption[] }) {
  return (
    <datalist id={ACTOR_DATALIST_ID}>
      {actors.map((a) => (
        <option key={a.canonicalName} value={a.canonicalName} />
      ))}
    </datalist>
  );
}

export function PartySelect({ id, ...props }: { id: string } & React.SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <select id={id} {...props}>
      {PARTIES.map((p) => (
        <option key={p} value={p}>
          {p === "NONE" || p === "OTHER" ? PARTY_LABELS[p] : `${p} – ${PARTY_LABELS[p]}`}
        </option>
      ))}
    </select>
  );
}

export function CorrectionForm({ claim, actors }: { claim: ClaimView; actors: ActorOption[] }) {
  const router = useRouter();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [busy, setBusy] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<ActorPartyCorrectionInput>({
    resolver: zodResolver(actorPartyCorrectionSchema),
    defaultValues: { actorName: claim.actorName, party: claim.party, official: claim.official },
  });
  const id = `co-${claim.id}`;
  const actorField = register("actorName");

  const onSubmit = handleSubmit(async (values) => {
    setFeedback(null);
    const result = await correctClaimAction({ ...values, kind: "ACTOR_PARTY", claimId: claim.id, version: claim.version });
    if (result.ok) {
      setFeedback({ kind: "success", message: "Korrektur von Quelle/Partei gespeichert." });
      router.refresh();
    } else {
      setFeedback(failureFeedback(result, (name, message) => setError(name as FieldPath<ActorPartyCorrectionInput>, { message })));
    }
  });

  async function toggleNotAClaim() {
    setFeedback(null);
    setBusy(true);
    try {
      const result = await correctClaimAction({ kind: "NOT_A_CLAIM", notAClaim: !claim.notAClaim, claimId: claim.id, version: claim.version });
      if (result.ok) {
        setFeedback({ kind: "success", message: claim.notAClaim ? "Wieder als Behauptung gewertet." : "Als „keine Behauptung“ markiert." });
        router.refresh();
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
        <div className="field">
          <label htmlFor={`${id}-actor`}>Quelle (aus dem Akteursverzeichnis oder frei)</label>
          <input
            id={`${id}-actor`}
            type="text"
            list={ACTOR_DATALIST_ID}
            autoComplete="off"
            aria-invalid={!!errors.actorName}
            {...actorField}
            onChange={(event) => {
              void actorField.onChange(event);
              const match = actors.find((a) => a.canonicalName.toLowerCase() === event.target.value.trim().toLowerCase());
              if (match) {
                setValue("party", match.party);
                setValue("official", match.official);
              }
            }}
          />
          {errors.actorName && <span className="error">{errors.actorName.message}</span>}
        </div>
        <div className="field">
          <label htmlFor={`${id}-party`}>Partei</label>
          <PartySelect id={`${id}-party`} aria-invalid={!!errors.party} {...register("party")} />
          {errors.party && <span className="error">{errors.party.message}</span>}
        </div>
        <label className={styles.check}>
          <input type="checkbox" {...register("official")} />
          offizielle Stelle
        </label>
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
