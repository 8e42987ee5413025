"use client";
// "Artikel zur Freigabe einreichen": submits every reviewed claim of the article at once; each
// claim is checked and audited on its own, the result is listed per claim.
import { useState } from "react";
import { submitArticleAction } from "@/app/articles/[id]/actions";
import type { ArticleSubmitResult } from "@/lib/approvals/submit-article";
import { useClaimRefresh } from "./claim-refresh";
import styles from "./article.module.css";

function summary(result: ArticleSubmitResult): string {
  if (result.results.length === 0) {
    return "Keine geprüfte Behauptung zum Einreichen: Einreichen lassen sich Behauptungen mit einem Urteil zum Inhalt, die noch nicht eingereicht sind.";
  }
  const failed = result.failed > 0 ? `, ${result.failed} nicht (siehe unten)` : "";
  return `${result.submitted} von ${result.results.length} Behauptungen zur Freigabe eingereicht${failed}.`;
}

export function SubmitArticle({ articleId }: { articleId: string }) {
  const refresh = useClaimRefresh();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ArticleSubmitResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    setBusy(true);
    setError(null);
    const outcome = await submitArticleAction(articleId);
    setBusy(false);
    if (outcome.ok) {
      setResult(outcome.data);
      void refresh();
    } else {
      setResult(null);
      setError(outcome.message);
    }
  }

  const failures = result?.results.filter((r) => !r.ok) ?? [];
  return (
    <div className={styles.addBar} data-testid="submit-article">
      <button type="button" className={styles.smallButton} disabled={busy} onClick={() => void submit()}>
        {busy ? "Wird eingereicht …" : "Artikel zur Freigabe einreichen"}
      </button>
      {error && (
        <div className="alert error" role="alert">
          {error}
        </div>
      )}
      {result && (
        <div role="status">
          <p>{summary(result)}</p>
          {failures.length > 0 && (
            <ul>
              {failures.map((r) => (
                <li key={r.claimId}>
                  „{r.valueText}“: {r.ok ? "" : r.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
