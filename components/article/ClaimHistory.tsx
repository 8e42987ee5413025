// The claim's timeline in the panel: every step with who, when (German format, Europe/Berlin)
// and what changed, oldest first; earlier verdicts stay visible with rationale and evidence.
import type { ClaimHistoryEntry, HistoryVerdict } from "@/lib/claims/claim-panel-types";
import { formatDateTime } from "@/lib/format";
import styles from "./article.module.css";
import { EvidenceList } from "./EvidenceList";

function VerdictDetails({ verdict }: { verdict: HistoryVerdict }) {
  return (
    <div className={styles.historyVerdict}>
      <p>
        Urteil: <strong>„{verdict.label}“</strong>
      </p>
      {verdict.rationale && <p>Begründung: {verdict.rationale}</p>}
      {verdict.correctSource && <p>Richtige Quelle: {verdict.correctSource}</p>}
      <EvidenceList evidence={verdict.evidence} label="Belege" />
    </div>
  );
}

function Entry({ entry }: { entry: ClaimHistoryEntry }) {
  return (
    <li className={styles.historyEntry} data-testid="history-entry" data-kind={entry.kind}>
      <p>
        <strong>{entry.title}</strong>
        <br />
        <span className={styles.muted}>
          <span data-testid="history-user">{entry.userName ?? "ohne Benutzer (System)"}</span>,{" "}
          <time dateTime={entry.at}>{formatDateTime(new Date(entry.at))}</time>
        </span>
      </p>
      {entry.changes.length > 0 && (
        <ul className={styles.historyChanges}>
          {entry.changes.map((c) => (
            <li key={c.label}>
              {c.label}: {c.before} → {c.after}
            </li>
          ))}
        </ul>
      )}
      {entry.verdict && <VerdictDetails verdict={entry.verdict} />}
      {entry.note && (
        <p>
          {entry.note.label}: <q>{entry.note.text}</q>
        </p>
      )}
    </li>
  );
}

export function ClaimHistory({ entries }: { entries: ClaimHistoryEntry[] }) {
  return (
    <details className={styles.section} open data-testid="claim-history">
      <summary>Verlauf ({entries.length})</summary>
      {entries.length === 0 ? (
        <p className={styles.muted}>Noch nichts geschehen.</p>
      ) : (
        <ol className={styles.history}>
          {entries.map((entry) => (
            <Entry key={entry.key} entry={entry} />
          ))}
        </ol>
      )}
    </details>
  );
}
