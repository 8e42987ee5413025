"use client";
// Per-user changes in /admin/users: role, (de)activation, password reset. The own account keeps
// its role and stays active (the server refuses too).
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { markupRegister } from "@/components/forms/markup-defaults";
import { changeRoleAction, resetPasswordAction, setActiveAction } from "@/app/admin/users/actions";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/permissions";
import type { ActionResult } from "@/lib/errors";
import type { UserChangeResult } from "@/lib/users/admin";
import { changeRoleSchema, resetPasswordSchema, type ResetPasswordInput } from "@/lib/users/schemas";
import { callAction } from "./action-call";
import { OneTimePassword } from "./OneTimePassword";
import styles from "./admin.module.css";

interface RowUser {
  id: string;
  name: string;
  role: Role;
  active: boolean;
}

type Outcome = { kind: "done"; message: string; password?: string } | { kind: "error"; message: string };

function endedText(result: UserChangeResult): string {
  return result.endedSessions > 0 ? ` ${result.endedSessions} offene Sitzung(en) beendet.` : "";
}

export function UserRowActions({ user, isSelf }: { user: RowUser; isSelf: boolean }) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  function show(result: ActionResult<UserChangeResult>, success: (data: UserChangeResult) => string) {
    if (!result.ok) {
      setOutcome({ kind: "error", message: result.message });
      return false;
    }
    setOutcome({ kind: "done", message: success(result.data), password: result.data.generatedPassword });
    router.refresh();
    return true;
  }

  return (
    <div>
      {isSelf ? (
        <p className="muted">Ihr eigenes Konto: Rolle und Status ändert eine andere Administratorin.</p>
      ) : (
        <>
          <RoleForm user={user} onResult={show} />
          <ActiveButton user={user} onResult={show} />
        </>
      )}
      <ResetPasswordForm user={user} onResult={show} />
      <div aria-live="polite">
        {outcome?.kind === "error" && (
          <div className="alert error" role="alert">
            {outcome.message}
          </div>
        )}
        {outcome?.kind === "done" && (
          <>
            <p role="status">{outcome.message}</p>
            {outcome.password && <OneTimePassword label={`Neues Passwort für ${user.name}:`} password={outcome.password} />}
          </>
        )}
      </div>
    </div>
  );
}

type OnResult = (result: ActionResult<UserChangeResult>, success: (data: UserChangeResult) => string) => boolean;

function RoleForm({ user, onResult }: { user: RowUser; onResult: OnResult }) {
  const { register, getValues, handleSubmit, formState } = useForm<{ userId: string; role: Role }>({
    resolver: zodResolver(changeRoleSchema),
    defaultValues: { userId: user.id, role: user.role },
  });
  const field = markupRegister(register, getValues);
  const onSubmit = handleSubmit(async (values) => {
    const result = await callAction(() => changeRoleAction(values));
    onResult(result, (data) => `Rolle geändert: ${ROLE_LABELS[values.role]}.${endedText(data)}`);
  });
  return (
    <form onSubmit={onSubmit} noValidate className={styles.inline}>
      <select id={`role-${user.id}`} aria-label={`Rolle von ${user.name}`} {...field.text("role")}>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </select>
      <button type="submit" className="button secondary" disabled={formState.isSubmitting}>
        Rolle ändern
      </button>
    </form>
  );
}

function ActiveButton({ user, onResult }: { user: RowUser; onResult: OnResult }) {
  const [busy, setBusy] = useState(false);
  async function toggle() {
    setBusy(true);
    const result = await callAction(() => setActiveAction({ userId: user.id, active: !user.active }));
    onResult(result, (data) => (user.active ? `Konto deaktiviert.${endedText(data)}` : "Konto wieder aktiviert."));
    setBusy(false);
  }
  return (
    <div className={styles.inline}>
      <button type="button" className="button secondary" disabled={busy} onClick={() => void toggle()}>
        {user.active ? `${user.name} deaktivieren` : `${user.name} reaktivieren`}
      </button>
    </div>
  );
}

function ResetPasswordForm({ user, onResult }: { user: RowUser; onResult: OnResult }) {
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ResetPasswordInput>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { userId: user.id, password: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    const result = await callAction(() => resetPasswordAction(values));
    if (!result.ok && result.fieldErrors?.password) setError("password", { message: result.fieldErrors.password });
    const done = onResult(result, (data) =>
      data.generatedPassword ? `Passwort zurückgesetzt.${endedText(data)}` : `Neues Passwort gesetzt.${endedText(data)}`,
    );
    if (done) reset({ userId: user.id, password: "" });
  });
  const errorId = `reset-${user.id}-error`;
  return (
    <form onSubmit={onSubmit} noValidate className={styles.inline}>
      <input
        type="password"
        autoComplete="new-password"
        placeholder="Neues Passwort (leer: erzeugen)"
        aria-label={`Neues Passwort für ${user.name} (leer lassen: Quellenlage erzeugt eines)`}
        aria-invalid={!!errors.password}
        aria-describedby={errors.password ? errorId : undefined}
        {...register("password")}
      />
      <button type="submit" className="button secondary" disabled={isSubmitting}>
        Passwort zurücksetzen
      </button>
      {errors.password && (
        <span id={errorId} className="error">
          {errors.password.message}
        </span>
      )}
    </form>
  );
}
