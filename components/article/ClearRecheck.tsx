"use client";
// "Als geprüft markieren": whoever may review the claim clears its "neu zu prüfen" flag with a short
// note (POST /api/claims/[id]/recheck-cleared, audited); the note stays in the field on an error.
import { useState } from "react";
import { postJson } from "@/components/clusters/post-json";

export function ClearRecheck({ claimId, flaggedAt }: { claimId: string; flaggedAt: string }) {
  const [note, setNote] = useState("");
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const fieldId = `recheck-note-${claimId}`;

  async function clear(event: React.FormEvent) {
    event.preventDefault();
    setState({ busy: true, error: null });
    const outcome = await postJson(
      `/api/claims/${encodeURIComponent(claimId)}/recheck-cleared`,
      { note, flaggedAt },
      "Speichern fehlgeschlagen; bitte erneut versuchen.",
    );
    if (outcome.ok) {
      window.location.reload();
      return;
    }
    setState({ busy: false, error: outcome.fieldErrors.note ?? outcome.message });
  }

  return (
    <form onSubmit={clear} data-testid="clear-recheck">
      <label htmlFor={fieldId}>Geprüft – was ergab die Prüfung? (kurz)</label>
      <textarea id={fieldId} value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={500} required />
      <button type="submit" disabled={state.busy}>
        {state.busy ? "Wird gespeichert …" : "Als geprüft markieren"}
      </button>
      {state.error && <span role="alert"> {state.error}</span>}
    </form>
  );
}
