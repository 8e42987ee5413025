"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { endAllSessionsAction } from "@/app/login/actions";

/** "Überall abmelden": ends every session of the user, on every device, then shows the login page. */
export function EndAllSessionsButton() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function endAll() {
    setBusy(true);
    setFailure(null);
    try {
      const result = await endAllSessionsAction();
      if (result.ok || result.code === "UNAUTHENTICATED") {
        router.replace("/login?abgemeldet=alle");
        router.refresh();
        return;
      }
      setFailure(result.message);
    } catch {
      setFailure("Die Abmeldung ist gerade nicht möglich. Bitte erneut versuchen.");
    }
    setBusy(false);
  }

  return (
    <>
      <button
        type="button"
        className="button secondary"
        disabled={busy}
        onClick={() => void endAll()}
        title="Beendet Ihre Sitzungen auf allen Geräten, auch auf diesem."
      >
        {busy ? "Abmelden …" : "Überall abmelden"}
      </button>
      {failure && (
        <span className="error" role="alert">
          {failure}
        </span>
      )}
    </>
  );
}
