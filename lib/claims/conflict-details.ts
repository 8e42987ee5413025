// Shape of DomainError("CONFLICT").details for claims (client-safe type only).
import type { AttributionVerdict, ContentVerdict, ReviewKind } from "@/lib/generated/prisma/enums";

export interface ConflictDetails {
  claimId: string;
  currentVersion: number;
  contentVerdict: ContentVerdict | null;
  attributionVerdict: AttributionVerdict | null;
  /** The most recent change to the claim (from the audit trail). */
  lastChange: { action: string; actionLabel: string; userName: string; at: string } | null;
  /** The most recent verdict on the claim, with who gave it and why. */
  lastReview: {
    kind: ReviewKind;
    verdict: string;
    verdictLabel: string;
    rationale: string;
    correctSource: string | null;
    userName: string;
    at: string;
  } | null;
}

export function isConflictDetails(value: unknown): value is ConflictDetails {
  return typeof value === "object" && value !== null && "claimId" in value && "currentVersion" in value;
}
