"use client";
// The four-eyes part of the claim panel: the claim's status in words, the approver's return
// comment, and the buttons the role and the status allow (einreichen; freigeben, zurückgeben;
// wieder öffnen). The server decides (four-eyes, changed after submission); its refusal is
// shown as it comes, and the comment or reason typed stays in its field.
import { useState } from "react";
import { approveClaimAction, reopenClaimAction, returnClaimAction, submitClaimAction } from "@/app/articles/[id]/actions";
import type { ClaimPanelView } from "@/lib/claims/claim-panel-types";
import { CLAIM_STATUS_LABELS } from "@/lib/claims/labels";
import type { ActionResult } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { useClaimRefresh } from "./claim-refresh";
import { useReportDirty } from "./unsaved-changes";
import styles from "./article.module.css";

export interface WorkflowRights {
  canSubmit: boolean;
  canApprove: boolean;
  canReturn: boolean;
  canReopen: boolean;
  /** cluster:propose – offer an approved verdict to the other claims of the cluster. */
  canPropose?: boolean;
}

const STATUS_EXPLANATIONS: Record<ClaimStatus, string> = {
  OPEN: "Noch kein Urteil zum Inhalt.",
  IN_REVIEW: "Geprüft, aber noch nicht zur Freigabe eingereicht.",
  SUBMITTED: "Wartet auf die Freigabe durch eine zweite Person.",
  APPROVED: "Von einer zweiten Person freigegeben; das Urteil ist endgültig.",
  RETURNED: "Von der Freigabe zurückgegeben: bitte den Kommentar beachten, Urteil überarbeiten und erneut einreichen.",
};

type Outcome = { kind: "success" | "error"; message: string; reload?: boolean } | null;

function outcomeOf(result: ActionResult<unknown>, success: string): Outcome {
  if (result.ok) return { kind: "success", message: success };
  // CONFLICT: changed after submission or by someone else – the current state must be loaded.
  return { kind: "error", message: result.message, reload: result.code === "CONFLICT" };
}

function OutcomeNotice({ outcome, onReload }: { outcome: Outcome; onReload: () => void }) {
  if (!outcome) return null;
  if (outcome.kind === "success") {
    return (
      <p className={styles.success} role="status">
        {outcome.message}
      </p>
    );
  }
  return (
    <div className="alert error" role="alert" data-testid="workflow-error">
      <p>{outcome.message}</p>
      {outcome.reload && (
        <button type="button" className={styles.smallButton} onClick={onReload}>
          Aktuellen Stand laden
        </button>
      )}
    </div>
  );
}

function StepButton({ label, busy, onClick }: { label: string; busy: boolean; onClick: () => Promise<unknown> }) {
  return (
    <button type="button" className="button" disabled={busy} onClick={() => void onClick()}>
      {label}
    </button>
  );
}

/**
 * A folded form with one required text (return comment, reopening reason), titled like its
 * button; keeps the text on errors.
 */
function ReasonForm({
  name,
  label,
  submitLabel,
  send,
}: {
  name: string;
  label: string;
  submitLabel: string;
  send: (text: string) => Promise<{ fieldError?: string; done: boolean }>;
}) {
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useReportDirty(name, text.trim() !== "");
  const id = `wf-${name}`;
  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    const { fieldError, done } = await send(text);
    setBusy(false);
    setError(fieldError ?? null);
    if (done) setText("");
  }
  return (
    <details className={styles.section}>
      <summary>{submitLabel}</summary>
      <form className={styles.form} onSubmit={onSubmit} noValidate aria-label={submitLabel}>
        <div className="field">
          <label htmlFor={id}>{label}</label>
          <textarea
            id={id}
            rows={3}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={!!error}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          {error && (
            <span className="error" id={`${id}-error`}>
              {error}
            </span>
          )}
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? "Wird gesendet …" : submitLabel}
        </button>
      </form>
    </details>
  );
}

/** The approver's comment on a returned claim, shown at the top of the panel. */
export function ReturnNoteBox({ claim }: { claim: ClaimPanelView }) {
  if (!claim.returnNote) return null;
  const { text, userName, at } = claim.returnNote;
  return (
    <div className={styles.returnNote} role="note" data-testid="return-note">
      <h3>Zurückgegeben{userName ? ` von ${userName}` : ""}</h3>
      <p className={styles.muted}>{formatDateTime(new Date(at))}</p>
      <blockquote>{text}</blockquote>
    </div>
  );
}

type Send = (action: () => Promise<ActionResult<unknown>>, success: string) => Promise<ActionResult<unknown>>;

function useSend(setOutcome: (o: Outcome) => void, setBusy: (b: boolean) => void): Send {
  const refresh = useClaimRefresh();
  return async (action, success) => {
    setOutcome(null);
    setBusy(true);
    const result = await action();
    setBusy(false);
    setOutcome(outcomeOf(result, success));
    if (result.ok) void refresh();
    return result;
  };
}

export function ClaimWorkflow({ claim, rights }: { claim: ClaimPanelView; rights: WorkflowRights }) {
  const refresh = useClaimRefresh();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const send = useSend(setOutcome, setBusy);
  const envelope = { claimId: claim.id, version: claim.version };
  const submittable = (claim.status === "IN_REVIEW" || claim.status === "RETURNED") && claim.contentVerdict !== null;
  const submitted = claim.status === "SUBMITTED";

  const reasonSender = (action: typeof returnClaimAction, key: "comment" | "reason", success: string) => async (text: string) => {
    const result = await send(() => action({ ...envelope, [key]: text }), success);
    return { fieldError: result.ok ? undefined : result.fieldErrors?.[key], done: result.ok };
  };

  return (
    <section className={styles.workflow} aria-labelledby="workflow-heading" data-testid="claim-workflow">
      <h3 id="workflow-heading">
        Freigabe: <span data-testid="claim-status">{CLAIM_STATUS_LABELS[claim.status]}</span>
      </h3>
      <p className={styles.muted}>{STATUS_EXPLANATIONS[claim.status]}</p>
      <OutcomeNotice outcome={outcome} onReload={() => void refresh()} />
      <div className={styles.row}>
        {rights.canSubmit && submittable && (
          <StepButton
            label="Zur Freigabe einreichen"
            busy={busy}
            onClick={() => send(() => submitClaimAction(envelope), "Zur Freigabe eingereicht.")}
          />
        )}
        {rights.canApprove && submitted && (
          <StepButton label="Freigeben" busy={busy} onClick={() => send(() => approveClaimAction(envelope), "Freigegeben.")} />
        )}
      </div>
      {rights.canReturn && submitted && (
        <ReasonForm
          name="return"
          label="Kommentar für die Redaktion (Pflicht)"
          submitLabel="Zurückgeben"
          send={reasonSender(returnClaimAction, "comment", "Zurückgegeben.")}
        />
      )}
      {rights.canReopen && claim.status === "APPROVED" && (
        <ReasonForm
          name="reopen"
          label="Grund für das Wiederöffnen (Pflicht)"
          submitLabel="Wieder öffnen"
          send={reasonSender(reopenClaimAction, "reason", "Wieder geöffnet.")}
        />
      )}
    </section>
  );
}
