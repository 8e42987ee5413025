// The claim workflow as an explicit transition table. Each editorial event maps
// the current status to the next one; a missing entry means the event is not
// allowed in that status. The four-eyes approval (a later issue) fills in the
// SUBMIT / APPROVE / RETURN rows' guards (e.g. approver ≠ reviewer) on top of this.
import type { ClaimStatus } from "@/lib/generated/prisma/enums";

export const CLAIM_EVENTS = [
  "CONTENT_VERDICT",
  "ATTRIBUTION_VERDICT",
  "CORRECTION",
  "SUBMIT",
  "APPROVE",
  "RETURN",
  "REOPEN",
] as const;
export type ClaimEvent = (typeof CLAIM_EVENTS)[number];

export const CLAIM_TRANSITIONS: Record<ClaimStatus, Partial<Record<ClaimEvent, ClaimStatus>>> = {
  OPEN: {
    CONTENT_VERDICT: "IN_REVIEW",
    ATTRIBUTION_VERDICT: "OPEN",
    CORRECTION: "OPEN",
  },
  IN_REVIEW: {
    CONTENT_VERDICT: "IN_REVIEW",
    ATTRIBUTION_VERDICT: "IN_REVIEW",
    CORRECTION: "IN_REVIEW",
    SUBMIT: "SUBMITTED",
  },
  // Submitted and approved claims are frozen until the approver returns them.
  SUBMITTED: {
    APPROVE: "APPROVED",
    RETURN: "RETURNED",
  },
  // Only an approver reopens an approved claim (lib/approvals), with a reason.
  APPROVED: {
    REOPEN: "IN_REVIEW",
  },
  RETURNED: {
    CONTENT_VERDICT: "IN_REVIEW",
    ATTRIBUTION_VERDICT: "IN_REVIEW",
    CORRECTION: "IN_REVIEW",
    SUBMIT: "SUBMITTED",
  },
};

export function canTransition(status: ClaimStatus, event: ClaimEvent): boolean {
  return CLAIM_TRANSITIONS[status][event] !== undefined;
}

/** The next status, or null when the event is not allowed in this status. */
export function nextStatus(status: ClaimStatus, event: ClaimEvent): ClaimStatus | null {
  return CLAIM_TRANSITIONS[status][event] ?? null;
}

/** German reason why an event is not possible, for the DomainError shown to the editor. */
export function transitionDeniedMessage(status: ClaimStatus): string {
  switch (status) {
    case "SUBMITTED":
      return "Diese Behauptung ist zur Freigabe eingereicht und kann derzeit nicht geändert werden.";
    case "APPROVED":
      return "Diese Behauptung ist bereits freigegeben und kann nicht mehr geändert werden.";
    default:
      return "Dieser Schritt ist im aktuellen Bearbeitungsstand der Behauptung nicht möglich.";
  }
}
