"use client";
// /reports/verify: upload a file; the server compares its SHA-256 with every stored report file.
import { useActionState, useState, type FormEvent } from "react";
import { verifyReportAction, type VerifyResult } from "@/app/reports/actions";
import type { ActionResult } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { FORMAT_LABELS } from "@/lib/reports/format-labels";
import { FILE_TOO_LARGE_MESSAGE, MAX_VERIFY_BYTES } from "@/lib/reports/actions-input";

type State = ActionResult<VerifyResult> | null;

function Outcome({ result }: { result: VerifyResult }) {
  if (!result.match) {
    return (
      <div className="alert error" role="status" data-testid="verify-result">
        <p>
          <strong>Nicht bestätigt:</strong> „{result.fileName}“ ist kein unveränderter Bericht von Quellenlage – entweder wurde
          die Datei verändert oder sie stammt nicht aus dem Berichtsarchiv.
        </p>
        <p className="muted">SHA-256: {result.sha256}</p>
      </div>
    );
  }
  const { match } = result;
  return (
    <div className="alert info" role="status" data-testid="verify-result">
      <p>
        <strong>Unverändert:</strong> „{result.fileName}“ ist der Endbericht <strong>{match.id}</strong> (
        {FORMAT_LABELS[match.format] ?? match.format}) „{match.title}“, erstellt {formatDateTime(new Date(match.createdAt))} von{" "}
        {match.createdBy}.
      </p>
      <p className="muted">SHA-256: {result.sha256}</p>
    </div>
  );
}

export function VerifyForm() {
  const [state, action, pending] = useActionState<State, FormData>(verifyReportAction, null);
  const [tooLarge, setTooLarge] = useState(false);
  // Larger files would be refused by the server before our action runs: say so here instead.
  const checkSize = (event: FormEvent<HTMLFormElement>) => {
    const file = new FormData(event.currentTarget).get("file");
    const large = file instanceof File && file.size > MAX_VERIFY_BYTES;
    setTooLarge(large);
    if (large) event.preventDefault();
  };
  return (
    <form action={action} onSubmit={checkSize} aria-label="Bericht prüfen" className="panel">
      <div className="field">
        <label htmlFor="report-file">Berichtsdatei</label>
        <input id="report-file" name="file" type="file" required />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Wird geprüft …" : "Prüfen"}
      </button>
      {tooLarge && (
        <p className="alert error" role="alert">
          {FILE_TOO_LARGE_MESSAGE}
        </p>
      )}
      {!tooLarge && state && !state.ok && (
        <p className="alert error" role="alert">
          {state.message}
        </p>
      )}
      {!tooLarge && state?.ok && <Outcome result={state.data} />}
    </form>
  );
}
