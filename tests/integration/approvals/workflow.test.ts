// The four-eyes workflow on a real database: each transition, the four-eyes rule, approval
// bound to what was submitted, required comment and reason, audit events.
import { approveClaim, reopenClaim, returnClaim, submitClaim } from "@/lib/approvals/workflow";
import { correctClaim } from "@/lib/claims/corrections";
import { saveAttributionVerdict, saveContentVerdict } from "@/lib/reviews/verdicts";
import { setupTestDatabase } from "../../helpers/test-db";
import { domainError, EVIDENCE_INDEPENDENT } from "../reviews/fixtures";
import { auditActions, makeRoleUser, reviewedClaim } from "./fixtures";

const db = setupTestDatabase();

async function people() {
  const editor = await makeRoleUser(db.prisma, "Erika Redaktion", "EDITOR");
  const approver = await makeRoleUser(db.prisma, "Frieda Freigabe", "APPROVER");
  const admin = await makeRoleUser(db.prisma, "Adam Admin", "ADMIN");
  return { editor, approver, admin };
}

async function stateOf(claimId: string) {
  return db.prisma.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: { status: true, version: true, submittedFingerprint: true },
  });
}

describe("transitions", () => {
  test("submit → approve: IN_REVIEW → SUBMITTED → APPROVED, each step audited", async () => {
    const { editor, approver } = await people();
    const claim = await reviewedClaim(db.prisma, editor);
    const submitted = await submitClaim(db.prisma, editor, { claimId: claim.id, version: claim.version });
    expect(submitted).toMatchObject({ status: "SUBMITTED", version: claim.version + 1 });
    expect(submitted.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(await stateOf(claim.id)).toEqual({
      status: "SUBMITTED",
      version: claim.version + 1,
      submittedFingerprint: submitted.fingerprint,
    });

    const approved = await approveClaim(db.prisma, approver, {
      claimId: claim.id,
      version: submitted.version,
      fingerprint: submitted.fingerprint,
    });
    expect(approved).toMatchObject({ status: "APPROVED", version: submitted.version + 1 });
    expect(await auditActions(db.prisma, claim.id)).toEqual(["claim.content_verdict", "claim.submit", "claim.approve"]);
    const approval = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: claim.id, action: "claim.approve" } });
    expect(approval.userId).toBe(approver.id);
    expect(approval.before).toMatchObject({ status: "SUBMITTED" });
    expect(approval.after).toMatchObject({ status: "APPROVED", fingerprint: submitted.fingerprint });
  });

  test("return → fix → resubmit → approve, the comment is audited", async () => {
    const { editor, approver } = await people();
    const claim = await reviewedClaim(db.prisma, editor);
    const submitted = await submitClaim(db.prisma, editor, { claimId: claim.id, version: claim.version });
    const returned = await returnClaim(db.prisma, approver, {
      claimId: claim.id,
      version: submitted.version,
      comment: "  Bitte eine zweite unabhängige Quelle.  ",
    });
    expect(returned).toMatchObject({ status: "RETURNED", fingerprint: null });
    expect(await stateOf(claim.id)).toMatchObject({ status: "RETURNED", submittedFingerprint: null });
    const event = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: claim.id, action: "claim.return" } });
    expect(event.after).toMatchObject({ status: "RETURNED", comment: "Bitte eine zweite unabhängige Quelle." });
    expect(event.userId).toBe(approver.id);

    const fixed = await saveContentVerdict(db.prisma, editor, {
      claimId: claim.id,
      version: returned.version,
      verdict: "DISPUTED",
      rationale: "Zweite Quelle widerspricht.",
      evidence: [EVIDENCE_INDEPENDENT],
    });
    expect(fixed.status).toBe("IN_REVIEW");
    const again = await submitClaim(db.prisma, editor, { claimId: claim.id, version: fixed.version });
    expect(again.fingerprint).not.toBe(submitted.fingerprint);
    const approved = await approveClaim(db.prisma, approver, { claimId: claim.id, version: again.version });
    expect(approved.status).toBe("APPROVED");
    expect(await auditActions(db.prisma, claim.id)).toEqual([
      "claim.content_verdict",
      "claim.submit",
      "claim.return",
      "claim.content_verdict",
      "claim.submit",
      "claim.approve",
    ]);
  });

  test("a RETURNED claim can be resubmitted as it is", async () => {
    const { editor, approver } = await people();
    const claim = await reviewedClaim(db.prisma, editor);
    const submitted = await submitClaim(db.prisma, editor, { claimId: claim.id, version: claim.version });
    const returned = await returnClaim(db.prisma, approver, {
      claimId: claim.id,
      version: submitted.version,
      comment: "Prüfen.",
    });
    const again = await submitClaim(db.prisma, editor, { claimId: claim.id, version: returned.version });
    expect(again.status).toBe("SUBMITTED");
  });

  test("reopen: APPROVED → IN_REVIEW with a reason, audited; then editable again", async () => {
    const { editor, approver, admin } = await people();
    const claim = await reviewedClaim(db.prisma, editor);
    const submitted = await submitClaim(db.prisma, editor, { claimId: claim.id, version: claim.version });
    const approved = await approveClaim(db.prisma, approver, { claimId: claim.id, version: submitted.version });
    const reopened = await reopenClaim(db.prisma, admin, {
      claimId: claim.id,
      version: approved.version,
      reason: "Neue Satellitenbilder.",
    });
    expect(reopened).toMatchObject({ status: "IN_REVIEW", fingerprint: null });
    const event = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: claim.id, action: "claim.reopen" } });
    expect(event.userId).toBe(admin.id);
    expect(event.after).toMatchObject({ status: "IN_REVIEW", reason: "Neue Satellitenbilder." });
    const verdict = await saveContentVerdict(db.prisma, editor, {
      claimId: claim.id,
      version: reopened.version,
      verdict: "DISPUTED",
      rationale: "Neue Lage.",
      evidence: [EVIDENCE_INDEPENDENT],
    });
    expect(verdict.status).toBe("IN_REVIEW");
  });

  test("steps that the status does not allow are refused with a German reason, nothing written", async () => {
    const { editor, approver } = await people();
    const claim = await reviewedClaim(db.prisma, editor);
    const open = await db.prisma.claim.findFirstOrThrow({ where: { articleId: claim.articleId, status: "OPEN" } });
    expect((await domainError(submitClaim(db.prisma, editor, { claimId: open.id, version: 0 }))).code).toBe("VALIDATION");
    const notSubmitted = await domainError(approveClaim(db.prisma, approver, { claimId: claim.id, version: claim.version }));
    expect(notSubmitted.code).toBe("VALIDATION");
    expect(notSubmitted.message).toMatch(/nicht möglich/);
    const notApproved = await domainError(
      reopenClaim(db.prisma, approver, { claimId: claim.id, version: claim.version, reason: "x" }),
    );
    expect(notApproved.code).toBe("VALIDATION");
    expect(await stateOf(claim.id)).toMatchObject({ status: "IN_REVIEW", version: claim.version });
    expect(await auditActions(db.prisma, claim.id)).toEqual(["claim.content_verdict"]);
  });

  test("an outdated version is a CONFLICT; an unknown claim NOT_FOUND", async () => {
    const { editor } = await people();
    const claim = await reviewedClaim(db.prisma, editor);
    const stale = await domainError(submitClaim(db.prisma, editor, { claimId: claim.id, version: claim.version - 1 }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(/Ihre Eingaben wurden nicht gespeichert/);
    const missing = await domainError(submitClaim(db.prisma, editor, { claimId: "unbekannt", version: 0 }));
    expect(missing.code).toBe("NOT_FOUND");
  });
});

