// Proposing an approved verdict to the other claims of its cluster (issue #10) on the demo corpus:
// proposals created and skipped with the reason, the audit naming the source claim, the panel,
// accepting (it becomes the editor's own verdict; submit and a second person's approval still
// needed, the proposer counts as involved), discarding, a source reopened since, concurrent
// proposers and deciders, and bad input.
import { loadInbox } from "@/lib/approvals/inbox";
import { approveClaim, FOUR_EYES_PROPOSER_MESSAGE, reopenClaim, submitClaim } from "@/lib/approvals/workflow";
import type { Role } from "@/lib/auth/permissions";
import { getClaimPanel } from "@/lib/claims/claim-panel";
import { decideVerdictProposal, PROPOSAL_ACTIONS, proposeClusterVerdict } from "@/lib/clusters/verdict-proposals";
import { seedDemo } from "@/lib/seed/seed-demo";
import { saveContentVerdict } from "@/lib/reviews/verdicts";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();

interface User {
  id: string;
  role: Role;
  name: string;
}
const users: Record<"editor" | "editor2" | "approver" | "approver2", User> = {} as never;

async function user(email: string, role: Role, name: string): Promise<User> {
  const row = await db.prisma.user.create({ data: { email, role, name, passwordHash: "x" } });
  return { id: row.id, role, name };
}

beforeAll(async () => {
  await seedDemo(db.prisma);
  users.editor = await user("r1@example.org", "EDITOR", "Rita Redaktion");
  users.editor2 = await user("r2@example.org", "EDITOR", "Rolf Redaktion");
  users.approver = await user("f1@example.org", "APPROVER", "Frieda Freigabe");
  users.approver2 = await user("f2@example.org", "APPROVER", "Franz Freigabe");
});

const EVIDENCE = [{ url: "https://www.reuters.com/kursk", note: "Reuters bestätigt die Zahl", independent: true }];

/** Verdict by the editor, submitted, approved by the first approver – the real workflow. */
async function approve(claimId: string, evidence = EVIDENCE) {
  const claim = await db.prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
  const verdict = await saveContentVerdict(db.prisma, users.editor, {
    claimId,
    version: claim.version,
    verdict: "VERIFIED",
    rationale: "Von Reuters unabhängig bestätigt.",
    evidence,
  });
  const submitted = await submitClaim(db.prisma, users.editor, { claimId, version: verdict.version });
  await approveClaim(db.prisma, users.approver, { claimId, version: submitted.version });
}

/** The claims of a demo cluster (by event), ordered by id. */
async function clusterClaims(event: string, attribute = "KP") {
  const members = await db.prisma.$queryRaw<{ id: string }[]>`
    SELECT c.id FROM claims c JOIN claim_cluster_members m ON m.claim_id = c.id
     WHERE m.cluster_id = (SELECT m2.cluster_id FROM claim_cluster_members m2 JOIN claims c2 ON c2.id = m2.claim_id
                            WHERE c2.event = ${event} AND c2.thing_attribute = ${attribute} LIMIT 1)
     ORDER BY c.id`;
  return members.map((m) => m.id);
}

