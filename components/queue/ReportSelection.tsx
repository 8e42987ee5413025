"use client";
// Claims picked in the queue for a report: a checkbox per row (and one for the whole page) and
// "Bericht aus Auswahl", which opens /reports with the picked ids (at most MAX_SCOPE_CLAIMS;
// the page checks them again). Kept apart from QueueTable so the table only places the boxes.
import { useState, type ReactNode } from "react";
import { MAX_SCOPE_CLAIMS } from "@/lib/reports/scope-input";

interface Pickable {
  id: string;
  valueText: string;
  what: string;
}

export function useReportSelection(rows: Pickable[]): {
  picked: string[];
  selectAll: ReactNode;
  box: (row: Pickable) => ReactNode;
} {
  const [picked, setPicked] = useState<string[]>([]);
  const toggle = (id: string, on: boolean) =>
    setPicked((current) => (on ? [...current.filter((item) => item !== id), id] : current.filter((item) => item !== id)));
  const selectAll = (
    <input
      type="checkbox"
      aria-label="Alle Behauptungen dieser Seite für einen Bericht auswählen"
      checked={rows.length > 0 && picked.length === rows.length}
      onChange={(event) => setPicked(event.target.checked ? rows.map((row) => row.id).slice(0, MAX_SCOPE_CLAIMS) : [])}
    />
  );
  const box = (row: Pickable) => (
    <input
      type="checkbox"
      aria-label={`Für Bericht auswählen: ${row.valueText} ${row.what}`.trim()}
      checked={picked.includes(row.id)}
      onChange={(event) => toggle(row.id, event.target.checked)}
    />
  );
  return { picked, selectAll, box };
}

export function ReportSelectionBar({ picked }: { picked: string[] }) {
  const count = picked.length;
  return (
    <p data-testid="report-selection" aria-live="polite" style={{ margin: 0 }}>
      {count === 0 ? (
        <span className="muted">Behauptungen ankreuzen, um aus ihnen einen Bericht zu erstellen.</span>
      ) : (
        <>
          {count === 1 ? "1 Behauptung" : `${count} Behauptungen`} ausgewählt ·{" "}
          <a href={`/reports?claims=${picked.map(encodeURIComponent).join(",")}`}>Bericht aus Auswahl</a>
        </>
      )}
    </p>
  );
}