describe("four-eyes", () => {
  test("an approver who gave a verdict can neither approve nor return; a second person can", async () => {
    const { approver, admin } = await people();
    // The approver reviews and submits the claim themselves.
    const claim = await reviewedClaim(db.prisma, approver);
    const submitted = await submitClaim(db.prisma, approver, { claimId: claim.id, version: claim.version });
    const approve = await domainError(approveClaim(db.prisma, approver, { claimId: claim.id, version: submitted.version }));
    expect(approve.code).toBe("FORBIDDEN");
    expect(approve.message).toMatch(/Vier-Augen-Prinzip.*nicht freigeben/);
    const ret = await domainError(
      returnClaim(db.prisma, approver, { claimId: claim.id, version: submitted.version, comment: "Selbst zurück." }),
    );
    expect(ret.code).toBe("FORBIDDEN");
    expect(ret.message).toMatch(/Vier-Augen-Prinzip.*nicht zurückgeben/);
    expect(await stateOf(claim.id)).toMatchObject({ status: "SUBMITTED", version: submitted.version });

    const approved = await approveClaim(db.prisma, admin, { claimId: claim.id, version: submitted.version });
    expect(approved.status).toBe("APPROVED");
  });

  test("an attribution verdict or a correction also counts as taking part", async () => {
    const { editor, approver, admin } = await people();
    const claim = await reviewedClaim(db.prisma, editor);
    const attributed = await saveAttributionVerdict(db.prisma, approver, {
      claimId: claim.id,
      version: claim.version,
      verdict: "CONFIRMED",
      originalUrl: "https://www.example.org/original",
      correctSource: "",
      rationale: "Originalaussage gefunden.",
    });
    const corrected = await correctClaim(db.prisma, admin, {
      claimId: claim.id,
      version: attributed.version,
      kind: "ACTOR_PARTY",
      actorName: "Ukrainischer Generalstab",
      party: "UA",
      official: true,
    });
    const submitted = await submitClaim(db.prisma, editor, { claimId: claim.id, version: corrected.version });
    for (const person of [approver, admin]) {
      const error = await domainError(approveClaim(db.prisma, person, { claimId: claim.id, version: submitted.version }));
      expect(error.code).toBe("FORBIDDEN");
    }
    const third = await makeRoleUser(db.prisma, "Dora Dritte", "APPROVER");
    expect((await approveClaim(db.prisma, third, { claimId: claim.id, version: submitted.version })).status).toBe("APPROVED");
  });
});

