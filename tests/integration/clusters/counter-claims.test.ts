// Counter-claims: the opposing conflict party's figure for the same event, side by side in both
// claims' panels – not for the same side, another counted thing's side, or another period.
import { insertArticleWithClaims } from "@/lib/articles/create";
import { canonicalArticleText } from "@/lib/articles/normalize";
import { extractDocument } from "@/lib/extraction";
import { getClaimPanel } from "@/lib/claims/claim-panel";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();
const NIGHT = new Date("2024-11-10T06:00:00Z").getTime();
const DAY = 86_400_000;

async function ingest(title: string, sentence: string, publishedAt: Date) {
  const text = canonicalArticleText(`${title}\n\n${sentence}\n`);
  const { claims } = extractDocument(text, { format: "text" });
  const article = await db.prisma.$transaction((tx) =>
    insertArticleWithClaims(tx, { title, outlet: "Testsender", publishedAt, stand: null, text }, claims, null),
  );
  const claim = await db.prisma.claim.findFirstOrThrow({ where: { articleId: article.id } });
  expect(claim.event).toBe("abgeschossen");
  return claim;
}

let moscow: { id: string; articleId: string };
let kyiv: { id: string; articleId: string };
let ukrainianAgain: { id: string; articleId: string };

beforeAll(async () => {
  moscow = await ingest(
    "Moskau meldet Abschüsse",
    "Das russische Verteidigungsministerium teilte mit, die Luftabwehr habe in der Nacht 70 ukrainische Drohnen abgeschossen.",
    new Date(NIGHT),
  );
  kyiv = await ingest(
    "Kyjiw widerspricht",
    "Nach ukrainischen Angaben wurden in der Nacht nur 30 ukrainische Drohnen abgeschossen.",
    new Date(NIGHT + DAY / 4),
  );
  // same side as Kyjiw: no counter-claim to Kyjiw, but one more to Moscow
  ukrainianAgain = await ingest(
    "Kyjiw bekräftigt",
    "Nach ukrainischen Angaben wurden in der Nacht 31 ukrainische Drohnen abgeschossen.",
    new Date(NIGHT + DAY / 2),
  );
  // other counted side (Russian drones) and a month later: neither pairs with Moscow
  await ingest("Russische Drohnen", "Nach ukrainischen Angaben wurden 45 russische Drohnen abgeschossen.", new Date(NIGHT));
  await ingest(
    "Einen Monat später",
    "Nach ukrainischen Angaben wurden in der Nacht 12 ukrainische Drohnen abgeschossen.",
    new Date(NIGHT + 40 * DAY),
  );
});

const panelOf = async (claim: { id: string; articleId: string }) => (await getClaimPanel(db.prisma, claim.articleId, claim.id))!;

test("Moscow's figure shows the Ukrainian figures of the same night side by side", async () => {
  const panel = await panelOf(moscow);
  expect(panel.counterClaims.map((c) => c.line)).toEqual(["Gegenangabe: 70 (RU) – 30 (UA)", "Gegenangabe: 70 (RU) – 31 (UA)"]);
  expect(panel.counterClaims.map((c) => c.claimId)).toEqual([kyiv.id, ukrainianAgain.id]);
  expect(panel.counterClaims[0]).toMatchObject({ articleId: kyiv.articleId, articleTitle: "Kyjiw widerspricht", party: "UA" });
});

test("Kyjiw's figure shows Moscow's, and nothing from its own side", async () => {
  const panel = await panelOf(kyiv);
  expect(panel.counterClaims.map((c) => c.line)).toEqual(["Gegenangabe: 30 (UA) – 70 (RU)"]);
  expect(panel.counterClaims[0].claimId).toBe(moscow.id);
});
