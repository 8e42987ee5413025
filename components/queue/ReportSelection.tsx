"use client";
// "Bericht aus Auswahl" under the queue: opens /reports with the claims picked by the rows'
// checkboxes (QueueTable; at most MAX_SCOPE_CLAIMS, the reports page checks them again).
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
