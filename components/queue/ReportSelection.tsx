"use client";
// Claims picked in the queue for a report: a checkbox per row and "Bericht aus Auswahl", which
// opens /reports with the picked ids (at most MAX_SCOPE_CLAIMS; the page checks them again).
import { useState } from "react";
import { MAX_SCOPE_CLAIMS } from "@/lib/reports/scope-input";

export function useReportSelection() {
  const [picked, setPicked] = useState<string[]>([]);
  const toggle = (id: string, on: boolean) =>
    setPicked((current) => (on ? [...current.filter((item) => item !== id), id] : current.filter((item) => item !== id)));
  const setAll = (ids: string[], on: boolean) => setPicked(on ? ids.slice(0, MAX_SCOPE_CLAIMS) : []);
  return { picked, toggle, setAll };
}

export function ReportSelectionBar({ picked }: { picked: string[] }) {
  const count = picked.length;
  return (
    <p data-testid="report-selection" aria-live="polite">
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
