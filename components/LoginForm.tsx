"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { LOGIN_UNAVAILABLE_MESSAGE, loginErrorMessage } from "@/lib/auth/login-errors";
import { loginSchema, type LoginInput } from "@/lib/auth/login-schema";

export function LoginForm({ callbackUrl, initialFailure = null }: { callbackUrl: string; initialFailure?: string | null }) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(initialFailure);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<LoginInput>({ resolver: zodResolver(loginSchema), defaultValues: { email: "", password: "" } });

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const result = await signIn("credentials", { ...values, callbackUrl, redirect: false });
      if (!result || result.error) {
        // A stable code from the server (wrong credentials, throttled, database down) → German text.
        setFailure(loginErrorMessage(result?.error));
        return;
      }
      router.replace(callbackUrl);
      router.refresh();
    } catch {
      setFailure(LOGIN_UNAVAILABLE_MESSAGE);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby={failure ? "login-failure" : undefined}>
      {failure && (
        <div id="login-failure" className="alert error" role="alert">
          {failure}
        </div>
      )}
      <div className="field">
        <label htmlFor="email">E-Mail-Adresse</label>
        <input id="email" type="email" autoComplete="username" aria-invalid={!!errors.email} {...register("email")} />
        {errors.email && <span className="error">{errors.email.message}</span>}
      </div>
      <div className="field">
        <label htmlFor="password">Passwort</label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={!!errors.password}
          {...register("password")}
        />
        {errors.password && <span className="error">{errors.password.message}</span>}
      </div>
      <button className="button" type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Anmeldung läuft …" : "Anmelden"}
      </button>
    </form>
  );
}
