// "falsch zugeordnet" corrects the source (issue #8): the correct source becomes the claim's
// effective source – registry entry (canonical name or alias, any case) or the typed name with
// the editor's party – party and caveat recomputed, recorded as a correction in the same
// transaction; the article panel, the queue and the CSV export show the corrected source.
import { reviewedContent } from "@/lib/approvals/fingerprint";
import { getClaimView } from "@/lib/claims/article-view";
import { queueCsv } from "@/lib/claims/export-csv";
import { parseQueueFilters } from "@/lib/claims/queue-filters";
import { listQueue } from "@/lib/claims/queue";
import { saveAttributionVerdict } from "@/lib/reviews/verdicts";
import { setupTestDatabase } from "../../helpers/test-db";
import { domainError, makeArticle, makeUser } from "./fixtures";

const db = setupTestDatabase();
let ministryId: string;

beforeAll(async () => {
  const ministry = await db.prisma.actor.create({
    data: {
      canonicalName: "Russisches Verteidigungsministerium",
      aliases: ["Verteidigungsministerium in Moskau"],
      kind: "BODY",
      party: "RU",
      official: true,
      domains: ["mil.ru"],
    },
  });
  ministryId = ministry.id;
});

const misattributed = (claimId: string, version: number, extra: Record<string, unknown>) => ({
  claimId,
  version,
  verdict: "MISATTRIBUTED",
  originalUrl: "",
  rationale: "Stammt aus dem Lagebericht des Ministeriums.",
  correctSource: "",
  ...extra,
});

test("a registry alias in any case becomes the claim's actor, party, flag and caveat, recorded as an ACTOR correction", async () => {
  const user = await makeUser(db.prisma, "Mara Quelle");
  const { article, us } = await makeArticle(db.prisma);
  const result = await saveAttributionVerdict(
    db.prisma,
    user,
    misattributed(us.id, 0, { correctSource: "  VERTEIDIGUNGSMINISTERIUM in moskau " }),
  );
  expect(result).toMatchObject({ attributionVerdict: "MISATTRIBUTED", version: 1 });

  const claim = await db.prisma.claim.findUniqueOrThrow({ where: { id: us.id } });
  expect(claim).toMatchObject({
    actorId: ministryId,
    actorName: "Russisches Verteidigungsministerium",
    party: "RU",
    official: true,
    // Official body of a conflict party, about missiles: the caveat applies now (it did not for the Pentagon).
    caveat: true,
  });
  expect(us.caveat).toBe(false);
  expect(claim.machine).toEqual(us.machine);

  const corrections = await db.prisma.claimCorrection.findMany({ where: { claimId: us.id } });
  expect(corrections).toHaveLength(1);
  expect(corrections[0]).toMatchObject({
    kind: "ACTOR",
    userId: user.id,
    before: { actorId: null, actorName: "Pentagon", party: "US", official: true, caveat: false },
    after: { actorId: ministryId, actorName: "Russisches Verteidigungsministerium", party: "RU", official: true, caveat: true },
  });
  const review = await db.prisma.review.findUniqueOrThrow({ where: { id: result.reviewId } });
  expect(review.correctSource).toBe("VERTEIDIGUNGSMINISTERIUM in moskau");
  const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: us.id, action: "claim.attribution_verdict" } });
  expect(audit.before).toMatchObject({ actorName: "Pentagon", party: "US" });
  expect(audit.after).toMatchObject({
    actorName: "Russisches Verteidigungsministerium",
    party: "RU",
    review: { correction: { id: corrections[0].id, kind: "ACTOR" } },
  });

  // Panel, queue and CSV read the claim's columns: all show the corrected source.
  const view = await getClaimView(db.prisma, article.id, us.id);
  expect(view).toMatchObject({ actorName: "Russisches Verteidigungsministerium", party: "RU", caveat: true, corrections: 1 });
  expect(view?.machineSource).toMatchObject({ actor: "Pentagon", party: "US" });
  const { filters } = parseQueueFilters({ article: article.id, sort: "article" });
  const queued = (await listQueue(db.prisma, filters)).items.find((item) => item.id === us.id);
  expect(queued).toMatchObject({ actorName: "Russisches Verteidigungsministerium", party: "RU", caveat: true });
  const { csv } = await queueCsv(db.prisma, filters, { baseUrl: "https://quellenlage.example" });
  const line = csv.split("\r\n").find((row) => row.includes('"500"'));
  expect(line).toContain('"Russisches Verteidigungsministerium";"Russland";"ja";"ja"');

  // What an approver approves carries the corrected source (an approval of the old one answers 409).
  const approved = await db.prisma.$transaction((tx) => reviewedContent(tx, us.id));
  expect(approved.source).toMatchObject({ actorName: "Russisches Verteidigungsministerium", party: "RU" });
});