const claimOf = (id: string) => db.prisma.claim.findUniqueOrThrow({ where: { id } });
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe("the 11.000 cluster: proposed, accepted, four-eyes", () => {
  let source: string;
  let approvedOther: string;
  let receivers: string[];

  beforeAll(async () => {
    [source, approvedOther, ...receivers] = await clusterClaims("eingetroffen");
    expect(receivers.length).toBeGreaterThan(0);
    await approve(source);
    await approve(approvedOther);
  });

  test("one step proposes the verdict to every claim without one and says which were skipped and why", async () => {
    const before = await Promise.all(receivers.map(claimOf));
    const result = await proposeClusterVerdict(db.prisma, users.approver2, { claimId: source });
    expect(result.created.map((c) => c.claimId).sort()).toEqual([...receivers].sort());
    expect(result.skipped).toEqual([{ claimId: approvedOther, reason: "APPROVED" }]);
    const n = receivers.length;
    expect(result.message).toBe(`${n} ${n === 1 ? "Vorschlag" : "Vorschläge"} angelegt, 1 übersprungen: bereits freigegeben`);

    // nothing about the receiving claims changed
    const after = await Promise.all(receivers.map(claimOf));
    expect(after.map((c) => [c.status, c.version, c.contentVerdict])).toEqual(before.map((c) => [c.status, c.version, null]));

    // the audit names the source on each receiving claim and lists the outcome on the source
    const proposed = await db.prisma.auditEvent.findMany({ where: { action: PROPOSAL_ACTIONS.PROPOSED } });
    expect(proposed.map((e) => e.entityId).sort()).toEqual([...receivers].sort());
    for (const event of proposed) {
      expect(event).toMatchObject({
        userId: users.approver2.id,
        after: { sourceClaimId: source, approvedBy: "Frieda Freigabe" },
      });
    }
    const sent = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: PROPOSAL_ACTIONS.SENT, entityId: source } });
    expect(sent.after).toMatchObject({ skipped: [{ claimId: approvedOther, reason: "APPROVED" }] });

    // the receiving claim's panel shows where it came from
    const receiver = await claimOf(receivers[0]);
    const panel = await getClaimPanel(db.prisma, receiver.articleId, receiver.id);
    expect(panel?.proposal).toMatchObject({
      verdict: "VERIFIED",
      sourceClaimId: source,
      sourceValueText: "11.000",
      approvedByName: "Frieda Freigabe",
      proposedByName: "Franz Freigabe",
      sourceStillApproved: true,
      evidence: EVIDENCE,
    });
    expect(panel?.proposal?.rationale).toMatch(
      /^Übernommen aus Meldung „11\.000“ in „.+“, freigegeben von Frieda Freigabe: Von Reuters/,
    );
    expect(panel?.history.at(-1)?.title).toBe("Urteil aus der Gruppe vorgeschlagen");

    // asked again: nothing doubles
    const again = await proposeClusterVerdict(db.prisma, users.editor, { claimId: source });
    expect(again.created).toEqual([]);
    expect(again.message).toBe(
      `Kein Vorschlag angelegt, ${n + 1} übersprungen: 1 bereits freigegeben, ${n} Vorschlag liegt bereits vor`,
    );
  });

  test("accepted, it becomes the editor's own verdict; approval still needs a second person who did not propose it", async () => {
    const receiver = await claimOf(receivers[0]);
    const proposal = await db.prisma.verdictProposal.findFirstOrThrow({ where: { claimId: receiver.id, status: "PROPOSED" } });
    const accepted = await decideVerdictProposal(db.prisma, users.editor2, {
      proposalId: proposal.id,
      decision: "accept",
      version: receiver.version,
    });
    const after = await claimOf(receiver.id);
    expect(after).toMatchObject({ status: "IN_REVIEW", contentVerdict: "VERIFIED", version: accepted.version });
    const review = await db.prisma.review.findUniqueOrThrow({ where: { id: accepted.reviewId! } });
    expect(review).toMatchObject({ userId: users.editor2.id, rationale: proposal.rationale, evidence: EVIDENCE });
    const verdictEvent = await db.prisma.auditEvent.findFirstOrThrow({
      where: { action: "claim.content_verdict", entityId: receiver.id },
    });
    expect(verdictEvent.after).toMatchObject({ review: { proposal: { id: proposal.id, sourceClaimId: source } } });
    expect(
      await db.prisma.auditEvent.count({
        where: { action: PROPOSAL_ACTIONS.ACCEPTED, entityId: receiver.id, userId: users.editor2.id },
      }),
    ).toBe(1);
    expect((await getClaimPanel(db.prisma, after.articleId, after.id))?.proposal).toBeNull();

    // four-eyes: submitted by the accepting editor, not approvable by the proposer, approved by another approver
    const submitted = await submitClaim(db.prisma, users.editor2, { claimId: receiver.id, version: after.version });
    const byProposer = await rejection(
      approveClaim(db.prisma, users.approver2, { claimId: receiver.id, version: submitted.version }),
    );
    expect(byProposer).toMatchObject({ code: "FORBIDDEN", message: FOUR_EYES_PROPOSER_MESSAGE });
    // the approvals inbox marks it for the proposer as for someone who reviewed it
    const inbox = await loadInbox(db.prisma, users.approver2);
    const listed = inbox.articles.flatMap((a) => a.claims).find((c) => c.id === receiver.id);
    expect(listed).toMatchObject({ reviewedByViewer: true });
    const approved = await approveClaim(db.prisma, users.approver, { claimId: receiver.id, version: submitted.version });
    expect(approved.status).toBe("APPROVED");

    // deciding again is refused
    const twice = await rejection(
      decideVerdictProposal(db.prisma, users.editor, { proposalId: proposal.id, decision: "discard" }),
    );
    expect(twice).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("von Rolf Redaktion übernommen") });
  });
});

