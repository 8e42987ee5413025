// The approver's inbox on a real database: only SUBMITTED claims, newest submission first and
// grouped by article, with verdicts, evidence domains and their registry owner and party, the
// machine's attribution next to the effective one, who submitted when (from the audit), the
// version and fingerprint to approve with, and the viewer's own reviewed claims marked.
import { countWaitingClaims, loadInbox, parseInboxCursor } from "@/lib/approvals/inbox";
import type { InboxClaim } from "@/lib/approvals/inbox-types";
import { approveClaim, returnClaim, submitClaim, type ApprovalUser } from "@/lib/approvals/workflow";
import { correctClaim } from "@/lib/claims/corrections";
import { saveAttributionVerdict, saveContentVerdict } from "@/lib/reviews/verdicts";
import { setupTestDatabase } from "../../helpers/test-db";
import { EVIDENCE_INDEPENDENT, makeArticle } from "../reviews/fixtures";
import { makeRoleUser, reviewedClaim } from "./fixtures";

const db = setupTestDatabase();

async function people() {
  const editor = await makeRoleUser(db.prisma, "Erika Redaktion", "EDITOR");
  const approver = await makeRoleUser(db.prisma, "Frieda Freigabe", "APPROVER");
  return { editor, approver };
}

/** Reviews a claim (content verdict) and submits it; returns the submission result. */
async function reviewAndSubmit(editor: ApprovalUser, claimId: string) {
  const verdict = await saveContentVerdict(db.prisma, editor, {
    claimId,
    version: (await db.prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).version,
    verdict: "UNVERIFIABLE",
    rationale: "Keine zweite Quelle.",
    evidence: [],
  });
  return submitClaim(db.prisma, editor, { claimId, version: verdict.version });
}

function claimsOf(inbox: Awaited<ReturnType<typeof loadInbox>>): InboxClaim[] {
  return inbox.articles.flatMap((a) => a.claims);
}

test("a submitted claim with everything the approver judges it by", async () => {
  const { editor, approver } = await people();
  await db.prisma.actor.create({
    data: {
      canonicalName: "Verteidigungsministerium der Ukraine",
      party: "UA",
      official: true,
      kind: "BODY",
      domains: ["mod.gov.ua", "t.me/ministry_of_defense_ua"],
    },
  });
  const { article, ua } = await makeArticle(db.prisma);
  const content = await saveContentVerdict(db.prisma, editor, {
    claimId: ua.id,
    version: 0,
    verdict: "VERIFIED",
    rationale: "Analyse und Ministerium stimmen überein.",
    evidence: [
      EVIDENCE_INDEPENDENT,
      { url: "https://www.mod.gov.ua/news/11000", note: "Ministerium", independent: false },
      { url: "https://t.me/ministry_of_defense_ua/123", note: "Kanal", independent: false },
    ],
  });
  const attribution = await saveAttributionVerdict(db.prisma, editor, {
    claimId: ua.id,
    version: content.version,
    verdict: "CONFIRMED",
    originalUrl: "https://www.president.gov.ua/news/rede",
    correctSource: "",
    rationale: "Rede im Original gefunden.",
  });
  const corrected = await correctClaim(db.prisma, editor, {
    claimId: ua.id,
    version: attribution.version,
    kind: "ACTOR_PARTY",
    actorName: "Ukrainischer Generalstab",
    party: "UA",
    official: true,
  });
  const submitted = await submitClaim(db.prisma, editor, { claimId: ua.id, version: corrected.version });
  const submitEvent = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: ua.id, action: "claim.submit" } });

  const inbox = await loadInbox(db.prisma, approver);
  const group = inbox.articles.find((a) => a.id === article.id)!;
  expect(group).toMatchObject({ title: "Testartikel", outlet: "Test" });
  // Only the submitted claim of the article is waiting; the open ones are not.
  expect(group.claims.map((c) => c.id)).toEqual([ua.id]);
  const claim = group.claims[0];
  expect(claim).toMatchObject({
    valueText: "11.000",
    what: "nordkoreanische Soldaten",
    source: { actorName: "Ukrainischer Generalstab", party: "UA", official: true, caveat: true },
    machine: { actorName: "Wolodymyr Selenskyj", party: "UA", official: true, caveat: true },
    machineDiffers: true,
    contentVerdict: "VERIFIED",
    attributionVerdict: "CONFIRMED",
    submittedBy: "Erika Redaktion",
    submittedAt: submitEvent.createdAt.toISOString(),
    version: submitted.version,
    fingerprint: submitted.fingerprint,
    reviewedByViewer: false,
  });
  expect(claim.contentReview).toMatchObject({
    verdictLabel: "belegt",
    rationale: "Analyse und Ministerium stimmen überein.",
    userName: "Erika Redaktion",
  });
  expect(claim.contentReview!.evidence).toEqual([
    { ...EVIDENCE_INDEPENDENT, domain: "example.org", owner: null },
    {
      url: "https://www.mod.gov.ua/news/11000",
      note: "Ministerium",
      independent: false,
      domain: "mod.gov.ua",
      owner: { name: "Verteidigungsministerium der Ukraine", party: "UA", official: true },
    },
    {
      url: "https://t.me/ministry_of_defense_ua/123",
      note: "Kanal",
      independent: false,
      domain: "t.me/ministry_of_defense_ua",
      owner: { name: "Verteidigungsministerium der Ukraine", party: "UA", official: true },
    },
  ]);
  expect(claim.attributionReview).toMatchObject({
    verdictLabel: "bestätigt",
    rationale: "Rede im Original gefunden.",
    evidence: [{ url: "https://www.president.gov.ua/news/rede", domain: "president.gov.ua", owner: null }],
  });
});

