"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";

export function LogoutButton() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function logOut() {
    setBusy(true);
    setFailure(null);
    try {
      // The server ends the session (next-auth's signOut event); the browser then goes to a
      // relative path, whatever address next-auth believes it is running under.
      await signOut({ redirect: false });
      router.replace("/login");
      router.refresh();
    } catch {
      setFailure("Die Abmeldung ist gerade nicht möglich. Bitte erneut versuchen.");
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="button secondary" disabled={busy} onClick={() => void logOut()}>
        {busy ? "Abmelden …" : "Abmelden"}
      </button>
      {failure && (
        <span className="error" role="alert">
          {failure}
        </span>
      )}
    </>
  );
}
