// Independence is checked, not declared (issue #8): evidence marked "unabhängig" whose link is a
// channel of an official body of a conflict party (registry domains) is refused with a German
// field message naming the actor and party; the conflict parties come from the newsroom settings
// (DB row, environment as fallback).
import { saveContentVerdict } from "@/lib/reviews/verdicts";
import { setupTestDatabase } from "../../helpers/test-db";
import { domainError, EVIDENCE_INDEPENDENT, makeArticle, makeUser } from "./fixtures";

const db = setupTestDatabase();

beforeAll(async () => {
  await db.prisma.actor.createMany({
    data: [
      {
        canonicalName: "Verteidigungsministerium Russlands",
        kind: "BODY",
        party: "RU",
        official: true,
        domains: ["mil.ru", "t.me/mod_russia"],
      },
      { canonicalName: "Kommersant", kind: "MEDIA", party: "RU", official: false, domains: ["kommersant.ru"] },
      { canonicalName: "Pentagon", kind: "BODY", party: "US", official: true, domains: ["defense.gov"] },
    ],
  });
});

afterEach(async () => {
  await db.prisma.newsroomSettings.deleteMany();
});

const verified = (claimId: string, evidence: unknown[]) => ({
  claimId,
  version: 0,
  verdict: "VERIFIED",
  rationale: "Bestätigt.",
  evidence,
});

test("a link on a conflict party's official domain is not independent: field message naming actor and party, nothing written", async () => {
  const user = await makeUser(db.prisma, "Ida Unabhängig");
  const { ru } = await makeArticle(db.prisma);
  const error = await domainError(
    saveContentVerdict(
      db.prisma,
      user,
      verified(ru.id, [
        EVIDENCE_INDEPENDENT,
        { url: "https://function.mil.ru/news_page/12345", note: "Lagebericht", independent: true },
      ]),
    ),
  );
  expect(error.code).toBe("VALIDATION");
  expect(error.fieldErrors?.["evidence.1.independent"]).toBe(
    "Beleg 2: function.mil.ru gehört zu Verteidigungsministerium Russlands (RU, Konfliktpartei) und ist keine unabhängige Quelle.",
  );
  expect(await db.prisma.review.count({ where: { claimId: ru.id } })).toBe(0);
  expect(await db.prisma.claim.findUniqueOrThrow({ where: { id: ru.id } })).toMatchObject({ version: 0, contentVerdict: null });

  // The party's Telegram channel too (any spelling of the channel, telegram.me alias).
  const telegram = await domainError(
    saveContentVerdict(
      db.prisma,
      user,
      verified(ru.id, [{ url: "https://telegram.me/MOD_Russia/4711", note: "Kanal", independent: true }]),
    ),
  );
  expect(telegram.fieldErrors?.["evidence.0.independent"]).toMatch(
    /^Beleg 1: t.me\/mod_russia gehört zu Verteidigungsministerium/,
  );
});

test("the same link unmarked, a non-official conflict-party medium and another party's official body are accepted", async () => {
  const user = await makeUser(db.prisma, "Ida Unabhängig");
  const { ua, ru, us } = await makeArticle(db.prisma);
  await expect(
    saveContentVerdict(db.prisma, user, {
      ...verified(ru.id, [{ url: "https://mil.ru/x", note: "Mitteilung", independent: false }]),
      verdict: "DISPUTED",
    }),
  ).resolves.toMatchObject({ contentVerdict: "DISPUTED" });
  await expect(
    saveContentVerdict(
      db.prisma,
      user,
      verified(ua.id, [{ url: "https://www.kommersant.ru/doc/1", note: "Bericht", independent: true }]),
    ),
  ).resolves.toMatchObject({ contentVerdict: "VERIFIED" });
  await expect(
    saveContentVerdict(
      db.prisma,
      user,
      verified(us.id, [{ url: "https://www.defense.gov/News/1", note: "Briefing", independent: true }]),
    ),
  ).resolves.toMatchObject({ contentVerdict: "VERIFIED" });
});

test("conflict parties come from the stored newsroom settings: without RU, mil.ru counts as independent again", async () => {
  const user = await makeUser(db.prisma, "Ida Unabhängig");
  const { us } = await makeArticle(db.prisma);
  await db.prisma.newsroomSettings.create({ data: { conflictParties: ["UA", "KP"] } });
  await expect(
    saveContentVerdict(db.prisma, user, verified(us.id, [{ url: "https://mil.ru/x", note: "Mitteilung", independent: true }])),
  ).resolves.toMatchObject({ contentVerdict: "VERIFIED" });
  // And a stored US as conflict party makes the Pentagon's domain non-independent.
  await db.prisma.newsroomSettings.update({ where: { id: true }, data: { conflictParties: ["US"] } });
  const { us: other } = await makeArticle(db.prisma);
  const error = await domainError(
    saveContentVerdict(
      db.prisma,
      user,
      verified(other.id, [{ url: "https://defense.gov/a", note: "Briefing", independent: true }]),
    ),
  );
  expect(error.fieldErrors?.["evidence.0.independent"]).toContain("Pentagon (US, Konfliktpartei)");
});
