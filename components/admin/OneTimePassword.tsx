import styles from "./admin.module.css";

/** A password Quellenlage generated: shown here once, never stored in clear. */
export function OneTimePassword({ label, password }: { label: string; password: string }) {
  return (
    <div className="alert info" role="status" data-testid="one-time-password">
      <p>
        {label} <code className={styles.secret}>{password}</code>
      </p>
      <p>Nur jetzt sichtbar: Bitte sicher weitergeben. Quellenlage speichert das Passwort nicht im Klartext.</p>
    </div>
  );
}
