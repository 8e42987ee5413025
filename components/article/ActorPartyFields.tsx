"use client";
// Source, party and "offizielle Stelle" fields, shared by the correction form and
// the add-claim form. Choosing a registry actor presets its party and official flag.
import type { UseFormRegisterReturn } from "react-hook-form";
import type { ActorOption } from "@/lib/claims/article-view-types";
import { PARTY_LABELS } from "@/lib/claims/labels";
import { PARTIES, type Party } from "@/lib/extraction/types";
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

export function ActorPartyFields({
  idPrefix,
  actorLabel,
  actors,
  fields,
  errors,
  onActorPicked,
}: {
  idPrefix: string;
  actorLabel: string;
  actors: ActorOption[];
  fields: { actorName: UseFormRegisterReturn; party: UseFormRegisterReturn; official: UseFormRegisterReturn };
  errors: { actorName?: string; party?: string };
  /** Called with the registry entry when the typed name matches one (case-insensitive). */
  onActorPicked: (actor: { party: Party; official: boolean }) => void;
}) {
  const actorField = fields.actorName;
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-actor`}>{actorLabel}</label>
        <input
          id={`${idPrefix}-actor`}
          type="text"
          list={ACTOR_DATALIST_ID}
          autoComplete="off"
          aria-invalid={!!errors.actorName}
          {...actorField}
          onChange={(event) => {
            void actorField.onChange(event);
            const match = actors.find((a) => a.canonicalName.toLowerCase() === event.target.value.trim().toLowerCase());
            if (match) onActorPicked(match);
          }}
        />
        {errors.actorName && <span className="error">{errors.actorName}</span>}
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-party`}>Partei</label>
        <PartySelect id={`${idPrefix}-party`} aria-invalid={!!errors.party} {...fields.party} />
        {errors.party && <span className="error">{errors.party}</span>}
      </div>
      <label className={styles.check}>
        <input type="checkbox" {...fields.official} />
        offizielle Stelle
      </label>
    </>
  );
}
