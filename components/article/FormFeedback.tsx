"use client";
// Result display shared by the article view's forms: success, error, or the
// conflict notice with the other editor's verdict (the form keeps its input).
import { useRouter } from "next/navigation";
import { isConflictDetails } from "@/lib/claims/conflict-details";
import type { ActionResult } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { useClaimRefresh } from "./claim-refresh";
import styles from "./article.module.css";

export type Feedback =
  | { kind: "success"; message: string }
  | { kind: "error"; message: string }
  | { kind: "conflict"; message: string; details: unknown };

/**
 * Turns a failed action result into feedback, and passes field errors to the
 * form (react-hook-form's setError keys equal the server's field paths).
 */
export function failureFeedback(
  result: Extract<ActionResult<unknown>, { ok: false }>,
  setFieldError?: (name: string, message: string) => void,
): Feedback {
  if (result.fieldErrors && setFieldError) {
    for (const [name, message] of Object.entries(result.fieldErrors)) setFieldError(name, message);
  }
  if (result.code === "CONFLICT") return { kind: "conflict", message: result.message, details: result.details };
  return { kind: "error", message: result.message };
}

export function FormFeedback({ feedback }: { feedback: Feedback | null }) {
  const refresh = useClaimRefresh();
  const router = useRouter();
  if (!feedback) return null;
  if (feedback.kind === "success") {
    return (
      <p className={styles.success} role="status">
        {feedback.message}
      </p>
    );
  }
  if (feedback.kind === "error") {
    return (
      <div className="alert error" role="alert">
        {feedback.message}
      </div>
    );
  }
  const d = isConflictDetails(feedback.details) ? feedback.details : null;
  return (
    <div className={styles.conflict} role="alert" data-testid="conflict-notice">
      <p>
        <strong>Gleichzeitige Bearbeitung:</strong> {feedback.message}
      </p>
      {d?.lastReview && (
        <p>
          Aktuelles Urteil von <strong>{d.lastReview.userName}</strong> ({formatDateTime(new Date(d.lastReview.at))}):{" "}
          <strong>„{d.lastReview.verdictLabel}“</strong>
          {d.lastReview.rationale && <> – Begründung: „{d.lastReview.rationale}“</>}
          {d.lastReview.correctSource && <> – richtige Quelle: „{d.lastReview.correctSource}“</>}
        </p>
      )}
      <button
        type="button"
        className={styles.smallButton}
        onClick={() => {
          void refresh();
          router.refresh();
        }}
      >
        Neuen Stand laden (Eingaben bleiben erhalten)
      </button>
    </div>
  );
}
