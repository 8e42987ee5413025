// What an approver approves: the claim's reviewed content as it was submitted. The
// fingerprint is the SHA-256 of a canonical JSON of the current verdicts, their
// rationale and evidence, and the claim's effective source; any later change to one of
// them gives a different fingerprint, so an approval of the old content answers CONFLICT.
import crypto from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";

/** JSON with object keys sorted at every depth: the same content always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

async function latestReview(tx: Prisma.TransactionClient, claimId: string, kind: "CONTENT" | "ATTRIBUTION") {
  return tx.review.findFirst({
    where: { claimId, kind },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, verdict: true, rationale: true, evidence: true, correctSource: true },
  });
}

/** The canonical reviewed content of a claim, read in the caller's transaction. */
export async function reviewedContent(tx: Prisma.TransactionClient, claimId: string) {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: {
      contentVerdict: true,
      attributionVerdict: true,
      actorId: true,
      actorName: true,
      party: true,
      official: true,
      caveat: true,
      notAClaim: true,
    },
  });
  const [content, attribution] = await Promise.all([
    latestReview(tx, claimId, "CONTENT"),
    latestReview(tx, claimId, "ATTRIBUTION"),
  ]);
  const { contentVerdict, attributionVerdict, ...source } = claim;
  return { contentVerdict, attributionVerdict, source, content, attribution };
}

export async function claimFingerprint(tx: Prisma.TransactionClient, claimId: string): Promise<string> {
  const content = await reviewedContent(tx, claimId);
  return crypto.createHash("sha256").update(canonicalJson(content), "utf8").digest("hex");
}
