"use client";

// The only client component of /login. Two fields need no form library: the login schema the
// server checks with (zod mini) gives the same German messages here, and the sign-in request is
// next-auth's own (lib/auth/auth-client.ts) – what react-hook-form and next-auth/react did, in a
// fraction of the JavaScript every visitor of the page downloads and runs.
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { signInWithCredentials } from "@/lib/auth/auth-client";
import { LOGIN_UNAVAILABLE_MESSAGE, loginErrorMessage } from "@/lib/auth/login-errors";
import { loginSchema, type LoginInput } from "@/lib/auth/login-schema";

type Field = keyof LoginInput;
type FieldErrors = Partial<Record<Field, string>>;
type Checked = { values: LoginInput; errors: null } | { values: null; errors: FieldErrors };

/** The form's values through the login schema: trimmed values, or the first message per field. */
function check(form: HTMLFormElement): Checked {
  const data = new FormData(form);
  const result = loginSchema.safeParse({ email: data.get("email"), password: data.get("password") });
  if (result.success) return { values: result.data, errors: null };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as Field;
    errors[field] ??= issue.message;
  }
  return { values: null, errors };
}

export function LoginForm({ callbackUrl, initialFailure = null }: { callbackUrl: string; initialFailure?: string | null }) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(initialFailure);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitting, setSubmitting] = useState(false);
  // After the first attempt, a field's message follows its input (it goes once the value is valid).
  const attempted = useRef(false);

  function onChange(event: React.FormEvent<HTMLFormElement>) {
    if (!attempted.current) return;
    const field = (event.target as HTMLInputElement).name as Field;
    const { errors: now } = check(event.currentTarget);
    setErrors((before) => ({ ...before, [field]: now?.[field] }));
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    attempted.current = true;
    const form = event.currentTarget;
    const { values, errors: invalid } = check(form);
    if (invalid) {
      setErrors(invalid);
      const first = invalid.email ? "email" : "password";
      form.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setErrors({});
    setFailure(null);
    setSubmitting(true);
    try {
      const code = await signInWithCredentials(values, callbackUrl);
      // A stable code from the server (wrong credentials, throttled, database down) → German text.
      if (code) setFailure(loginErrorMessage(code));
      else {
        router.replace(callbackUrl);
        router.refresh();
      }
    } catch {
      setFailure(LOGIN_UNAVAILABLE_MESSAGE);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form
      onSubmit={(event) => void onSubmit(event)}
      onChange={onChange}
      noValidate
      aria-describedby={failure ? "login-failure" : undefined}
    >
      {failure && (
        <div id="login-failure" className="alert error" role="alert">
          {failure}
        </div>
      )}
      <div className="field">
        <label htmlFor="email">E-Mail-Adresse</label>
        <input id="email" name="email" type="email" autoComplete="username" aria-invalid={!!errors.email} />
        {errors.email && <span className="error">{errors.email}</span>}
      </div>
      <div className="field">
        <label htmlFor="password">Passwort</label>
        <input id="password" name="password" type="password" autoComplete="current-password" aria-invalid={!!errors.password} />
        {errors.password && <span className="error">{errors.password}</span>}
      </div>
      <button className="button" type="submit" disabled={submitting}>
        {submitting ? "Anmeldung läuft …" : "Anmelden"}
      </button>
    </form>
  );
}
