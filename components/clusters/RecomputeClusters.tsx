"use client";
// "Gruppen neu berechnen" on /admin (POST /api/clusters/recompute): runs in the database, at
// 100 000 claims about 10 s; the button says it is working and then shows the result line.
import { useState } from "react";
import { postJson } from "./post-json";

export function RecomputeClusters() {
  const [state, setState] = useState<{ busy: boolean; result: string | null; error: string | null }>({
    busy: false,
    result: null,
    error: null,
  });

  async function recompute() {
    if (
      !window.confirm(
        "Alle Gruppen gleicher Zahlen neu berechnen? Von Hand zusammengeführte, geteilte und gelöste bleiben, wie sie sind.",
      )
    )
      return;
    setState({ busy: true, result: null, error: null });
    const outcome = await postJson<{ message: string }>(
      "/api/clusters/recompute",
      {},
      "Neuberechnung fehlgeschlagen; bitte erneut versuchen.",
    );
    setState(
      outcome.ok
        ? { busy: false, result: outcome.data.message, error: null }
        : { busy: false, result: null, error: outcome.message },
    );
  }

  return (
    <div data-testid="recompute-clusters">
      <button type="button" onClick={recompute} disabled={state.busy}>
        {state.busy ? "Gruppen werden neu berechnet … (bei 100 000 Behauptungen etwa 10 s)" : "Gruppen neu berechnen"}
      </button>
      <span aria-live="polite">
        {state.result && <span role="status"> {state.result}</span>}
        {state.error && <span role="alert"> {state.error}</span>}
      </span>
    </div>
  );
}
