// "Auswahl freigeben" on a real database: each claim approved in its own transaction and audited
// on its own; one refusal (four-eyes, changed after submission, stale) does not stop or undo the
// others; one result per claim with the German reason; bad selections are refused as a whole.
import { approveClaims } from "@/lib/approvals/bulk";
import { BULK_APPROVE_MAX } from "@/lib/approvals/schemas";
import {
  CHANGED_AFTER_SUBMISSION_MESSAGE,
  FOUR_EYES_MESSAGES,
  STALE_APPROVAL_MESSAGE,
  submitClaim,
} from "@/lib/approvals/workflow";
import { setupTestDatabase } from "../../helpers/test-db";
import { domainError } from "../reviews/fixtures";
import { auditActions, makeRoleUser, reviewedClaim } from "./fixtures";

const db = setupTestDatabase();

async function submitted(reviewer: { id: string; role: "EDITOR" | "APPROVER" | "ADMIN" }) {
  const claim = await reviewedClaim(db.prisma, reviewer);
  const result = await submitClaim(db.prisma, reviewer, { claimId: claim.id, version: claim.version });
  return { claimId: claim.id, version: result.version, fingerprint: result.fingerprint! };
}

async function statusOf(claimId: string) {
  return (await db.prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).status;
}

test("mixed selection: one approved, one four-eyes refusal, one changed after submission, one stale – each on its own", async () => {
  const editor = await makeRoleUser(db.prisma, "Erika Redaktion", "EDITOR");
  const approver = await makeRoleUser(db.prisma, "Frieda Freigabe", "APPROVER");
  const fine = await submitted(editor);
  const ownReview = await submitted(approver);
  const changed = await submitted(editor);
  const stale = await submitted(editor);
  // A change that slipped past the workflow after submission: the approval must not cover it.
  await db.prisma.$executeRawUnsafe(`UPDATE reviews SET rationale = 'Anders begründet.' WHERE claim_id = $1`, changed.claimId);
  const staleFingerprint = "0".repeat(64);

  const results = await approveClaims(db.prisma, approver, [
    fine,
    ownReview,
    changed,
    { ...stale, fingerprint: staleFingerprint },
  ]);

  expect(results).toEqual([
    { claimId: fine.claimId, ok: true, status: "APPROVED", version: fine.version + 1, message: "freigegeben" },
    { claimId: ownReview.claimId, ok: false, code: "FORBIDDEN", message: FOUR_EYES_MESSAGES.APPROVE },
    { claimId: changed.claimId, ok: false, code: "CONFLICT", message: CHANGED_AFTER_SUBMISSION_MESSAGE },
    { claimId: stale.claimId, ok: false, code: "CONFLICT", message: STALE_APPROVAL_MESSAGE },
  ]);
  expect(await statusOf(fine.claimId)).toBe("APPROVED");
  expect(await statusOf(ownReview.claimId)).toBe("SUBMITTED");
  expect(await statusOf(changed.claimId)).toBe("IN_REVIEW");
  expect(await statusOf(stale.claimId)).toBe("SUBMITTED");

  // Each claim's own audit trail: one approval, one invalidation, nothing for the refusals.
  expect(await auditActions(db.prisma, fine.claimId)).toEqual(["claim.content_verdict", "claim.submit", "claim.approve"]);
  expect(await auditActions(db.prisma, ownReview.claimId)).toEqual(["claim.content_verdict", "claim.submit"]);
  expect(await auditActions(db.prisma, changed.claimId)).toEqual([
    "claim.content_verdict",
    "claim.submit",
    "claim.submission_invalidated",
  ]);
  expect(await auditActions(db.prisma, stale.claimId)).toEqual(["claim.content_verdict", "claim.submit"]);
  const approval = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: fine.claimId, action: "claim.approve" } });
  expect(approval.userId).toBe(approver.id);
  expect(approval.after).toMatchObject({ status: "APPROVED", fingerprint: fine.fingerprint });
});

test("approving the same selection again answers per claim that it is already approved", async () => {
  const editor = await makeRoleUser(db.prisma, "Emil Redaktion", "EDITOR");
  const approver = await makeRoleUser(db.prisma, "Fritz Freigabe", "APPROVER");
  const item = await submitted(editor);
  expect((await approveClaims(db.prisma, approver, [item]))[0].ok).toBe(true);
  const again = await approveClaims(db.prisma, approver, [item]);
  expect(again).toEqual([{ claimId: item.claimId, ok: false, code: "CONFLICT", message: expect.any(String) }]);
  // Named in German, not as the audit's action key.
  expect(again[0].message).toMatch(/^Fritz Freigabe hat diese Behauptung inzwischen geändert \(freigegeben\)/);
  expect(await auditActions(db.prisma, item.claimId)).toEqual(["claim.content_verdict", "claim.submit", "claim.approve"]);
});

test("two approvers approving the same selection at once: each claim approved exactly once", async () => {
  const editor = await makeRoleUser(db.prisma, "Enno Redaktion", "EDITOR");
  const first = await makeRoleUser(db.prisma, "Fiona Freigabe", "APPROVER");
  const second = await makeRoleUser(db.prisma, "Franz Freigabe", "ADMIN");
  const items = [await submitted(editor), await submitted(editor), await submitted(editor)];
  const [a, b] = await Promise.all([approveClaims(db.prisma, first, items), approveClaims(db.prisma, second, items)]);
  for (let i = 0; i < items.length; i++) {
    // One of the two got it; the other was told it changed meanwhile.
    expect([a[i].ok, b[i].ok].sort()).toEqual([false, true]);
    expect([a[i], b[i]].find((r) => !r.ok)).toMatchObject({ code: "CONFLICT" });
    expect(await statusOf(items[i].claimId)).toBe("APPROVED");
    expect((await auditActions(db.prisma, items[i].claimId)).filter((action) => action === "claim.approve")).toHaveLength(1);
  }
});

describe("refused as a whole, nothing approved", () => {
  test.each([
    ["no selection", [], /mindestens eine Behauptung/],
    ["no list", { claimId: "x" }, /als Liste/],
    ["missing fingerprint", [{ claimId: "x", version: 1 }], /Prüfstand fehlt/],
  ])("%s", async (_what, items, message) => {
    const approver = await makeRoleUser(db.prisma, "Flora Freigabe", "APPROVER");
    const error = await domainError(approveClaims(db.prisma, approver, items));
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toMatch(message);
  });

  test("more than the maximum, or a claim twice", async () => {
    const editor = await makeRoleUser(db.prisma, "Ella Redaktion", "EDITOR");
    const approver = await makeRoleUser(db.prisma, "Falk Freigabe", "APPROVER");
    const item = await submitted(editor);
    const tooMany = Array.from({ length: BULK_APPROVE_MAX + 1 }, (_, i) => ({ ...item, claimId: `c${i}` }));
    expect((await domainError(approveClaims(db.prisma, approver, tooMany))).message).toMatch(/Höchstens 100/);
    expect((await domainError(approveClaims(db.prisma, approver, [item, item]))).message).toMatch(/nur einmal/);
    expect(await statusOf(item.claimId)).toBe("SUBMITTED");
  });

  test("an editor may not approve, not even in bulk", async () => {
    const editor = await makeRoleUser(db.prisma, "Egon Redaktion", "EDITOR");
    const reviewer = await makeRoleUser(db.prisma, "Rita Redaktion", "EDITOR");
    const item = await submitted(reviewer);
    const error = await domainError(approveClaims(db.prisma, editor, [item]));
    expect(error.code).toBe("FORBIDDEN");
    expect(await statusOf(item.claimId)).toBe("SUBMITTED");
  });
});
