// Inputs of the four-eyes workflow (lib/approvals/workflow.ts), validated at the server boundary.
import { z } from "zod";
import { claimWriteEnvelope } from "@/lib/claims/locking";

const COMMENT_MAX = 2000;

function requiredText(missing: string, label: string) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(COMMENT_MAX, `${label} darf höchstens ${COMMENT_MAX} Zeichen lang sein.`);
}

export const submitSchema = claimWriteEnvelope;

export const approveSchema = claimWriteEnvelope.extend({
  // The fingerprint the approver saw (optional: the version alone also binds the approval).
  fingerprint: z
    .string({ error: "Der Prüfstand ist ungültig. Bitte die Seite neu laden." })
    .regex(/^[0-9a-f]{64}$/, "Der Prüfstand ist ungültig. Bitte die Seite neu laden.")
    .optional(),
});

export const returnSchema = claimWriteEnvelope.extend({
  comment: requiredText("Bitte einen Kommentar für die Redaktion angeben: Was muss geändert werden?", "Der Kommentar"),
});

export const reopenSchema = claimWriteEnvelope.extend({
  reason: requiredText("Bitte einen Grund für das Wiederöffnen angeben.", "Der Grund"),
});
