"use client";
// "Aus der Gruppe lösen": takes the claim out of its cluster (POST /api/claims/[id]/detach-cluster,
// a correction that survives recomputing the clusters), then reloads the panel.
import { useState } from "react";

export function DetachFromCluster({ claimId }: { claimId: string }) {
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  async function detach() {
    if (!window.confirm("Diese Zahl aus der Gruppe lösen? Sie wird auch bei Neuberechnung nicht wieder zugeordnet.")) return;
    setState({ busy: true, error: null });
    try {
      const response = await fetch(`/api/claims/${encodeURIComponent(claimId)}/detach-cluster`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      });
      if (response.ok) {
        window.location.reload();
        return;
      }
      const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      setState({ busy: false, error: body?.error?.message ?? "Lösen fehlgeschlagen; bitte erneut versuchen." });
    } catch {
      setState({ busy: false, error: "Keine Verbindung zum Server; bitte erneut versuchen." });
    }
  }
  return (
    <p>
      <button type="button" onClick={detach} disabled={state.busy} data-testid="detach-cluster">
        {state.busy ? "Wird gelöst …" : "Aus der Gruppe lösen"}
      </button>
      {state.error && <span role="alert"> {state.error}</span>}
    </p>
  );
}
