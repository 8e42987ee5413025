"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { createUserAction } from "@/app/admin/users/actions";
import { ROLE_LABELS, ROLES } from "@/lib/auth/permissions";
import { createUserSchema, MIN_PASSWORD_LENGTH, type CreateUserInput } from "@/lib/users/schemas";
import { callAction } from "./action-call";
import { OneTimePassword } from "./OneTimePassword";
import styles from "./admin.module.css";

const FIELDS = ["name", "email", "role", "password"] as const;
type Field = (typeof FIELDS)[number];
const EMPTY: CreateUserInput = { name: "", email: "", role: "EDITOR", password: "" };

type Outcome = { kind: "created"; email: string; password?: string } | { kind: "error"; message: string };

export function CreateUserForm() {
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CreateUserInput>({ resolver: zodResolver(createUserSchema), defaultValues: EMPTY });

  const onSubmit = handleSubmit(async (values) => {
    setOutcome(null);
    const result = await callAction(() => createUserAction(values));
    if (!result.ok) {
      for (const [name, message] of Object.entries(result.fieldErrors ?? {})) {
        if ((FIELDS as readonly string[]).includes(name)) setError(name as Field, { message });
      }
      setOutcome({ kind: "error", message: result.message });
      return;
    }
    setOutcome({ kind: "created", email: values.email.trim().toLowerCase(), password: result.data.generatedPassword });
    reset(EMPTY);
    router.refresh();
  });

  const fieldError = (name: Field) =>
    errors[name] ? (
      <span id={`new-user-${name}-error`} className="error">
        {errors[name]?.message}
      </span>
    ) : null;
  const describedBy = (name: Field) => (errors[name] ? `new-user-${name}-error` : undefined);

  return (
    <section className="panel" aria-labelledby="new-user-heading">
      <h2 id="new-user-heading">Benutzer anlegen</h2>
      <div aria-live="polite" data-testid="create-user-result">
        {outcome?.kind === "error" && (
          <div className="alert error" role="alert">
            {outcome.message}
          </div>
        )}
        {outcome?.kind === "created" && (
          <>
            <p role="status">Konto für {outcome.email} angelegt.</p>
            {outcome.password && <OneTimePassword label="Erstes Passwort:" password={outcome.password} />}
          </>
        )}
      </div>
      <form onSubmit={onSubmit} noValidate>
        <div className={styles.grid}>
          <div className="field">
            <label htmlFor="new-user-name">Name</label>
            <input
              id="new-user-name"
              type="text"
              aria-invalid={!!errors.name}
              aria-describedby={describedBy("name")}
              {...register("name")}
            />
            {fieldError("name")}
          </div>
          <div className="field">
            <label htmlFor="new-user-email">E-Mail-Adresse</label>
            <input
              id="new-user-email"
              type="email"
              autoComplete="off"
              aria-invalid={!!errors.email}
              aria-describedby={describedBy("email")}
              {...register("email")}
            />
            {fieldError("email")}
          </div>
          <div className="field">
            <label htmlFor="new-user-role">Rolle</label>
            <select id="new-user-role" aria-invalid={!!errors.role} {...register("role")}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </select>
            {fieldError("role")}
          </div>
          <div className="field">
            <label htmlFor="new-user-password">Erstes Passwort (optional)</label>
            <input
              id="new-user-password"
              type="password"
              autoComplete="new-password"
              aria-invalid={!!errors.password}
              aria-describedby={["new-user-password-hint", describedBy("password")].filter(Boolean).join(" ")}
              {...register("password")}
            />
            <span id="new-user-password-hint" className="muted">
              Mindestens {MIN_PASSWORD_LENGTH} Zeichen. Leer lassen: Quellenlage erzeugt ein Passwort und zeigt es einmal an.
            </span>
            {fieldError("password")}
          </div>
        </div>
        <button className="button" type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Konto wird angelegt …" : "Benutzer anlegen"}
        </button>
      </form>
    </section>
  );
}
