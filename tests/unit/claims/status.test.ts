import { CLAIM_EVENTS, CLAIM_TRANSITIONS, canTransition, nextStatus, transitionDeniedMessage } from "@/lib/claims/status";
import { ClaimStatus } from "@/lib/generated/prisma/enums";

test("every status has a row and every target is a status", () => {
  expect(Object.keys(CLAIM_TRANSITIONS).sort()).toEqual(Object.values(ClaimStatus).sort());
  for (const row of Object.values(CLAIM_TRANSITIONS)) {
    for (const [event, target] of Object.entries(row)) {
      expect(CLAIM_EVENTS).toContain(event);
      expect(Object.values(ClaimStatus)).toContain(target);
    }
  }
});

test("a content verdict moves OPEN and RETURNED to IN_REVIEW and keeps IN_REVIEW", () => {
  expect(nextStatus("OPEN", "CONTENT_VERDICT")).toBe("IN_REVIEW");
  expect(nextStatus("IN_REVIEW", "CONTENT_VERDICT")).toBe("IN_REVIEW");
  expect(nextStatus("RETURNED", "CONTENT_VERDICT")).toBe("IN_REVIEW");
});

test("attribution verdicts and corrections do not start the review on their own", () => {
  expect(nextStatus("OPEN", "ATTRIBUTION_VERDICT")).toBe("OPEN");
  expect(nextStatus("OPEN", "CORRECTION")).toBe("OPEN");
  expect(nextStatus("IN_REVIEW", "CORRECTION")).toBe("IN_REVIEW");
});

test("submitted and approved claims are frozen for editors", () => {
  for (const status of ["SUBMITTED", "APPROVED"] as const) {
    for (const event of ["CONTENT_VERDICT", "ATTRIBUTION_VERDICT", "CORRECTION"] as const) {
      expect(canTransition(status, event)).toBe(false);
      expect(nextStatus(status, event)).toBeNull();
    }
  }
  expect(transitionDeniedMessage("SUBMITTED")).toMatch(/zur Freigabe eingereicht/);
  expect(transitionDeniedMessage("APPROVED")).toMatch(/freigegeben/);
});

test("the four-eyes path: IN_REVIEW → SUBMITTED → APPROVED or RETURNED", () => {
  expect(nextStatus("IN_REVIEW", "SUBMIT")).toBe("SUBMITTED");
  expect(nextStatus("OPEN", "SUBMIT")).toBeNull();
  expect(nextStatus("SUBMITTED", "APPROVE")).toBe("APPROVED");
  expect(nextStatus("SUBMITTED", "RETURN")).toBe("RETURNED");
  expect(nextStatus("APPROVED", "RETURN")).toBeNull();
});
