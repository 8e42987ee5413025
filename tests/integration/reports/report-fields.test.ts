// The per-claim report facts precomputed in claim_report_fields (migration
// 20261130010000_claim_report_fields) against what the reviews and the audit log say, after
// every step that changes them: verdicts, a second verdict, "falsch zugeordnet", a correction,
// submit, return, approve, reopen, a late-arriving older review, a renamed editor, and the
// migration's backfill. The reference is the "latest of" lookup the report ran before.
import fs from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { approveClaim, reopenClaim, returnClaim, submitClaim } from "@/lib/approvals/workflow";
import { correctClaim } from "@/lib/claims/corrections";
import { iterateReportClaims } from "@/lib/reports/load";
import type { ReportClaim } from "@/lib/reports/types";
import { saveAttributionVerdict, saveContentVerdict } from "@/lib/reviews/verdicts";
import { setupTestDatabase } from "../../helpers/test-db";
import { makeRoleUser } from "../approvals/fixtures";
import { EVIDENCE_INDEPENDENT, EVIDENCE_PARTY, makeArticle } from "../reviews/fixtures";

const db = setupTestDatabase();

interface Facts {
  content: { id: string; rationale: string; evidence: unknown; at: string; userId: string } | null;
  attribution: { id: string; note: string; evidence: unknown; correctSource: string | null; at: string; userId: string } | null;
  submitted: { seq: string; at: string; userId: string | null } | null;
  approved: { seq: string; at: string; userId: string | null } | null;
}

interface StoredRow {
  content_review_id: string | null;
  content_rationale: string | null;
  content_evidence: unknown;
  content_at: Date | null;
  content_user_id: string | null;
  attribution_review_id: string | null;
  attribution_note: string | null;
  attribution_evidence: unknown;
  attribution_correct_source: string | null;
  attribution_at: Date | null;
  attribution_user_id: string | null;
  submitted_seq: bigint | null;
  submitted_at: Date | null;
  submitted_user_id: string | null;
  approved_seq: bigint | null;
  approved_at: Date | null;
  approved_user_id: string | null;
}

/** What the precomputed row says. */
async function storedFacts(claimId: string): Promise<Facts> {
  const [row] = await db.prisma.$queryRaw<StoredRow[]>`SELECT * FROM claim_report_fields WHERE claim_id = ${claimId}`;
  if (!row) return { content: null, attribution: null, submitted: null, approved: null };
  return {
    content: row.content_review_id
      ? {
          id: row.content_review_id,
          rationale: row.content_rationale!,
          evidence: row.content_evidence,
          at: row.content_at!.toISOString(),
          userId: row.content_user_id!,
        }
      : null,
    attribution: row.attribution_review_id
      ? {
          id: row.attribution_review_id,
          note: row.attribution_note!,
          evidence: row.attribution_evidence,
          correctSource: row.attribution_correct_source,
          at: row.attribution_at!.toISOString(),
          userId: row.attribution_user_id!,
        }
      : null,
    submitted: row.submitted_seq
      ? { seq: String(row.submitted_seq), at: row.submitted_at!.toISOString(), userId: row.submitted_user_id }
      : null,
    approved: row.approved_seq
      ? { seq: String(row.approved_seq), at: row.approved_at!.toISOString(), userId: row.approved_user_id }
      : null,
  };
}