test("newest submission first, grouped by article (claims in text order), capped with the total", async () => {
  const { editor, approver } = await people();
  const a = await makeArticle(db.prisma);
  const b = await makeArticle(db.prisma);
  const waitingBefore = await countWaitingClaims(db.prisma);
  // A's later claim first, then B's, then A's earlier claim: A holds the newest submission.
  await reviewAndSubmit(editor, a.ru.id);
  await reviewAndSubmit(editor, b.us.id);
  await reviewAndSubmit(editor, a.ua.id);

  const inbox = await loadInbox(db.prisma, approver);
  expect(inbox.total).toBe(waitingBefore + 3);
  expect(await countWaitingClaims(db.prisma)).toBe(waitingBefore + 3);
  const order = inbox.articles.map((g) => g.id);
  expect(order.indexOf(a.article.id)).toBeLessThan(order.indexOf(b.article.id));
  expect(order.slice(0, 2)).toEqual([a.article.id, b.article.id]);
  expect(inbox.articles[0].claims.map((c) => c.valueText)).toEqual(["11.000", "42"]);

  const capped = await loadInbox(db.prisma, approver, { limit: 2 });
  expect(capped).toMatchObject({ total: waitingBefore + 3, shown: 2, limit: 2, followUp: false });
  // The two newest submissions: A's 11.000 and B's 500.
  expect(claimsOf(capped).map((c) => c.valueText)).toEqual(["11.000", "500"]);

  // The next page starts after them: A's 42, then whatever was submitted before.
  expect(capped.nextCursor).toMatch(/^\d+\.[A-Za-z0-9_-]+$/);
  const next = await loadInbox(db.prisma, approver, { limit: 2, cursor: parseInboxCursor(capped.nextCursor) });
  expect(next.followUp).toBe(true);
  expect(claimsOf(next)[0].id).toBe(a.ru.id);
  const seen = new Set(claimsOf(capped).map((c) => c.id));
  expect(claimsOf(next).filter((c) => seen.has(c.id))).toEqual([]);
});

