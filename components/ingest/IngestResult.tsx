import Link from "next/link";
import type { DuplicateDetails, IngestedArticle } from "@/lib/articles/ingest";
import type { ActionResult } from "@/lib/errors";
import styles from "./Ingest.module.css";

export const claimCountLabel = (n: number) => (n === 1 ? "1 Behauptung" : `${n} Behauptungen`);

export function isDuplicateDetails(details: unknown): details is DuplicateDetails {
  return typeof details === "object" && details !== null && typeof (details as DuplicateDetails).articleId === "string";
}

/** Created / duplicate / error, for one file or one pasted text. */
export function IngestOutcome({ result }: { result: ActionResult<IngestedArticle> }) {
  if (result.ok) {
    return (
      <span className={styles.created}>
        <span className={styles.badge}>Angelegt:</span> <Link href={result.data.url}>{result.data.title}</Link> (
        {claimCountLabel(result.data.claimCount)})
      </span>
    );
  }
  if (result.code === "DUPLICATE" && isDuplicateDetails(result.details)) {
    return (
      <span className={styles.duplicate}>
        <span className={styles.badge}>Duplikat:</span> {result.message}{" "}
        <Link href={result.details.url}>Zum vorhandenen Artikel</Link>
      </span>
    );
  }
  return (
    <span className={styles.failed} role="alert">
      <span className={styles.badge}>Fehler:</span> {result.message}
    </span>
  );
}
