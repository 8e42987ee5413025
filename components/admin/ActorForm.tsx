"use client";
// Add an actor to the registry, or edit one (its name stays: ingest links claims by it).
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { markupRegister } from "@/components/forms/markup-defaults";
import { createActorAction, updateActorAction } from "@/app/admin/actors/actions";
import type { RegistryActor } from "@/lib/actors/registry";
import { ACTOR_KIND_LABELS, createActorSchema, type ActorFormOutput, type ActorFormValues } from "@/lib/actors/schemas";
import { PARTY_LABELS } from "@/lib/claims/labels";
import type { ActionResult } from "@/lib/errors";
import type { ActorKind, Party } from "@/lib/generated/prisma/enums";
import { callAction } from "./action-call";
import styles from "./admin.module.css";

const FIELDS = ["canonicalName", "aliases", "kind", "party", "official", "domains"] as const;
type Field = (typeof FIELDS)[number];
const EMPTY: ActorFormValues = { canonicalName: "", aliases: "", kind: "BODY", party: "NONE", official: false, domains: "" };

type Props = { mode: "create" } | { mode: "edit"; actor: RegistryActor };

function valuesOf(actor: RegistryActor): ActorFormValues {
  return {
    canonicalName: actor.canonicalName,
    aliases: actor.aliases.join("\n"),
    kind: actor.kind,
    party: actor.party,
    official: actor.official,
    domains: actor.domains.join("\n"),
  };
}

export function ActorForm(props: Props) {
  const router = useRouter();
  const editing = props.mode === "edit" ? props.actor : null;
  const [outcome, setOutcome] = useState<{ kind: "done" | "error"; message: string } | null>(null);
  // The version this form edits; moves on with each own save, so a second save needs no reload.
  const [version, setVersion] = useState(editing?.version ?? 0);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<ActorFormValues, unknown, ActorFormOutput>({
    resolver: zodResolver(createActorSchema),
    defaultValues: editing ? valuesOf(editing) : EMPTY,
  });
  const field = markupRegister(register, getValues);

  const onSubmit = handleSubmit(async () => {
    setOutcome(null);
    // The form's text goes to the server, which parses it with the same schema.
    const values = getValues();
    const result: ActionResult<RegistryActor> = editing
      ? await callAction(() => updateActorAction({ actorId: editing.id, ...values, version }))
      : await callAction(() => createActorAction(values));
    if (!result.ok) {
      for (const [name, message] of Object.entries(result.fieldErrors ?? {})) {
        if ((FIELDS as readonly string[]).includes(name)) setError(name as Field, { message });
      }
      setOutcome({ kind: "error", message: result.message });
      return;
    }
    setOutcome({ kind: "done", message: editing ? "Änderung gespeichert." : `„${result.data.canonicalName}“ hinzugefügt.` });
    if (editing) {
      setVersion(result.data.version);
      reset(valuesOf(result.data));
      router.refresh();
    } else {
      reset(EMPTY);
      router.refresh();
    }
  });

  const fieldError = (name: Field) =>
    errors[name] ? (
      <span id={`actor-${name}-error`} className="error">
        {errors[name]?.message}
      </span>
    ) : null;
  const describedBy = (name: Field) => (errors[name] ? `actor-${name}-error` : undefined);

  return (
    <section className="panel" aria-labelledby="actor-form-heading">
      <h2 id="actor-form-heading">{editing ? "Akteur bearbeiten" : "Akteur hinzufügen"}</h2>
      <div aria-live="polite">
        {outcome && (
          <div
            className={outcome.kind === "error" ? "alert error" : "alert info"}
            role={outcome.kind === "error" ? "alert" : "status"}
          >
            {outcome.message}
          </div>
        )}
      </div>
      <form onSubmit={onSubmit} noValidate>
        <div className={styles.grid}>
          <div className="field">
            <label htmlFor="actor-canonicalName">Name</label>
            <input
              id="actor-canonicalName"
              type="text"
              readOnly={!!editing}
              aria-invalid={!!errors.canonicalName}
              aria-describedby={describedBy("canonicalName")}
              {...field.text("canonicalName")}
            />
            {editing && <span className="muted">Der Name bleibt: Neue Artikel werden über ihn zugeordnet.</span>}
            {fieldError("canonicalName")}
          </div>
          <div className="field">
            <label htmlFor="actor-kind">Art</label>
            <select id="actor-kind" {...field.text("kind")}>
              {(Object.keys(ACTOR_KIND_LABELS) as ActorKind[]).map((kind) => (
                <option key={kind} value={kind}>
                  {ACTOR_KIND_LABELS[kind]}
                </option>
              ))}
            </select>
            {fieldError("kind")}
          </div>
          <div className="field">
            <label htmlFor="actor-party">Konfliktpartei</label>
            <select id="actor-party" {...field.text("party")}>
              {(Object.keys(PARTY_LABELS) as Party[]).map((party) => (
                <option key={party} value={party}>
                  {PARTY_LABELS[party]}
                </option>
              ))}
            </select>
            {fieldError("party")}
          </div>
          <div className="field">
            <label>
              <input type="checkbox" {...field.check("official")} /> spricht offiziell für die Partei
            </label>
            {fieldError("official")}
          </div>
        </div>
        <div className="field">
          <label htmlFor="actor-aliases">Aliasse (einer je Zeile)</label>
          <textarea
            id="actor-aliases"
            rows={4}
            aria-invalid={!!errors.aliases}
            aria-describedby={describedBy("aliases")}
            {...field.text("aliases")}
          />
          {fieldError("aliases")}
        </div>
        <div className="field">
          <label htmlFor="actor-domains">Web-Domains (eine je Zeile)</label>
          <textarea
            id="actor-domains"
            rows={3}
            placeholder={"mil.ru\nt.me/mod_russia"}
            aria-invalid={!!errors.domains}
            aria-describedby={errors.domains ? "actor-domains-error" : "actor-domains-hint"}
            {...field.text("domains")}
          />
          <span id="actor-domains-hint" className="muted">
            Eigene Kanäle des Akteurs (Website, Telegram-Kanal …). Belege von dort gelten bei offiziellen Stellen einer
            Konfliktpartei nicht als unabhängig.
          </span>
          {fieldError("domains")}
        </div>
        <button className="button" type="submit" disabled={isSubmitting}>
          {editing ? "Änderung speichern" : "Akteur hinzufügen"}
        </button>
      </form>
    </section>
  );
}
