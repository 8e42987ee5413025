// The claim history (lib/claims/history.ts) on a real database: every step of a claim's life
// in order with user, time and before → after; earlier verdicts stay with their rationale and
// evidence; the return comment and the reopening reason; reviews from before the audit.
import { approveClaim, reopenClaim, returnClaim, submitClaim } from "@/lib/approvals/workflow";
import { getClaimPanel } from "@/lib/claims/claim-panel";
import { correctClaim } from "@/lib/claims/corrections";
import { getClaimHistory } from "@/lib/claims/history";
import { saveContentVerdict } from "@/lib/reviews/verdicts";
import { setupTestDatabase } from "../../helpers/test-db";
import { makeRoleUser } from "../approvals/fixtures";
import { EVIDENCE_INDEPENDENT, EVIDENCE_PARTY, makeArticle } from "../reviews/fixtures";

const db = setupTestDatabase();

/** A claim through its whole life: verdict, correction, submit, return, new verdict, submit, approve, reopen. */
async function fullLife() {
  const editor = await makeRoleUser(db.prisma, "Erika Redaktion", "EDITOR");
  const approver = await makeRoleUser(db.prisma, "Frieda Freigabe", "APPROVER");
  const { article, ua } = await makeArticle(db.prisma);
  await db.prisma.article.update({ where: { id: article.id }, data: { createdById: editor.id } });
  const id = ua.id;
  let v = (
    await saveContentVerdict(db.prisma, editor, {
      claimId: id,
      version: 0,
      verdict: "UNVERIFIABLE",
      rationale: "Nur Kiewer Angaben.",
      evidence: [EVIDENCE_PARTY],
    })
  ).version;
  v = (
    await correctClaim(db.prisma, editor, {
      kind: "ACTOR_PARTY",
      claimId: id,
      version: v,
      actorName: "Ukrainischer Generalstab",
      party: "UA",
      official: true,
    })
  ).version;
  v = (await submitClaim(db.prisma, editor, { claimId: id, version: v })).version;
  v = (await returnClaim(db.prisma, approver, { claimId: id, version: v, comment: "Bitte die Analyse von ISW prüfen." })).version;
  v = (
    await saveContentVerdict(db.prisma, editor, {
      claimId: id,
      version: v,
      verdict: "VERIFIED",
      rationale: "ISW bestätigt die Zahl.",
      evidence: [EVIDENCE_INDEPENDENT],
    })
  ).version;
  v = (await submitClaim(db.prisma, editor, { claimId: id, version: v })).version;
  v = (await approveClaim(db.prisma, approver, { claimId: id, version: v })).version;
  await reopenClaim(db.prisma, approver, { claimId: id, version: v, reason: "Neue Zahlen vom Pentagon." });
  return { editor, approver, article, claimId: id };
}

test("the whole life of a claim, in order, with user names and before → after", async () => {
  const { claimId } = await fullLife();
  const history = (await getClaimHistory(db.prisma, claimId))!;
  expect(history.map((e) => [e.kind, e.userName])).toEqual([
    ["EXTRACTED", "Erika Redaktion"],
    ["CONTENT_VERDICT", "Erika Redaktion"],
    ["CORRECTION", "Erika Redaktion"],
    ["SUBMITTED", "Erika Redaktion"],
    ["RETURNED", "Frieda Freigabe"],
    ["CONTENT_VERDICT", "Erika Redaktion"],
    ["SUBMITTED", "Erika Redaktion"],
    ["APPROVED", "Frieda Freigabe"],
    ["REOPENED", "Frieda Freigabe"],
  ]);
  const [extracted, first, correction, submitted, returned, second, , approved, reopened] = history;
  expect(extracted.note).toEqual({ label: "Quelle laut Maschine", text: "Wolodymyr Selenskyj (Ukraine)" });
  // The earlier verdict stays visible with its rationale and evidence.
  expect(first.verdict).toEqual({
    label: "nicht überprüfbar",
    rationale: "Nur Kiewer Angaben.",
    evidence: [EVIDENCE_PARTY],
    correctSource: null,
  });
  expect(first.changes).toEqual(
    expect.arrayContaining([
      { label: "Status", before: "offen", after: "in Prüfung" },
      { label: "Inhalt", before: "offen", after: "nicht überprüfbar" },
    ]),
  );
  expect(correction.changes).toContainEqual({
    label: "Quelle",
    before: "Wolodymyr Selenskyj",
    after: "Ukrainischer Generalstab",
  });
  expect(submitted.changes).toEqual([{ label: "Status", before: "in Prüfung", after: "zur Freigabe eingereicht" }]);
  expect(returned.note).toEqual({ label: "Kommentar", text: "Bitte die Analyse von ISW prüfen." });
  expect(returned.changes).toEqual([{ label: "Status", before: "zur Freigabe eingereicht", after: "zurückgegeben" }]);
  expect(second.verdict?.label).toBe("belegt");
  expect(second.changes).toContainEqual({ label: "Inhalt", before: "nicht überprüfbar", after: "belegt" });
  expect(approved.changes).toEqual([{ label: "Status", before: "zur Freigabe eingereicht", after: "freigegeben" }]);
  expect(reopened.note).toEqual({ label: "Grund", text: "Neue Zahlen vom Pentagon." });
  for (const entry of history) expect(Number.isNaN(Date.parse(entry.at))).toBe(false);
});

