// Two editors save the same claim at the same time, on a real database: the
// optimistic lock lets exactly one win; the other gets CONFLICT with the
// winner's verdict and nothing of theirs is written.
import { createPrismaClient } from "@/lib/db/prisma";
import { DomainError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit";
import { correctClaim } from "@/lib/claims/corrections";
import { lockedClaimUpdate } from "@/lib/claims/locking";
import type { ConflictDetails } from "@/lib/claims/conflict-details";
import { saveAttributionVerdict, saveContentVerdict } from "@/lib/reviews/verdicts";
import { setupTestDatabase } from "../../helpers/test-db";
import { EVIDENCE_INDEPENDENT, makeArticle, makeUser } from "./fixtures";

const db = setupTestDatabase();
let second: PrismaClient;

beforeAll(() => {
  // A second client (own connection pool) like a second app server process.
  second = createPrismaClient(db.url);
});
afterAll(() => second?.$disconnect());

test.each(Array.from({ length: 5 }, (_, i) => i + 1))("racing content verdicts, round %i: exactly one wins", async () => {
  const anna = await makeUser(db.prisma, "Anna Prüfer");
  const ben = await makeUser(db.prisma, "Ben Gegenlese");
  const { ua } = await makeArticle(db.prisma);
  const inputs = [
    { claimId: ua.id, version: 0, verdict: "VERIFIED", rationale: "Unabhängig bestätigt.", evidence: [EVIDENCE_INDEPENDENT] },
    {
      claimId: ua.id,
      version: 0,
      verdict: "DISPUTED",
      rationale: "Satellitenbilder widersprechen.",
      evidence: [EVIDENCE_INDEPENDENT],
    },
  ];
  const results = await Promise.allSettled([
    saveContentVerdict(db.prisma, anna, inputs[0]),
    saveContentVerdict(second, ben, inputs[1]),
  ]);
  const won = results.filter((r) => r.status === "fulfilled");
  const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  expect(won).toHaveLength(1);
  expect(lost).toHaveLength(1);
  const winnerIndex = results[0].status === "fulfilled" ? 0 : 1;
  const winner = [anna, ben][winnerIndex];
  const winnerInput = inputs[winnerIndex];

  const error = lost[0].reason;
  expect(error).toBeInstanceOf(DomainError);
  expect(error.code).toBe("CONFLICT");
  expect(error.message).toContain(winner.name);
  const details = error.details as ConflictDetails;
  expect(details).toMatchObject({
    claimId: ua.id,
    currentVersion: 1,
    contentVerdict: winnerInput.verdict,
    lastReview: { kind: "CONTENT", verdict: winnerInput.verdict, rationale: winnerInput.rationale, userName: winner.name },
  });

  const claim = await db.prisma.claim.findUniqueOrThrow({ where: { id: ua.id } });
  expect(claim).toMatchObject({ version: 1, contentVerdict: winnerInput.verdict, status: "IN_REVIEW" });
  const reviews = await db.prisma.review.findMany({ where: { claimId: ua.id } });
  expect(reviews).toHaveLength(1);
  expect(reviews[0].userId).toBe(winner.id);
  expect(await db.prisma.auditEvent.count({ where: { entityType: "Claim", entityId: ua.id } })).toBe(1);
});

test("a verdict racing a correction: one wins, the loser learns what changed", async () => {
  const anna = await makeUser(db.prisma, "Anna Prüfer");
  const ben = await makeUser(db.prisma, "Ben Korrektor");
  const { us } = await makeArticle(db.prisma);
  const results = await Promise.allSettled([
    saveAttributionVerdict(db.prisma, anna, {
      claimId: us.id,
      version: 0,
      verdict: "NOT_FOUND",
      originalUrl: "",
      correctSource: "",
      rationale: "Keine Mitteilung gefunden.",
    }),
    correctClaim(second, ben, {
      claimId: us.id,
      version: 0,
      kind: "ACTOR_PARTY",
      actorName: "Weißes Haus",
      party: "US",
      official: true,
    }),
  ]);
  expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  const lost = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
  expect(lost.reason.code).toBe("CONFLICT");
  expect(await db.prisma.auditEvent.count({ where: { entityId: us.id } })).toBe(1);
  const claim = await db.prisma.claim.findUniqueOrThrow({ where: { id: us.id } });
  expect(claim.version).toBe(1);
  const reviews = await db.prisma.review.count({ where: { claimId: us.id } });
  const corrections = await db.prisma.claimCorrection.count({ where: { claimId: us.id } });
  expect(reviews + corrections).toBe(1);
});

test("the write itself is guarded: a save that read the old version loses at updateMany, not at a pre-check", async () => {
  const anna = await makeUser(db.prisma, "Anna Prüfer");
  const ben = await makeUser(db.prisma, "Ben Gegenlese");
  const { ru } = await makeArticle(db.prisma);
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let updated!: () => void;
  const hasUpdated = new Promise<void>((r) => (updated = r));
  // Anna's save: updates (row now locked, version 1 uncommitted), then waits before committing.
  const annaSave = db.prisma.$transaction(async (tx) => {
    await lockedClaimUpdate(tx, ru.id, 0, { contentVerdict: "DISPUTED", status: "IN_REVIEW" });
    await tx.review.create({
      data: { claimId: ru.id, userId: anna.id, kind: "CONTENT", verdict: "DISPUTED", rationale: "Widerlegt." },
    });
    await writeAudit(tx, anna, {
      action: "claim.content_verdict",
      entityType: "Claim",
      entityId: ru.id,
      before: null,
      after: null,
    });
    updated();
    await gate;
  });
  await hasUpdated;
  // Ben still reads version 0 (Anna has not committed) and blocks on the row lock in updateMany.
  const benSave = saveContentVerdict(second, ben, {
    claimId: ru.id,
    version: 0,
    verdict: "UNVERIFIABLE",
    rationale: "Nicht prüfbar.",
    evidence: [],
  });
  await new Promise((r) => setTimeout(r, 300));
  release();
  await annaSave;
  const error = await benSave.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe("CONFLICT");
  expect((error as DomainError).details).toMatchObject({
    currentVersion: 1,
    contentVerdict: "DISPUTED",
    lastReview: { verdict: "DISPUTED", verdictLabel: "umstritten", rationale: "Widerlegt.", userName: "Anna Prüfer" },
  });
  expect((error as DomainError).message).toContain("Anna Prüfer hat diese Behauptung inzwischen bewertet (Inhalt: „umstritten“)");
  expect(await db.prisma.review.count({ where: { claimId: ru.id } })).toBe(1);
  expect(await db.prisma.auditEvent.count({ where: { entityId: ru.id } })).toBe(1);
  expect(await db.prisma.claim.findUniqueOrThrow({ where: { id: ru.id } })).toMatchObject({
    version: 1,
    contentVerdict: "DISPUTED",
  });
});
