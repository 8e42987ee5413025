// "Artikel zur Freigabe einreichen" on a real database: only reviewed claims (IN_REVIEW or
// RETURNED with a content verdict) are submitted, each audited on its own with the outcome per
// claim; concurrent submissions of the same article submit each claim exactly once.
import { submitArticle } from "@/lib/approvals/submit-article";
import { returnClaim, submitClaim } from "@/lib/approvals/workflow";
import { saveAttributionVerdict, saveContentVerdict } from "@/lib/reviews/verdicts";
import { setupTestDatabase } from "../../helpers/test-db";
import { domainError, EVIDENCE_INDEPENDENT, makeArticle } from "../reviews/fixtures";
import { auditActions, makeRoleUser } from "./fixtures";

const db = setupTestDatabase();

async function verdict(editor: { id: string }, claimId: string, version: number) {
  return saveContentVerdict(db.prisma, editor, {
    claimId,
    version,
    verdict: "VERIFIED",
    rationale: "Unabhängig bestätigt.",
    evidence: [EVIDENCE_INDEPENDENT],
  });
}

/** ua: IN_REVIEW; us: RETURNED; ru: only an attribution verdict (still OPEN). */
async function articleInAllStates() {
  const editor = await makeRoleUser(db.prisma, "Erika Redaktion", "EDITOR");
  const approver = await makeRoleUser(db.prisma, "Frieda Freigabe", "APPROVER");
  const { article, ua, us, ru } = await makeArticle(db.prisma);
  await verdict(editor, ua.id, 0);
  const reviewed = await verdict(editor, us.id, 0);
  const submitted = await submitClaim(db.prisma, editor, { claimId: us.id, version: reviewed.version });
  await returnClaim(db.prisma, approver, { claimId: us.id, version: submitted.version, comment: "Bitte zweite Quelle." });
  await saveAttributionVerdict(db.prisma, editor, {
    claimId: ru.id,
    version: 0,
    verdict: "CONFIRMED",
    originalUrl: "https://www.example.org/original",
    correctSource: "",
    rationale: "Steht so im Original.",
  });
  return { editor, approver, article, ua, us, ru };
}

const statusOf = async (id: string) => (await db.prisma.claim.findUniqueOrThrow({ where: { id } })).status;

test("submits the reviewed claims (IN_REVIEW and RETURNED), leaves open ones, audits each", async () => {
  const { editor, article, ua, us, ru } = await articleInAllStates();
  const result = await submitArticle(db.prisma, editor, { articleId: article.id });
  expect(result).toMatchObject({ articleId: article.id, submitted: 2, failed: 0 });
  expect(result.results.map((r) => [r.claimId, r.ok])).toEqual([
    [ua.id, true],
    [us.id, true],
  ]);
  expect([await statusOf(ua.id), await statusOf(us.id), await statusOf(ru.id)]).toEqual(["SUBMITTED", "SUBMITTED", "OPEN"]);
  expect(await auditActions(db.prisma, ua.id)).toEqual(["claim.content_verdict", "claim.submit"]);
  expect((await auditActions(db.prisma, us.id)).slice(-1)).toEqual(["claim.submit"]);
  expect(await auditActions(db.prisma, ru.id)).toEqual(["claim.attribution_verdict"]);
  const submits = await db.prisma.auditEvent.findMany({ where: { action: "claim.submit", entityId: { in: [ua.id, us.id] } } });
  expect(submits.every((e) => e.userId === editor.id)).toBe(true);

  // Nothing left to submit: an empty result, no error.
  expect(await submitArticle(db.prisma, editor, { articleId: article.id })).toMatchObject({ submitted: 0, results: [] });
});

test("two submissions at once: each claim is submitted exactly once, the other gets a per-claim refusal", async () => {
  const { editor, article, ua, us } = await articleInAllStates();
  const [a, b] = await Promise.all([
    submitArticle(db.prisma, editor, { articleId: article.id }),
    submitArticle(db.prisma, editor, { articleId: article.id }),
  ]);
  for (const claim of [ua, us]) {
    const outcomes = [...a.results, ...b.results].filter((r) => r.claimId === claim.id);
    expect(outcomes.filter((r) => r.ok)).toHaveLength(1);
    for (const refused of outcomes.filter((r) => !r.ok)) {
      expect(refused).toMatchObject({ ok: false });
      expect(refused.ok === false && ["CONFLICT", "VALIDATION"].includes(refused.code)).toBe(true);
    }
    expect((await auditActions(db.prisma, claim.id)).filter((action) => action === "claim.submit").length).toBe(
      claim.id === us.id ? 2 : 1,
    );
  }
});

test("an unknown or malformed article is NOT_FOUND; nothing is written", async () => {
  const editor = await makeRoleUser(db.prisma, "Erika Redaktion", "EDITOR");
  const before = await db.prisma.auditEvent.count();
  expect((await domainError(submitArticle(db.prisma, editor, { articleId: "unbekannt0000000000000000" }))).code).toBe(
    "NOT_FOUND",
  );
  expect((await domainError(submitArticle(db.prisma, editor, { articleId: "../x" }))).code).toBe("NOT_FOUND");
  expect((await domainError(submitArticle(db.prisma, editor, {}))).code).toBe("NOT_FOUND");
  expect(await db.prisma.auditEvent.count()).toBe(before);
});

test("a role without claim:submit is refused before anything is read", async () => {
  const { article } = await makeArticle(db.prisma);
  const error = await domainError(submitArticle(db.prisma, { id: "x", role: "NOBODY" as never }, { articleId: article.id }));
  expect(error.code).toBe("FORBIDDEN");
});
