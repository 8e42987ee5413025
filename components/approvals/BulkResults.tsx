// The outcome of "Auswahl freigeben": one line per claim, "freigegeben" or why not.
import type { BulkApproveResult } from "@/lib/approvals/bulk";
import styles from "./approvals.module.css";

export type TitledResult = BulkApproveResult & { title: string };

export function BulkResults({ bulk }: { bulk: { results: TitledResult[] } | { error: string } | null }) {
  if (!bulk) return null;
  if ("error" in bulk) {
    return (
      <div className="alert error" role="alert">
        {bulk.error}
      </div>
    );
  }
  const approved = bulk.results.filter((r) => r.ok).length;
  return (
    <div className={`panel ${styles.results}`} role="status" data-testid="bulk-results">
      <strong>
        Sammelfreigabe: {approved} von {bulk.results.length} freigegeben
      </strong>
      <ul>
        {bulk.results.map((r) => (
          <li key={r.claimId} className={r.ok ? styles.resultOk : styles.resultFailed} data-testid="bulk-result">
            {r.title} – {r.ok ? "freigegeben" : `nicht freigegeben: ${r.message}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
