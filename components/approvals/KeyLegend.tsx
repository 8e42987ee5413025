import styles from "./approvals.module.css";

const KEYS: [string, string][] = [
  ["j / k", "nächste / vorige Behauptung"],
  ["a", "freigeben"],
  ["r", "zurückgeben (mit Kommentar)"],
  ["Esc", "Kommentar abbrechen"],
];

/** The inbox's keys, always visible (they do nothing while typing in a field). */
export function KeyLegend() {
  return (
    <ul className={styles.legend} aria-label="Tastenkürzel" data-testid="key-legend">
      {KEYS.map(([key, what]) => (
        <li key={key}>
          <kbd className={styles.kbd}>{key}</kbd> {what}
        </li>
      ))}
    </ul>
  );
}
