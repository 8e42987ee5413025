// "neu zu prüfen": a newly ingested report that contradicts an approved claim of its cluster flags
// that claim (and only that) for the people who handled it, audited; the claim itself is untouched.
import { insertArticleWithClaims } from "@/lib/articles/create";
import { canonicalArticleText } from "@/lib/articles/normalize";
import { extractDocument } from "@/lib/extraction";
import { getClaimPanel } from "@/lib/claims/claim-panel";
import { RECHECK_ACTION, rechecksFor } from "@/lib/clusters/recheck";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();

beforeAll(async () => {
  await db.seedDemo();
});

const userByRole = (role: "EDITOR" | "APPROVER" | "ADMIN") => db.prisma.user.findFirstOrThrow({ where: { role } });

/** One of the demo's "11.000 nordkoreanische Soldaten eingetroffen", approved (submitted by the editor). */
async function approveOne() {
  const claim = await db.prisma.claim.findFirstOrThrow({
    where: { event: "eingetroffen", valueText: "11.000" },
    include: { article: true },
    orderBy: { id: "asc" },
  });
  const [editor, approver] = await Promise.all([userByRole("EDITOR"), userByRole("APPROVER")]);
  await db.prisma.claim.update({ where: { id: claim.id }, data: { status: "APPROVED" } });
  for (const [userId, action] of [
    [editor.id, "claim.submit"],
    [approver.id, "claim.approve"],
  ] as const) {
    await db.prisma.auditEvent.create({ data: { userId, action, entityType: "Claim", entityId: claim.id } });
  }
  return db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { article: true } });
}

async function ingest(title: string, sentence: string, publishedAt: Date | null, createdById: string) {
  const text = canonicalArticleText(`${title}\n\n${sentence}\n`);
  const { claims } = extractDocument(text, { format: "text" });
  return db.prisma.$transaction((tx) =>
    insertArticleWithClaims(tx, { title, outlet: "Testsender", publishedAt, stand: null, text }, claims, createdById),
  );
}

test("an agreeing report flags nothing; a contradicting one flags the approved claim only, audited", async () => {
  const approved = await approveOne();
  const editor = await userByRole("EDITOR");
  const day = (approved.article.publishedAt ?? new Date("2024-11-05T00:00:00Z")).getTime() + 86_400_000;

  await ingest(
    "Gleiche Zahl aus Kursk",
    "Laut Präsident Selenskyj sind 11.000 nordkoreanische Soldaten in Kursk eingetroffen.",
    new Date(day),
    editor.id,
  );
  expect(await db.prisma.claimRecheck.count()).toBe(0);

  const contradicting = await ingest(
    "Neue Zahlen aus Kursk",
    "Laut Präsident Selenskyj sind 12.500 nordkoreanische Soldaten in Kursk eingetroffen.",
    new Date(day + 86_400_000),
    editor.id,
  );
  const flags = await db.prisma.claimRecheck.findMany();
  expect(flags).toHaveLength(1);
  expect(flags[0]).toMatchObject({
    claimId: approved.id,
    articleId: contradicting.id,
    reason: "neue abweichende Meldung in Artikel „Neue Zahlen aus Kursk“: 12.500 statt 11.000",
  });
  // nothing else about the claim changed
  const after = await db.prisma.claim.findUniqueOrThrow({ where: { id: approved.id } });
  expect({ status: after.status, version: after.version, updatedAt: after.updatedAt }).toEqual({
    status: approved.status,
    version: approved.version,
    updatedAt: approved.updatedAt,
  });
  const audit = await db.prisma.auditEvent.findMany({ where: { action: RECHECK_ACTION } });
  expect(audit).toHaveLength(1);
  expect(audit[0]).toMatchObject({ entityType: "Claim", entityId: approved.id, userId: editor.id });
  expect(audit[0].after).toMatchObject({ articleId: contradicting.id });
});

test("the flag shows in the claim panel and for the editor and approver who handled the claim", async () => {
  const flag = await db.prisma.claimRecheck.findFirstOrThrow();
  const claim = await db.prisma.claim.findUniqueOrThrow({ where: { id: flag.claimId } });
  const panel = await getClaimPanel(db.prisma, claim.articleId, claim.id);
  expect(panel?.recheck?.reason).toMatch(/^neue abweichende Meldung in Artikel „Neue Zahlen aus Kursk“/);
  const [editor, approver, admin] = await Promise.all([userByRole("EDITOR"), userByRole("APPROVER"), userByRole("ADMIN")]);
  expect((await rechecksFor(db.prisma, editor.id)).map((r) => r.claimId)).toEqual([claim.id]);
  expect((await rechecksFor(db.prisma, approver.id)).map((r) => r.claimId)).toEqual([claim.id]);
  // someone who never handled the claim is not bothered with it
  expect(await rechecksFor(db.prisma, admin.id)).toEqual([]);
  const unflagged = await db.prisma.claim.findFirstOrThrow({ where: { valueText: "11.000", id: { not: claim.id } } });
  expect((await getClaimPanel(db.prisma, unflagged.articleId, unflagged.id))?.recheck).toBeNull();
});
