// Returned claims at the top of the editor's queue: the claims this editor submitted (latest
// "claim.submit") that an approver returned, with the approver's name, time and comment (latest
// "claim.return"); gone once resubmitted; someone else's returned claims are not shown. The
// queue names the submitter of SUBMITTED and APPROVED claims.
import { approveClaim, returnClaim, submitClaim } from "@/lib/approvals/workflow";
import { listQueue } from "@/lib/claims/queue";
import { parseQueueFilters } from "@/lib/claims/queue-filters";
import { listQueueHeads } from "@/lib/claims/queue-heads";
import { RETURNED_LIMIT } from "@/lib/claims/returned";
import { rechecksFor } from "@/lib/clusters/recheck";
import { setupTestDatabase } from "../../helpers/test-db";
import { makeRoleUser, reviewedClaim } from "../approvals/fixtures";

const db = setupTestDatabase();
type RoleUser = Awaited<ReturnType<typeof makeRoleUser>>;

async function setup() {
  const anna = await makeRoleUser(db.prisma, "Anna Redaktion", "EDITOR");
  const ben = await makeRoleUser(db.prisma, "Ben Redaktion", "EDITOR");
  const frieda = await makeRoleUser(db.prisma, "Frieda Freigabe", "APPROVER");
  return { anna, ben, frieda };
}

/** The returned claims as the queue's first page reads them (lib/claims/queue-heads.ts). */
async function returnedTo(userId: string, limit = RETURNED_LIMIT) {
  return (await listQueueHeads(db.prisma, userId, limit)).returned;
}

/** Three claims of `editor`, each submitted and returned by `approver`; their ids, oldest first. */
async function returnThree(editor: RoleUser, approver: RoleUser): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) {
    const claim = await reviewedClaim(db.prisma, editor);
    const submitted = await submitClaim(db.prisma, editor, { claimId: claim.id, version: claim.version });
    await returnClaim(db.prisma, approver, { claimId: claim.id, version: submitted.version, comment: `Kommentar ${i}` });
    ids.push(claim.id);
  }
  return ids;
}

test("an editor sees the claims returned to them with the approver's comment; resubmitting removes them", async () => {
  const { anna, ben, frieda } = await setup();
  const claim = await reviewedClaim(db.prisma, anna);
  const submitted = await submitClaim(db.prisma, anna, { claimId: claim.id, version: claim.version });
  expect((await returnedTo(anna.id)).claims).toEqual([]);
  const returned = await returnClaim(db.prisma, frieda, {
    claimId: claim.id,
    version: submitted.version,
    comment: "Quelle fehlt: bitte den Link zur Originalmeldung ergänzen.",
  });

  const mine = await returnedTo(anna.id);
  expect(mine.more).toBe(false);
  expect(mine.claims).toEqual([
    expect.objectContaining({
      id: claim.id,
      articleId: claim.articleId,
      valueText: "11.000",
      returnedBy: "Frieda Freigabe",
      comment: "Quelle fehlt: bitte den Link zur Originalmeldung ergänzen.",
      returnedAt: expect.any(Date),
    }),
  ]);
  // Ben did not submit it, Frieda only returned it.
  expect((await returnedTo(ben.id)).claims).toEqual([]);
  expect((await returnedTo(frieda.id)).claims).toEqual([]);

  await submitClaim(db.prisma, anna, { claimId: claim.id, version: returned.version });
  expect((await returnedTo(anna.id)).claims).toEqual([]);
});

test("the latest submission and the latest return count", async () => {
  const { anna, ben, frieda } = await setup();
  const claim = await reviewedClaim(db.prisma, anna);
  let version = (await submitClaim(db.prisma, anna, { claimId: claim.id, version: claim.version })).version;
  version = (await returnClaim(db.prisma, frieda, { claimId: claim.id, version, comment: "Erster Kommentar" })).version;
  // Ben takes it over and submits it; the second return goes to him, with the second comment.
  version = (await submitClaim(db.prisma, ben, { claimId: claim.id, version })).version;
  await returnClaim(db.prisma, frieda, { claimId: claim.id, version, comment: "Zweiter Kommentar" });

  expect((await returnedTo(anna.id)).claims).toEqual([]);
  expect((await returnedTo(ben.id)).claims).toEqual([expect.objectContaining({ id: claim.id, comment: "Zweiter Kommentar" })]);
});

test("the queue names who submitted SUBMITTED and APPROVED claims, and nobody for others", async () => {
  const { anna, ben, frieda } = await setup();
  const waiting = await reviewedClaim(db.prisma, anna);
  await submitClaim(db.prisma, anna, { claimId: waiting.id, version: waiting.version });
  const approved = await reviewedClaim(db.prisma, ben);
  const submitted = await submitClaim(db.prisma, ben, { claimId: approved.id, version: approved.version });
  await approveClaim(db.prisma, frieda, { claimId: approved.id, version: submitted.version });
  const inReview = await reviewedClaim(db.prisma, anna);

  const page = await listQueue(db.prisma, { ...parseQueueFilters({}).filters, limit: 100 });
  const submitter = (id: string) => page.items.find((item) => item.id === id)?.submittedBy;
  expect(submitter(waiting.id)).toBe("Anna Redaktion");
  expect(submitter(approved.id)).toBe("Ben Redaktion");
  expect(submitter(inReview.id)).toBeNull();
});

test("a shorter list keeps the newest returned claims and counts all of them", async () => {
  const { anna, frieda } = await setup();
  const ids = await returnThree(anna, frieda);
  const newestFirst = [...ids].reverse();

  const short = await returnedTo(anna.id, 2);
  expect(short.claims.map((c) => c.id)).toEqual(newestFirst.slice(0, 2));
  expect(short.total).toBe(3);
  expect(short.more).toBe(true);

  const all = await returnedTo(anna.id);
  expect(all.claims.map((c) => c.id)).toEqual(newestFirst);
  expect(all.total).toBe(3);
  expect(all.more).toBe(false);
});

test("the first page's heads in one query: the newest returned claims and the same rechecks as /approvals", async () => {
  const { anna, ben, frieda } = await setup();
  const ids = await returnThree(anna, frieda);
  const flagged = await reviewedClaim(db.prisma, anna);
  await submitClaim(db.prisma, anna, { claimId: flagged.id, version: flagged.version });
  await db.prisma.claimRecheck.create({
    data: { claimId: flagged.id, articleId: flagged.articleId, reason: "neue abweichende Meldung" },
  });

  const heads = await listQueueHeads(db.prisma, anna.id, 2);
  expect(heads.rechecks).toEqual(await rechecksFor(db.prisma, anna.id));
  expect(heads.returned.claims.map((c) => c.id)).toEqual([ids[2], ids[1]]);
  expect(heads.returned).toMatchObject({ total: 3, more: true });
  expect(heads.returned.claims[0].returnedAt).toBeInstanceOf(Date);
  expect(heads.rechecks.map((r) => r.claimId)).toEqual([flagged.id]);
  expect(await listQueueHeads(db.prisma, ben.id, 2)).toEqual({ returned: { claims: [], total: 0, more: false }, rechecks: [] });
});
