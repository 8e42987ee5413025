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

/** Claims one bulk approval may name: the inbox shows at most as many (lib/approvals/inbox.ts). */
export const BULK_APPROVE_MAX = 100;
const FINGERPRINT_MISSING = "Der Prüfstand fehlt. Bitte die Seite neu laden.";

// In a bulk approval the fingerprint is required: each approval must name the content the
// approver saw in the inbox.
const bulkItemSchema = approveSchema.extend({
  fingerprint: z.string({ error: FINGERPRINT_MISSING }).regex(/^[0-9a-f]{64}$/, FINGERPRINT_MISSING),
});

export const bulkApproveItemsSchema = z
  .array(bulkItemSchema, { error: "Bitte die ausgewählten Behauptungen als Liste senden." })
  .min(1, "Bitte mindestens eine Behauptung auswählen.")
  .max(BULK_APPROVE_MAX, `Höchstens ${BULK_APPROVE_MAX} Behauptungen auf einmal freigeben.`)
  .refine((items) => new Set(items.map((i) => i.claimId)).size === items.length, {
    message: "Jede Behauptung bitte nur einmal auswählen.",
  });

/** Body of POST /api/approvals/approve. */
export const bulkApproveSchema = z.object({ items: bulkApproveItemsSchema });