/** The same facts looked up from the source tables: newest review of a kind, newest event of an action. */
async function sourceFacts(claimId: string): Promise<Facts> {
  const review = async (kind: "CONTENT" | "ATTRIBUTION") =>
    db.prisma.review.findFirst({ where: { claimId, kind }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  const event = async (action: string) =>
    db.prisma.auditEvent.findFirst({ where: { entityType: "Claim", entityId: claimId, action }, orderBy: { seq: "desc" } });
  const [content, attribution, submitted, approved] = await Promise.all([
    review("CONTENT"),
    review("ATTRIBUTION"),
    event("claim.submit"),
    event("claim.approve"),
  ]);
  const step = (e: Awaited<ReturnType<typeof event>>) =>
    e ? { seq: String(e.seq), at: e.createdAt.toISOString(), userId: e.userId } : null;
  return {
    content: content
      ? {
          id: content.id,
          rationale: content.rationale,
          evidence: content.evidence,
          at: content.createdAt.toISOString(),
          userId: content.userId,
        }
      : null,
    attribution: attribution
      ? {
          id: attribution.id,
          note: attribution.rationale,
          evidence: attribution.evidence,
          correctSource: attribution.correctSource,
          at: attribution.createdAt.toISOString(),
          userId: attribution.userId,
        }
      : null,
    submitted: step(submitted),
    approved: step(approved),
  };
}

async function expectInStep(claimId: string): Promise<Facts> {
  const facts = await sourceFacts(claimId);
  expect(await storedFacts(claimId)).toEqual(facts);
  return facts;
}

async function reportClaim(articleId: string, claimId: string): Promise<ReportClaim> {
  for await (const batch of iterateReportClaims(
    db.prisma,
    { type: "article", articleId },
    { approvedOnly: false, context: { caveatText: "Hinweis", conflictParties: ["RU", "UA"], owners: [] } },
  )) {
    const found = batch.find((claim) => claim.id === claimId);
    if (found) return found;
  }
  throw new Error(`Behauptung ${claimId} fehlt im Bericht.`);
}

async function version(claimId: string): Promise<number> {
  return (await db.prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).version;
}

test("the precomputed facts follow every review and workflow step, and the report shows them by status", async () => {
  const editor = await makeRoleUser(db.prisma, "Erika Müller", "EDITOR");
  const colleague = await makeRoleUser(db.prisma, "Karl Brandt", "EDITOR");
  const approver = await makeRoleUser(db.prisma, "Jürgen Weiß", "APPROVER");
  const { article, ua, us } = await makeArticle(db.prisma);
  const claimId = ua.id;

  expect(await expectInStep(claimId)).toEqual({ content: null, attribution: null, submitted: null, approved: null });

  await saveContentVerdict(db.prisma, editor, {
    claimId,
    version: 0,
    verdict: "DISPUTED",
    rationale: "Erste Einschätzung.",
    evidence: [EVIDENCE_PARTY],
  });
  expect((await expectInStep(claimId)).content).toMatchObject({ rationale: "Erste Einschätzung.", userId: editor.id });

  // A second verdict by someone else replaces the first in the report.
  await saveContentVerdict(db.prisma, colleague, {
    claimId,
    version: await version(claimId),
    verdict: "VERIFIED",
    rationale: "Satellitenbilder bestätigen die Größenordnung.",
    evidence: [EVIDENCE_INDEPENDENT],
  });
  expect((await expectInStep(claimId)).content).toMatchObject({ userId: colleague.id, evidence: [EVIDENCE_INDEPENDENT] });

  // "falsch zugeordnet" with who really said it.
  await saveAttributionVerdict(db.prisma, editor, {
    claimId,
    version: await version(claimId),
    verdict: "MISATTRIBUTED",
    originalUrl: "https://www.president.gov.ua/news/2",
    correctSource: "Ukrainischer Generalstab",
    rationale: "Die Zahl stammt aus dem Lagebericht.",
  });
  expect((await expectInStep(claimId)).attribution).toMatchObject({
    correctSource: "Ukrainischer Generalstab",
    note: "Die Zahl stammt aus dem Lagebericht.",
  });

  // A correction of source and party leaves the reviews (and so the facts) as they were.
  await correctClaim(db.prisma, editor, {
    claimId,
    version: await version(claimId),
    kind: "ACTOR_PARTY",
    actorName: "Ukrainischer Generalstab",
    party: "UA",
    official: true,
  });
  await expectInStep(claimId);

  await submitClaim(db.prisma, editor, { claimId, version: await version(claimId) });
  const firstSubmission = (await expectInStep(claimId)).submitted;
  expect(firstSubmission).toMatchObject({ userId: editor.id });
  expect(await reportClaim(article.id, claimId)).toMatchObject({
    status: "SUBMITTED",
    submitted: { by: "Erika Müller", at: firstSubmission!.at },
    approval: null,
    content: {
      verdict: "VERIFIED",
      rationale: "Satellitenbilder bestätigen die Größenordnung.",
      reviewed: { by: "Karl Brandt" },
    },
    attribution: { verdict: "MISATTRIBUTED", correctSource: "Ukrainischer Generalstab", reviewed: { by: "Erika Müller" } },
  });

  // Returned: the stored submission stays, the report no longer shows it.
  await returnClaim(db.prisma, approver, { claimId, version: await version(claimId), comment: "Bitte Beleg ergänzen." });
  expect((await expectInStep(claimId)).submitted).toEqual(firstSubmission);
  expect(await reportClaim(article.id, claimId)).toMatchObject({ status: "RETURNED", submitted: null, approval: null });

  // Submitted again by the colleague: the newer submission wins.
  await submitClaim(db.prisma, colleague, { claimId, version: await version(claimId) });
  const secondSubmission = (await expectInStep(claimId)).submitted;
  expect(secondSubmission).toMatchObject({ userId: colleague.id });
  expect(BigInt(secondSubmission!.seq)).toBeGreaterThan(BigInt(firstSubmission!.seq));

  await approveClaim(db.prisma, approver, { claimId, version: await version(claimId) });
  const approval = (await expectInStep(claimId)).approved;
  expect(await reportClaim(article.id, claimId)).toMatchObject({
    status: "APPROVED",
    approved: true,
    submitted: { by: "Karl Brandt", at: secondSubmission!.at },
    approval: { by: "Jürgen Weiß", at: approval!.at },
  });

  // Reopened: neither submission nor approval shows until the next round.
  await reopenClaim(db.prisma, approver, { claimId, version: await version(claimId), reason: "Neue Meldung widerspricht." });
  await expectInStep(claimId);
  expect(await reportClaim(article.id, claimId)).toMatchObject({ status: "IN_REVIEW", submitted: null, approval: null });

  await submitClaim(db.prisma, editor, { claimId, version: await version(claimId) });
  await approveClaim(db.prisma, approver, { claimId, version: await version(claimId) });
  const final = await expectInStep(claimId);
  expect(BigInt(final.approved!.seq)).toBeGreaterThan(BigInt(approval!.seq));
  expect(await reportClaim(article.id, claimId)).toMatchObject({
    submitted: { by: "Erika Müller", at: final.submitted!.at },
    approval: { by: "Jürgen Weiß", at: final.approved!.at },
  });

  // Another claim's facts are its own.
  expect(await expectInStep(us.id)).toEqual({ content: null, attribution: null, submitted: null, approved: null });
});

test("an older review that commits late does not replace the newer one", async () => {
  const editor = await makeRoleUser(db.prisma, "Erika Müller", "EDITOR");
  const { ua } = await makeArticle(db.prisma);
  await saveContentVerdict(db.prisma, editor, {
    claimId: ua.id,
    version: 0,
    verdict: "VERIFIED",
    rationale: "Aktuelle Einschätzung.",
    evidence: [EVIDENCE_INDEPENDENT],
  });
  const newest = await db.prisma.review.findFirstOrThrow({ where: { claimId: ua.id } });
  await db.prisma.review.create({
    data: {
      claimId: ua.id,
      userId: editor.id,
      kind: "CONTENT",
      verdict: "DISPUTED",
      rationale: "Ältere Einschätzung.",
      createdAt: new Date(newest.createdAt.getTime() - 60_000),
    },
  });
  expect((await expectInStep(ua.id)).content).toMatchObject({ id: newest.id, rationale: "Aktuelle Einschätzung." });
});

test("the report names editors as they are called now", async () => {
  const editor = await makeRoleUser(db.prisma, "Erika Müller", "EDITOR");
  const { article, ua } = await makeArticle(db.prisma);
  await saveContentVerdict(db.prisma, editor, {
    claimId: ua.id,
    version: 0,
    verdict: "VERIFIED",
    rationale: "Belegt.",
    evidence: [EVIDENCE_INDEPENDENT],
  });
  await db.prisma.user.update({ where: { id: editor.id }, data: { name: "Erika Müller-Lüdenscheidt" } });
  expect(await reportClaim(article.id, ua.id)).toMatchObject({ content: { reviewed: { by: "Erika Müller-Lüdenscheidt" } } });
});

test("the migration's backfill computes the same facts as the triggers", async () => {
  const editor = await makeRoleUser(db.prisma, "Erika Müller", "EDITOR");
  const approver = await makeRoleUser(db.prisma, "Jürgen Weiß", "APPROVER");
  const { ua, us } = await makeArticle(db.prisma);
  await saveContentVerdict(db.prisma, editor, {
    claimId: ua.id,
    version: 0,
    verdict: "VERIFIED",
    rationale: "Belegt.",
    evidence: [EVIDENCE_INDEPENDENT],
  });
  await saveAttributionVerdict(db.prisma, editor, {
    claimId: ua.id,
    version: 1,
    verdict: "CONFIRMED",
    originalUrl: "https://www.president.gov.ua/news/1",
    correctSource: "",
    rationale: "Videoansprache.",
  });
  await submitClaim(db.prisma, editor, { claimId: ua.id, version: 2 });
  await approveClaim(db.prisma, approver, { claimId: ua.id, version: 3 });
  await saveContentVerdict(db.prisma, editor, {
    claimId: us.id,
    version: 0,
    verdict: "DISPUTED",
    rationale: "Offen.",
    evidence: [EVIDENCE_INDEPENDENT],
  });
  const before = [await storedFacts(ua.id), await storedFacts(us.id)];

  const migration = fs.readFileSync(
    path.join(process.cwd(), "prisma/migrations/20261130010000_claim_report_fields/migration.sql"),
    "utf8",
  );
  const backfill = migration.slice(migration.indexOf("-- Backfill"));
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  try {
    await owner.query("DELETE FROM claim_report_fields");
    await owner.query(backfill);
  } finally {
    await owner.end();
  }
  expect([await storedFacts(ua.id), await storedFacts(us.id)]).toEqual(before);
  await expectInStep(ua.id);
});
