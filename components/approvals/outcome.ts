// What happened to a claim in this inbox view, and how a failed action result maps to it.
import type { ActionResult } from "@/lib/errors";

export type ClaimOutcome =
  | { kind: "approved" }
  | { kind: "returned" }
  /** The claim cannot be decided from this view any more (changed, four-eyes, already decided). */
  | { kind: "refused"; message: string }
  /** Something went wrong on the way (database, network): trying again may work. */
  | { kind: "error"; message: string };

const FINAL_CODES = new Set(["CONFLICT", "NOT_FOUND", "FORBIDDEN", "VALIDATION"]);

export function failureOutcome(code: Extract<ActionResult<unknown>, { ok: false }>["code"], message: string): ClaimOutcome {
  return FINAL_CODES.has(code) ? { kind: "refused", message } : { kind: "error", message };
}

/** The claim is still waiting for a decision in this view. */
export function isOpen(outcome: ClaimOutcome | undefined): boolean {
  return outcome === undefined || outcome.kind === "error";
}