test("a source that is not in the registry is stored as typed, with the party and flag the editor chose", async () => {
  const user = await makeUser(db.prisma, "Mara Quelle");
  const { ua, ru } = await makeArticle(db.prisma);
  await saveAttributionVerdict(
    db.prisma,
    user,
    misattributed(ua.id, 0, { correctSource: "Weißes Haus", correctParty: "US", correctOfficial: true }),
  );
  expect(await db.prisma.claim.findUniqueOrThrow({ where: { id: ua.id } })).toMatchObject({
    actorId: null,
    actorName: "Weißes Haus",
    party: "US",
    official: true,
    caveat: false,
  });
  // Party not given: unknown ("Andere"), not official.
  await saveAttributionVerdict(db.prisma, user, misattributed(ru.id, 0, { correctSource: "ein Blogger" }));
  expect(await db.prisma.claim.findUniqueOrThrow({ where: { id: ru.id } })).toMatchObject({
    actorId: null,
    actorName: "ein Blogger",
    party: "OTHER",
    official: false,
  });
  const error = await domainError(
    saveAttributionVerdict(db.prisma, user, misattributed(ru.id, 1, { correctSource: "X", correctParty: "MARS" })),
  );
  expect(error.fieldErrors?.correctParty).toBe("Bitte eine Partei wählen.");
});

test("the registry's party wins over the party chosen in the form", async () => {
  const user = await makeUser(db.prisma, "Mara Quelle");
  const { ua } = await makeArticle(db.prisma);
  await saveAttributionVerdict(
    db.prisma,
    user,
    misattributed(ua.id, 0, { correctSource: "russisches verteidigungsministerium", correctParty: "DE", correctOfficial: false }),
  );
  expect(await db.prisma.claim.findUniqueOrThrow({ where: { id: ua.id } })).toMatchObject({ party: "RU", official: true });
});

test("naming the current source is refused with a field message; nothing is written", async () => {
  const user = await makeUser(db.prisma, "Mara Quelle");
  const { us } = await makeArticle(db.prisma);
  const error = await domainError(
    saveAttributionVerdict(
      db.prisma,
      user,
      misattributed(us.id, 0, { correctSource: "pentagon", correctParty: "US", correctOfficial: true }),
    ),
  );
  expect(error.code).toBe("VALIDATION");
  expect(error.fieldErrors?.correctSource).toMatch(/schon zugeordnet/);
  expect(await db.prisma.claim.findUniqueOrThrow({ where: { id: us.id } })).toMatchObject({
    version: 0,
    attributionVerdict: null,
  });
  expect(await db.prisma.claimCorrection.count({ where: { claimId: us.id } })).toBe(0);
  expect(await db.prisma.review.count({ where: { claimId: us.id } })).toBe(0);
});

test("other attribution verdicts leave the source alone and record no correction", async () => {
  const user = await makeUser(db.prisma, "Mara Quelle");
  const { us } = await makeArticle(db.prisma);
  await saveAttributionVerdict(db.prisma, user, {
    claimId: us.id,
    version: 0,
    verdict: "NOT_FOUND",
    originalUrl: "",
    correctSource: "Russisches Verteidigungsministerium",
    rationale: "",
  });
  expect(await db.prisma.claim.findUniqueOrThrow({ where: { id: us.id } })).toMatchObject({ actorName: "Pentagon", party: "US" });
  expect(await db.prisma.claimCorrection.count({ where: { claimId: us.id } })).toBe(0);
});

test("an editor's source correction finds a registry alias in any case too", async () => {
  const { correctClaim } = await import("@/lib/claims/corrections");
  const user = await makeUser(db.prisma, "Carla Korrektur");
  const { us } = await makeArticle(db.prisma);
  await correctClaim(db.prisma, user, {
    claimId: us.id,
    version: 0,
    kind: "ACTOR_PARTY",
    actorName: "verteidigungsministerium IN MOSKAU",
    party: "RU",
    official: true,
  });
  expect(await db.prisma.claim.findUniqueOrThrow({ where: { id: us.id } })).toMatchObject({
    actorId: ministryId,
    actorName: "Russisches Verteidigungsministerium",
  });
});
