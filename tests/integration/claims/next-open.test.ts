// "Nächste offene Behauptung" (lib/claims/next-open.ts): the next OPEN claim of the article in
// text order (wrapping around, skipping "keine Behauptung" and reviewed ones), else the newest
// open claim of another article, else nothing.
import { findNextOpenClaim } from "@/lib/claims/next-open";
import { saveContentVerdict } from "@/lib/reviews/verdicts";
import { setupTestDatabase } from "../../helpers/test-db";
import { EVIDENCE_INDEPENDENT, makeArticle, makeUser } from "../reviews/fixtures";

const db = setupTestDatabase();

async function review(claimId: string) {
  const editor = await makeUser(db.prisma, "Erika Redaktion");
  await saveContentVerdict(db.prisma, editor, {
    claimId,
    version: 0,
    verdict: "VERIFIED",
    rationale: "Bestätigt.",
    evidence: [EVIDENCE_INDEPENDENT],
  });
}

beforeEach(async () => {
  await db.prisma.article.deleteMany();
});

test("the next open claim after the current one in text order, wrapping around", async () => {
  // Text order: 11.000 (ua), 500 (us), 42 (ru).
  const { article, ua, us, ru } = await makeArticle(db.prisma);
  expect(await findNextOpenClaim(db.prisma, article.id, ua.id)).toEqual({ kind: "article", claimId: us.id, valueText: "500" });
  await review(us.id);
  expect(await findNextOpenClaim(db.prisma, article.id, ua.id)).toEqual({ kind: "article", claimId: ru.id, valueText: "42" });
  // From the last claim back to the first open one.
  expect(await findNextOpenClaim(db.prisma, article.id, ru.id)).toEqual({ kind: "article", claimId: ua.id, valueText: "11.000" });
  // "keine Behauptung" is no open claim.
  await db.prisma.claim.update({ where: { id: ru.id }, data: { notAClaim: true } });
  expect(await findNextOpenClaim(db.prisma, article.id, us.id)).toEqual({ kind: "article", claimId: ua.id, valueText: "11.000" });
});

test("none left in the article: the newest open claim of another article; none at all: null", async () => {
  const older = await makeArticle(db.prisma);
  const current = await makeArticle(db.prisma);
  for (const claim of [current.ua, current.us, current.ru]) await review(claim.id);
  const next = await findNextOpenClaim(db.prisma, current.article.id, current.ua.id);
  // makeArticle creates ua, us, ru in this order: ru is the newest open claim of the other article.
  expect(next).toEqual({ kind: "queue", articleId: older.article.id, claimId: older.ru.id, articleTitle: "Testartikel" });
  for (const claim of [older.ua, older.us, older.ru]) await review(claim.id);
  expect(await findNextOpenClaim(db.prisma, current.article.id, current.ua.id)).toBeNull();
  // A claim that is not in the article: nothing.
  expect(await findNextOpenClaim(db.prisma, older.article.id, current.ua.id)).toBeNull();
});
