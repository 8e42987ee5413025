// Test data for the four-eyes workflow tests: users of a role and a reviewed claim.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { saveContentVerdict } from "@/lib/reviews/verdicts";
import { EVIDENCE_INDEPENDENT, makeArticle, makeUser } from "../reviews/fixtures";

export async function makeRoleUser(prisma: PrismaClient, name: string, role: Role) {
  const user = await makeUser(prisma, name);
  return prisma.user.update({ where: { id: user.id }, data: { role } });
}

/** A claim with a content verdict by `editor` (status IN_REVIEW, version 1). */
export async function reviewedClaim(prisma: PrismaClient, editor: { id: string }) {
  const { ua } = await makeArticle(prisma);
  await saveContentVerdict(prisma, editor, {
    claimId: ua.id,
    version: 0,
    verdict: "VERIFIED",
    rationale: "Unabhängig bestätigt.",
    evidence: [EVIDENCE_INDEPENDENT],
  });
  return prisma.claim.findUniqueOrThrow({ where: { id: ua.id } });
}

export async function auditActions(prisma: PrismaClient, claimId: string): Promise<string[]> {
  const events = await prisma.auditEvent.findMany({ where: { entityType: "Claim", entityId: claimId }, orderBy: { seq: "asc" } });
  return events.map((e) => e.action);
}