test("a submission invalidated by a change after submission appears in the history", async () => {
  const editor = await makeRoleUser(db.prisma, "Erika Redaktion", "EDITOR");
  const approver = await makeRoleUser(db.prisma, "Frieda Freigabe", "APPROVER");
  const { ua } = await makeArticle(db.prisma);
  const reviewed = await saveContentVerdict(db.prisma, editor, {
    claimId: ua.id,
    version: 0,
    verdict: "VERIFIED",
    rationale: "Bestätigt.",
    evidence: [EVIDENCE_INDEPENDENT],
  });
  const submitted = await submitClaim(db.prisma, editor, { claimId: ua.id, version: reviewed.version });
  // A change that no path allows after submission, written behind the workflow's back.
  await db.prisma.review.updateMany({ where: { claimId: ua.id }, data: { rationale: "Nachträglich geändert." } });
  await expect(approveClaim(db.prisma, approver, { claimId: ua.id, version: submitted.version })).rejects.toMatchObject({
    code: "CONFLICT",
  });
  const last = (await getClaimHistory(db.prisma, ua.id))!.at(-1)!;
  expect(last).toMatchObject({ kind: "SUBMISSION_INVALIDATED", userName: "Frieda Freigabe" });
  expect(last.changes).toEqual([{ label: "Status", before: "zur Freigabe eingereicht", after: "in Prüfung" }]);
});

test("a review without an audit event (from before the audit) is still listed, by its time", async () => {
  const editor = await makeRoleUser(db.prisma, "Erika Redaktion", "EDITOR");
  const { us } = await makeArticle(db.prisma);
  await db.prisma.review.create({
    data: { claimId: us.id, userId: editor.id, kind: "CONTENT", verdict: "DISPUTED", rationale: "Alt.", evidence: [] },
  });
  const history = (await getClaimHistory(db.prisma, us.id))!;
  expect(history.map((e) => e.kind)).toEqual(["EXTRACTED", "CONTENT_VERDICT"]);
  expect(history[1]).toMatchObject({ userName: "Erika Redaktion", verdict: { label: "umstritten", rationale: "Alt." } });
});

test("the panel data: history, the return comment while RETURNED, null for an unknown claim", async () => {
  const editor = await makeRoleUser(db.prisma, "Erika Redaktion", "EDITOR");
  const approver = await makeRoleUser(db.prisma, "Frieda Freigabe", "APPROVER");
  const { article, ua } = await makeArticle(db.prisma);
  const reviewed = await saveContentVerdict(db.prisma, editor, {
    claimId: ua.id,
    version: 0,
    verdict: "VERIFIED",
    rationale: "Bestätigt.",
    evidence: [EVIDENCE_INDEPENDENT],
  });
  const submitted = await submitClaim(db.prisma, editor, { claimId: ua.id, version: reviewed.version });
  await returnClaim(db.prisma, approver, { claimId: ua.id, version: submitted.version, comment: "Quelle fehlt." });
  const panel = (await getClaimPanel(db.prisma, article.id, ua.id))!;
  expect(panel.status).toBe("RETURNED");
  expect(panel.returnNote).toMatchObject({ text: "Quelle fehlt.", userName: "Frieda Freigabe" });
  expect(panel.history.map((e) => e.kind)).toEqual(["EXTRACTED", "CONTENT_VERDICT", "SUBMITTED", "RETURNED"]);
  expect(await getClaimPanel(db.prisma, article.id, "unbekannt0000000000000000")).toBeNull();
  expect(await getClaimHistory(db.prisma, "unbekannt0000000000000000")).toBeNull();
});