test("paging through the whole inbox shows every submitted claim exactly once", async () => {
  const { approver } = await people();
  const all: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: Awaited<ReturnType<typeof loadInbox>> = await loadInbox(db.prisma, approver, {
      limit: 2,
      cursor: parseInboxCursor(cursor),
    });
    all.push(...claimsOf(page).map((c) => c.id));
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor && pages < 100);
  const submitted = await db.prisma.claim.findMany({ where: { status: "SUBMITTED" }, select: { id: true } });
  expect(all.length).toBe(submitted.length);
  expect(new Set(all)).toEqual(new Set(submitted.map((c) => c.id)));
});

test.each([undefined, "", "abc", "1", "1.", ".abc", "1.a b", "12345678901234567890.a", "9999999999999999999.a", ["1.a"]])(
  "a malformed cursor (%j) means the first page",
  (text) => {
    expect(parseInboxCursor(text)).toBeNull();
  },
);

test("approved, returned and unsubmitted claims are not in the inbox", async () => {
  const { editor, approver } = await people();
  const inReview = await reviewedClaim(db.prisma, editor);
  const toApprove = await reviewedClaim(db.prisma, editor);
  const toReturn = await reviewedClaim(db.prisma, editor);
  const s1 = await submitClaim(db.prisma, editor, { claimId: toApprove.id, version: toApprove.version });
  const s2 = await submitClaim(db.prisma, editor, { claimId: toReturn.id, version: toReturn.version });
  await approveClaim(db.prisma, approver, { claimId: toApprove.id, version: s1.version });
  await returnClaim(db.prisma, approver, { claimId: toReturn.id, version: s2.version, comment: "Bitte belegen." });

  const ids = claimsOf(await loadInbox(db.prisma, approver)).map((c) => c.id);
  expect(ids).not.toContain(inReview.id);
  expect(ids).not.toContain(toApprove.id);
  expect(ids).not.toContain(toReturn.id);
});

test("claims the viewer reviewed or corrected are marked for a second person; others see them unmarked", async () => {
  const { editor, approver } = await people();
  const other = await makeRoleUser(db.prisma, "Otto Zweitfreigabe", "APPROVER");
  const reviewedByApprover = await reviewedClaim(db.prisma, approver);
  const s1 = await submitClaim(db.prisma, approver, { claimId: reviewedByApprover.id, version: reviewedByApprover.version });
  const correctedByApprover = await reviewedClaim(db.prisma, editor);
  const corrected = await correctClaim(db.prisma, approver, {
    claimId: correctedByApprover.id,
    version: correctedByApprover.version,
    kind: "ACTOR_PARTY",
    actorName: "Ukrainischer Generalstab",
    party: "UA",
    official: true,
  });
  await submitClaim(db.prisma, editor, { claimId: correctedByApprover.id, version: corrected.version });
  const untouched = await reviewedClaim(db.prisma, editor);
  await submitClaim(db.prisma, editor, { claimId: untouched.id, version: untouched.version });

  const mark = async (viewer: ApprovalUser) => {
    const claims = claimsOf(await loadInbox(db.prisma, viewer));
    const flag = (id: string) => claims.find((c) => c.id === id)?.reviewedByViewer;
    return [flag(reviewedByApprover.id), flag(correctedByApprover.id), flag(untouched.id)];
  };
  expect(await mark(approver)).toEqual([true, true, false]);
  expect(await mark(other)).toEqual([false, false, false]);
  expect(s1.status).toBe("SUBMITTED");
});

test("an empty inbox", async () => {
  const { approver } = await people();
  await db.prisma.claim.updateMany({ where: { status: "SUBMITTED" }, data: { status: "IN_REVIEW", submittedFingerprint: null } });
  expect(await loadInbox(db.prisma, approver)).toEqual({
    total: 0,
    shown: 0,
    limit: 100,
    followUp: false,
    nextCursor: null,
    articles: [],
  });
  expect(await countWaitingClaims(db.prisma)).toBe(0);
});