describe("approval bound to what was submitted", () => {
  test("verdicts and corrections cannot change a submitted claim", async () => {
    const { editor } = await people();
    const claim = await reviewedClaim(db.prisma, editor);
    const submitted = await submitClaim(db.prisma, editor, { claimId: claim.id, version: claim.version });
    const verdict = await domainError(
      saveContentVerdict(db.prisma, editor, {
        claimId: claim.id,
        version: submitted.version,
        verdict: "DISPUTED",
        rationale: "Doch nicht.",
        evidence: [EVIDENCE_INDEPENDENT],
      }),
    );
    expect(verdict.message).toMatch(/zur Freigabe eingereicht/);
    const correction = await domainError(
      correctClaim(db.prisma, editor, { claimId: claim.id, version: submitted.version, kind: "NOT_A_CLAIM", notAClaim: true }),
    );
    expect(correction.message).toMatch(/zur Freigabe eingereicht/);
    expect(await stateOf(claim.id)).toMatchObject({ status: "SUBMITTED", version: submitted.version });
  });

  test.each([
    ["verdict", `UPDATE claims SET content_verdict = 'DISPUTED' WHERE id = $1`],
    ["rationale", `UPDATE reviews SET rationale = 'Anders begründet.' WHERE claim_id = $1`],
    ["evidence", `UPDATE reviews SET evidence = '[]' WHERE claim_id = $1`],
    ["source", `UPDATE claims SET actor_name = 'Jemand anderes', party = 'RU' WHERE id = $1`],
  ])("a %s changed after submission: approving answers CONFLICT and the claim must be submitted again", async (_what, sql) => {
    const { editor, approver } = await people();
    const claim = await reviewedClaim(db.prisma, editor);
    const submitted = await submitClaim(db.prisma, editor, { claimId: claim.id, version: claim.version });
    // A change that slipped past the workflow (no app path allows one): the approval must not cover it.
    await db.prisma.$executeRawUnsafe(sql, claim.id);

    const error = await domainError(
      approveClaim(db.prisma, approver, { claimId: claim.id, version: submitted.version, fingerprint: submitted.fingerprint }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/nach der Einreichung geändert.*erneut eingereicht/);
    const state = await stateOf(claim.id);
    expect(state).toMatchObject({ status: "IN_REVIEW", submittedFingerprint: null });
    expect(await auditActions(db.prisma, claim.id)).toEqual([
      "claim.content_verdict",
      "claim.submit",
      "claim.submission_invalidated",
    ]);

    const again = await submitClaim(db.prisma, editor, { claimId: claim.id, version: state.version });
    expect((await approveClaim(db.prisma, approver, { claimId: claim.id, version: again.version })).status).toBe("APPROVED");
  });

  test("an approver who saw another submission (fingerprint or version) gets CONFLICT", async () => {
    const { editor, approver } = await people();
    const claim = await reviewedClaim(db.prisma, editor);
    const first = await submitClaim(db.prisma, editor, { claimId: claim.id, version: claim.version });
    const returned = await returnClaim(db.prisma, approver, { claimId: claim.id, version: first.version, comment: "Prüfen." });
    const fixed = await saveContentVerdict(db.prisma, editor, {
      claimId: claim.id,
      version: returned.version,
      verdict: "UNVERIFIABLE",
      rationale: "Nicht überprüfbar.",
      evidence: [],
    });
    const second = await submitClaim(db.prisma, editor, { claimId: claim.id, version: fixed.version });
    const other = await makeRoleUser(db.prisma, "Olga Andere", "APPROVER");
    const byFingerprint = await domainError(
      approveClaim(db.prisma, other, { claimId: claim.id, version: second.version, fingerprint: first.fingerprint }),
    );
    expect(byFingerprint.code).toBe("CONFLICT");
    expect(byFingerprint.message).toMatch(/anderen Stand/);
    const byVersion = await domainError(approveClaim(db.prisma, other, { claimId: claim.id, version: first.version }));
    expect(byVersion.code).toBe("CONFLICT");
    expect(await stateOf(claim.id)).toMatchObject({ status: "SUBMITTED", version: second.version });
  });
});

describe("input and roles", () => {
  test.each([undefined, "", "   "])("return needs a comment (%j)", async (comment) => {
    const { editor, approver } = await people();
    const claim = await reviewedClaim(db.prisma, editor);
    const submitted = await submitClaim(db.prisma, editor, { claimId: claim.id, version: claim.version });
    const error = await domainError(returnClaim(db.prisma, approver, { claimId: claim.id, version: submitted.version, comment }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.comment).toMatch(/Bitte einen Kommentar/);
    expect(await stateOf(claim.id)).toMatchObject({ status: "SUBMITTED" });
  });

  test("reopen needs a reason, and only APPROVER or ADMIN may reopen", async () => {
    const { editor, approver } = await people();
    const claim = await reviewedClaim(db.prisma, editor);
    const submitted = await submitClaim(db.prisma, editor, { claimId: claim.id, version: claim.version });
    const approved = await approveClaim(db.prisma, approver, { claimId: claim.id, version: submitted.version });
    const noReason = await domainError(
      reopenClaim(db.prisma, approver, { claimId: claim.id, version: approved.version, reason: " " }),
    );
    expect(noReason.code).toBe("VALIDATION");
    expect(noReason.fieldErrors?.reason).toMatch(/Bitte einen Grund/);
    const byEditor = await domainError(
      reopenClaim(db.prisma, editor, { claimId: claim.id, version: approved.version, reason: "Ich will ändern." }),
    );
    expect(byEditor.code).toBe("FORBIDDEN");
    expect(byEditor.message).toMatch(/Freigaberecht/);
    expect(await stateOf(claim.id)).toMatchObject({ status: "APPROVED", version: approved.version });
  });

  test("an editor can neither approve nor return", async () => {
    const { editor } = await people();
    const reviewer = await makeRoleUser(db.prisma, "Rita Prüferin", "EDITOR");
    const claim = await reviewedClaim(db.prisma, reviewer);
    const submitted = await submitClaim(db.prisma, reviewer, { claimId: claim.id, version: claim.version });
    expect((await domainError(approveClaim(db.prisma, editor, { claimId: claim.id, version: submitted.version }))).code).toBe(
      "FORBIDDEN",
    );
    const ret = returnClaim(db.prisma, editor, { claimId: claim.id, version: submitted.version, comment: "x" });
    expect((await domainError(ret)).code).toBe("FORBIDDEN");
  });
});
