// The four-eyes JSON routes over real HTTP against the built app: editor reviews and submits,
// the reviewer cannot approve (403, German reason), a missing comment is a 400 with a field
// message, the claim comes from the path (never the body), a second person approves and an
// approver reopens with a reason.
import { setupTestDatabase } from "../../helpers/test-db";
import { setupApiUsers } from "../http/http-client";
import { makeArticle } from "../reviews/fixtures";
import { auditActions } from "./fixtures";

jest.setTimeout(300000);

const db = setupTestDatabase();
const { post } = setupApiUsers(
  db,
  [
    ["redaktion", "EDITOR"],
    ["freigabe", "APPROVER"],
    ["freigabe-zwei", "APPROVER"],
  ],
  "freigabe-Passwort-12",
);

test("submit → four-eyes refusal → return needs a comment → approve → reopen", async () => {
  const { ua, us } = await makeArticle(db.prisma);
  const verdict = await post("freigabe", `/api/claims/${ua.id}/content-verdict`, {
    version: 0,
    verdict: "UNVERIFIABLE",
    rationale: "Keine unabhängige Quelle.",
    evidence: [],
  });
  expect(verdict.status).toBe(200);

  // The body names another claim: the path decides.
  const submitted = await post("redaktion", `/api/claims/${ua.id}/submit`, { claimId: us.id, version: 1 });
  expect(submitted.status).toBe(200);
  expect(submitted.json.data).toMatchObject({ claimId: ua.id, status: "SUBMITTED", version: 2 });
  expect((await db.prisma.claim.findUniqueOrThrow({ where: { id: us.id } })).status).toBe("OPEN");

  const byEditor = await post("redaktion", `/api/claims/${ua.id}/approve`, { version: 2 });
  expect(byEditor.status).toBe(403);

  const byReviewer = await post("freigabe", `/api/claims/${ua.id}/approve`, { version: 2 });
  expect(byReviewer.status).toBe(403);
  expect(byReviewer.json.error).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/^Vier-Augen-Prinzip/) });

  const noComment = await post("freigabe-zwei", `/api/claims/${ua.id}/return`, { version: 2, comment: "" });
  expect(noComment.status).toBe(400);
  expect(noComment.json.error.fieldErrors.comment).toMatch(/Bitte einen Kommentar/);

  const stale = await post("freigabe-zwei", `/api/claims/${ua.id}/approve`, { version: 1 });
  expect(stale.status).toBe(409);

  const approved = await post("freigabe-zwei", `/api/claims/${ua.id}/approve`, {
    version: 2,
    fingerprint: submitted.json.data.fingerprint,
  });
  expect(approved.status).toBe(200);
  expect(approved.json.data).toMatchObject({ status: "APPROVED", version: 3 });

  const reopenByEditor = await post("redaktion", `/api/claims/${ua.id}/reopen`, { version: 3, reason: "Neue Lage." });
  expect(reopenByEditor.status).toBe(403);
  const reopened = await post("freigabe", `/api/claims/${ua.id}/reopen`, { version: 3, reason: "Neue Lage." });
  expect(reopened.status).toBe(200);
  expect(reopened.json.data).toMatchObject({ status: "IN_REVIEW", version: 4 });

  expect(await auditActions(db.prisma, ua.id)).toEqual([
    "claim.content_verdict",
    "claim.submit",
    "claim.approve",
    "claim.reopen",
  ]);
});