describe("the 'mehr als 10.000' cluster: concurrency, discarding, a reopened source, bad input", () => {
  let source: string;
  let receivers: string[];

  beforeAll(async () => {
    [source, ...receivers] = await clusterClaims("entsandt");
    expect(receivers.length).toBeGreaterThanOrEqual(2);
    await approve(source);
  });

  test("two editors proposing at once create one proposal per claim", async () => {
    const results = await Promise.all([
      proposeClusterVerdict(db.prisma, users.editor, { claimId: source }),
      proposeClusterVerdict(db.prisma, users.editor2, { claimId: source }),
    ]);
    expect(results.map((r) => r.created.length).sort()).toEqual([0, receivers.length]);
    expect(await db.prisma.verdictProposal.count({ where: { claimId: { in: receivers }, status: "PROPOSED" } })).toBe(
      receivers.length,
    );
  });

  test("accept and discard at once: exactly one wins", async () => {
    const claim = await claimOf(receivers[0]);
    const proposal = await db.prisma.verdictProposal.findFirstOrThrow({ where: { claimId: claim.id, status: "PROPOSED" } });
    const outcomes = await Promise.allSettled([
      decideVerdictProposal(db.prisma, users.editor, { proposalId: proposal.id, decision: "accept", version: claim.version }),
      decideVerdictProposal(db.prisma, users.editor2, { proposalId: proposal.id, decision: "discard" }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const lost = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ code: "CONFLICT" });
    const closed = await db.prisma.verdictProposal.findUniqueOrThrow({ where: { id: proposal.id } });
    const after = await claimOf(claim.id);
    expect(after.contentVerdict === null).toBe(closed.status === "DISCARDED");
    expect(await db.prisma.review.count({ where: { claimId: claim.id } })).toBe(closed.status === "ACCEPTED" ? 1 : 0);
  });

  test("discarded, the claim stays as it was; a source reopened since can no longer be taken over", async () => {
    const claim = await claimOf(receivers[1]);
    const proposal = await db.prisma.verdictProposal.findFirstOrThrow({ where: { claimId: claim.id, status: "PROPOSED" } });
    await decideVerdictProposal(db.prisma, users.editor, { proposalId: proposal.id, decision: "discard" });
    expect(await claimOf(claim.id)).toMatchObject({ version: claim.version, status: claim.status, contentVerdict: null });
    expect(await db.prisma.auditEvent.count({ where: { action: PROPOSAL_ACTIONS.DISCARDED, entityId: claim.id } })).toBe(1);
    expect((await getClaimPanel(db.prisma, claim.articleId, claim.id))?.proposal).toBeNull();

    // proposed anew, then the source is reopened: the proposal is stale
    await proposeClusterVerdict(db.prisma, users.editor, { claimId: source });
    const fresh = await db.prisma.verdictProposal.findFirstOrThrow({ where: { claimId: claim.id, status: "PROPOSED" } });
    const src = await claimOf(source);
    await reopenClaim(db.prisma, users.approver2, { claimId: source, version: src.version, reason: "Neue Zahlen" });
    expect((await getClaimPanel(db.prisma, claim.articleId, claim.id))?.proposal?.sourceStillApproved).toBe(false);
    const stale = await rejection(
      decideVerdictProposal(db.prisma, users.editor, { proposalId: fresh.id, decision: "accept", version: claim.version }),
    );
    expect(stale).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("wieder geöffnet") });
    expect(await claimOf(claim.id)).toMatchObject({ contentVerdict: null });
    // and a claim that is not approved proposes nothing
    const notApproved = await rejection(proposeClusterVerdict(db.prisma, users.editor, { claimId: source }));
    expect(notApproved).toMatchObject({ code: "VALIDATION", message: expect.stringContaining("freigegebenen Behauptung") });
  });

  test("bad input gets a German message, never a crash", async () => {
    const cases: [() => Promise<unknown>, object][] = [
      [
        () => proposeClusterVerdict(db.prisma, users.editor, {}),
        { code: "VALIDATION", fieldErrors: { claimId: expect.any(String) } },
      ],
      [() => proposeClusterVerdict(db.prisma, users.editor, { claimId: "unbekannt0000000000000000" }), { code: "NOT_FOUND" }],
      [
        () => decideVerdictProposal(db.prisma, users.editor, { proposalId: "x", decision: "annehmen" }),
        { code: "VALIDATION", fieldErrors: { decision: expect.stringContaining("übernommen") } },
      ],
      [
        () => decideVerdictProposal(db.prisma, users.editor, { proposalId: "x", decision: "accept" }),
        { code: "VALIDATION", fieldErrors: { version: expect.stringContaining("Bearbeitungsstand") } },
      ],
      [
        () => decideVerdictProposal(db.prisma, users.editor, { proposalId: "unbekannt", decision: "discard" }),
        { code: "NOT_FOUND", message: expect.stringContaining("Vorschlag") },
      ],
      [
        () =>
          decideVerdictProposal(
            db.prisma,
            { id: users.editor.id, role: "NOBODY" as Role },
            { proposalId: "x", decision: "discard" },
          ),
        { code: "FORBIDDEN" },
      ],
    ];
    for (const [call, expected] of cases) expect(await rejection(call())).toMatchObject(expected);
  });
});

test("a verdict the receiving claim's source would not allow is skipped, with the rule as the reason", async () => {
  // "belegt" without an independent source: fine for a US figure, not for a conflict party's
  const [source, ...others] = await clusterClaims("gebunden", "RU");
  expect(others.length).toBeGreaterThan(0);
  await db.prisma.claim.update({ where: { id: source }, data: { party: "US" } });
  await db.prisma.claim.updateMany({ where: { id: { in: others } }, data: { party: "UA" } });
  await approve(source, [{ ...EVIDENCE[0], independent: false }]);
  const result = await proposeClusterVerdict(db.prisma, users.editor, { claimId: source });
  expect(result.created).toEqual([]);
  expect(result.skipped).toEqual(
    others.map((claimId) => ({ claimId, reason: "NOT_ALLOWED", detail: expect.stringContaining("Konfliktpartei (UA)") })),
  );
  expect(result.message).toBe(`Kein Vorschlag angelegt, ${others.length} übersprungen: Urteil für diese Quelle nicht zulässig`);
});
