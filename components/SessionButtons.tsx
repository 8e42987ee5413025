"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { endAllSessionsAction } from "@/app/login/actions";

const SIGN_OUT_FAILED = "Die Abmeldung ist gerade nicht möglich. Bitte erneut versuchen.";

interface SignOutButtonProps {
  label: string;
  title?: string;
  /** Ends the session(s) on the server; returns where to go next, or a German message on failure. */
  end: () => Promise<{ next: string } | { failure: string }>;
}

/** A header button that ends sessions on the server, then goes to a relative login path. */
function SignOutButton({ label, title, end }: SignOutButtonProps) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function run() {
    setBusy(true);
    setFailure(null);
    try {
      const outcome = await end();
      if ("next" in outcome) {
        router.replace(outcome.next);
        router.refresh();
        return;
      }
      setFailure(outcome.failure);
    } catch {
      setFailure(SIGN_OUT_FAILED);
    }
    setBusy(false);
  }

  return (
    <>
      <button type="button" className="button secondary" disabled={busy} onClick={() => void run()} title={title}>
        {busy ? "Abmelden …" : label}
      </button>
      {failure && (
        <span className="error" role="alert">
          {failure}
        </span>
      )}
    </>
  );
}

/**
 * next-auth's sign-out as its client's `signOut({ redirect: false })` sends it (CSRF token from
 * /api/auth/csrf, then POST /api/auth/signout), without next-auth/react in the bundle of every page
 * that shows the header. No session broadcast: the app has no SessionProvider listening for it.
 */
async function signOutHere(): Promise<void> {
  const csrf = await fetch("/api/auth/csrf", { cache: "no-store" });
  const { csrfToken } = (await csrf.json()) as { csrfToken?: unknown };
  if (!csrf.ok || typeof csrfToken !== "string") throw new Error("Kein CSRF-Token");
  const response = await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/login", json: "true" }),
  });
  if (!response.ok) throw new Error(`Abmeldung: HTTP ${response.status}`);
}

/** Ends this session (next-auth's signOut event revokes it on the server). */
export function LogoutButton() {
  return (
    <SignOutButton
      label="Abmelden"
      end={async () => {
        // Relative target: whatever address next-auth believes it runs under, the browser stays on ours.
        await signOutHere();
        return { next: "/login" };
      }}
    />
  );
}

/** "Überall abmelden": ends every session of the user, on every device, this one included. */
export function EndAllSessionsButton() {
  return (
    <SignOutButton
      label="Überall abmelden"
      title="Beendet Ihre Sitzungen auf allen Geräten, auch auf diesem."
      end={async () => {
        const result = await endAllSessionsAction();
        if (result.ok || result.code === "UNAUTHENTICATED") return { next: "/login?abgemeldet=alle" };
        return { failure: result.message };
      }}
    />
  );
}
