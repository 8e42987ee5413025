"use client";
// "Endbericht erstellen": creates the immutable final report of the scope's approved claims
// and shows its number and the download links; errors in German, the page stays as it was.
import { useActionState } from "react";
import { createReportAction } from "@/app/reports/actions";
import type { ActionResult } from "@/lib/errors";
import { SCOPE_FIELDS, type ScopeFormValues } from "@/lib/reports/scope-input";
import type { SnapshotInfo } from "@/lib/reports/snapshots";
import { SnapshotDownloads } from "./SnapshotDownloads";

type State = ActionResult<SnapshotInfo> | null;

export function CreateReportForm({ scope }: { scope: ScopeFormValues }) {
  const [state, action, pending] = useActionState<State, FormData>(createReportAction, null);
  return (
    <form action={action} aria-label="Endbericht erstellen">
      {SCOPE_FIELDS.filter((field) => scope[field] !== "").map((field) => (
        <input key={field} type="hidden" name={field} value={scope[field]} />
      ))}
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Endbericht wird erstellt …" : "Endbericht erstellen"}
      </button>
      <p className="muted">
        Der Endbericht enthält nur freigegebene Behauptungen und wird unveränderlich archiviert (alle Formate mit
        SHA-256-Prüfsumme).
      </p>
      {state && !state.ok && (
        <p className="alert error" role="alert">
          {state.message}
        </p>
      )}
      {state?.ok && (
        <div className="alert info" role="status" data-testid="created-report">
          <p>
            Endbericht <strong>{state.data.id}</strong> erstellt ({state.data.claimCount} freigegebene Behauptungen).
          </p>
          <SnapshotDownloads report={state.data} />
        </div>
      )}
    </form>
  );
}
