// Two approvers decide on the same submitted claim at the same time, from two connection
// pools like two app servers: the guarded write lets exactly one win; the other gets
// CONFLICT and writes nothing.
import { approveClaim, returnClaim, submitClaim } from "@/lib/approvals/workflow";
import { createPrismaClient } from "@/lib/db/prisma";
import { DomainError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setupTestDatabase } from "../../helpers/test-db";
import { auditActions, makeRoleUser, reviewedClaim } from "./fixtures";

const db = setupTestDatabase();
let second: PrismaClient;

beforeAll(() => {
  second = createPrismaClient(db.url);
});
afterAll(() => second?.$disconnect());

test.each(Array.from({ length: 5 }, (_, i) => i + 1))("approve racing return, round %i: exactly one wins", async () => {
  const editor = await makeRoleUser(db.prisma, "Erika Redaktion", "EDITOR");
  const approver = await makeRoleUser(db.prisma, "Frieda Freigabe", "APPROVER");
  const admin = await makeRoleUser(db.prisma, "Adam Admin", "ADMIN");
  const claim = await reviewedClaim(db.prisma, editor);
  const submitted = await submitClaim(db.prisma, editor, { claimId: claim.id, version: claim.version });

  const results = await Promise.allSettled([
    approveClaim(db.prisma, approver, { claimId: claim.id, version: submitted.version, fingerprint: submitted.fingerprint }),
    returnClaim(second, admin, { claimId: claim.id, version: submitted.version, comment: "Bitte nachbessern." }),
  ]);
  const won = results.filter((r) => r.status === "fulfilled");
  const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  expect(won).toHaveLength(1);
  expect(lost).toHaveLength(1);
  expect(lost[0].reason).toBeInstanceOf(DomainError);
  expect(lost[0].reason.code).toBe("CONFLICT");

  const winnerStatus = results[0].status === "fulfilled" ? "APPROVED" : "RETURNED";
  const state = await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
  expect(state).toMatchObject({ status: winnerStatus, version: submitted.version + 1 });
  const decision = winnerStatus === "APPROVED" ? "claim.approve" : "claim.return";
  expect(await auditActions(db.prisma, claim.id)).toEqual(["claim.content_verdict", "claim.submit", decision]);
});
