import { addClaim } from "@/lib/claims/add-claim";
import { correctClaim } from "@/lib/claims/corrections";
import { insertArticleWithClaims } from "@/lib/articles/create";
import { DEFAULT_ACTORS, extractDocument } from "@/lib/extraction";
import { setupTestDatabase } from "../../helpers/test-db";
import { domainError, makeArticle, makeUser, TEXT } from "./fixtures";

const db = setupTestDatabase();

// The registry as seeding leaves it: one insert of all ~470 default actors (one upsert each took
// 23 s of this hook's 30 under load, and the server a transaction per actor).
beforeAll(async () => {
  await db.prisma.actor.createMany({ data: DEFAULT_ACTORS, skipDuplicates: true });
});

describe("corrections", () => {
  test("actor and party corrections are stored apart from the machine snapshot, with audit", async () => {
    const user = await makeUser(db.prisma, "Carla Korrektur");
    const text =
      "Im russischen Grenzgebiet Kursk sind nach ukrainischen Angaben bereits 11.000 nordkoreanische Soldaten eingetroffen. Das sagte Selenskyj.";
    const { claims } = extractDocument(text, { format: "text" });
    expect(claims.length).toBeGreaterThan(0);
    const article = await db.prisma.$transaction((tx) =>
      insertArticleWithClaims(tx, { title: "Kursk", outlet: "Test", text }, claims, null),
    );
    const claim = await db.prisma.claim.findFirstOrThrow({ where: { articleId: article.id, valueText: { contains: "11.000" } } });
    const machineBefore = claim.machine;

    const registryActor = DEFAULT_ACTORS.find((a) => a.party === "RU" && a.official)!;
    const result = await correctClaim(db.prisma, user, {
      claimId: claim.id,
      version: claim.version,
      kind: "ACTOR_PARTY",
      actorName: registryActor.canonicalName.toUpperCase(),
      party: "RU",
      official: true,
    });
    expect(result.correctionIds.length).toBeGreaterThanOrEqual(1);

    const after = await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
    const actorRow = await db.prisma.actor.findUniqueOrThrow({ where: { canonicalName: registryActor.canonicalName } });
    expect(after).toMatchObject({
      actorName: registryActor.canonicalName,
      actorId: actorRow.id,
      party: "RU",
      official: true,
      version: 1,
    });
    expect(after.machine).toEqual(machineBefore);
    // The caveat follows the corrected source: official body of a conflict party about soldiers.
    expect(after.caveat).toBe(true);

    const corrections = await db.prisma.claimCorrection.findMany({ where: { claimId: claim.id }, orderBy: { kind: "asc" } });
    expect(corrections.map((c) => c.kind).sort()).toEqual(claim.party === "RU" ? ["ACTOR"] : ["ACTOR", "PARTY"]);
    const actorCorrection = corrections.find((c) => c.kind === "ACTOR")!;
    expect(actorCorrection).toMatchObject({
      userId: user.id,
      before: { actorName: claim.actorName, actorId: claim.actorId, official: claim.official },
      after: { actorName: registryActor.canonicalName, actorId: actorRow.id, official: true },
    });
    const audit = await db.prisma.auditEvent.findMany({ where: { entityType: "Claim", entityId: claim.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "claim.correction",
      userId: user.id,
      before: expect.objectContaining({ actorName: claim.actorName, version: 0 }),
      after: expect.objectContaining({ actorName: registryActor.canonicalName, party: "RU", version: 1 }),
    });
  });

  test("free-text actor, unchanged input is rejected, stale version conflicts", async () => {
    const user = await makeUser(db.prisma, "Carla Korrektur");
    const { us } = await makeArticle(db.prisma);
    await correctClaim(db.prisma, user, {
      claimId: us.id,
      version: 0,
      kind: "ACTOR_PARTY",
      actorName: "Sprecher der US-Botschaft",
      party: "US",
      official: true,
    });
    const claim = await db.prisma.claim.findUniqueOrThrow({ where: { id: us.id } });
    expect(claim).toMatchObject({ actorName: "Sprecher der US-Botschaft", actorId: null, party: "US", version: 1 });
    const corrections = await db.prisma.claimCorrection.findMany({ where: { claimId: us.id } });
    expect(corrections.map((c) => c.kind)).toEqual(["ACTOR"]);

    const same = await domainError(
      correctClaim(db.prisma, user, {
        claimId: us.id,
        version: 1,
        kind: "ACTOR_PARTY",
        actorName: "Sprecher der US-Botschaft",
        party: "US",
        official: true,
      }),
    );
    expect(same.code).toBe("VALIDATION");
    const stale = await domainError(
      correctClaim(db.prisma, user, {
        claimId: us.id,
        version: 0,
        kind: "ACTOR_PARTY",
        actorName: "Pentagon",
        party: "NATO",
        official: true,
      }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toContain("Carla Korrektur");
    const badParty = await domainError(
      correctClaim(db.prisma, user, {
        claimId: us.id,
        version: 1,
        kind: "ACTOR_PARTY",
        actorName: "x",
        party: "XX",
        official: false,
      }),
    );
    expect(badParty.fieldErrors?.party).toBe("Bitte eine Partei wählen.");
  });

  test("marking a false positive as „keine Behauptung“ and back", async () => {
    const user = await makeUser(db.prisma, "Carla Korrektur");
    const { ru } = await makeArticle(db.prisma);
    await correctClaim(db.prisma, user, { claimId: ru.id, version: 0, kind: "NOT_A_CLAIM", notAClaim: true });
    expect(await db.prisma.claim.findUniqueOrThrow({ where: { id: ru.id } })).toMatchObject({
      notAClaim: true,
      version: 1,
      status: "OPEN",
    });
    expect(
      (await domainError(correctClaim(db.prisma, user, { claimId: ru.id, version: 1, kind: "NOT_A_CLAIM", notAClaim: true })))
        .code,
    ).toBe("VALIDATION");
    await correctClaim(db.prisma, user, { claimId: ru.id, version: 1, kind: "NOT_A_CLAIM", notAClaim: false });
    const rows = await db.prisma.claimCorrection.findMany({ where: { claimId: ru.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.kind, r.before, r.after])).toEqual([
      ["NOT_A_CLAIM", { notAClaim: false }, { notAClaim: true }],
      ["NOT_A_CLAIM", { notAClaim: true }, { notAClaim: false }],
    ]);
    expect(await db.prisma.auditEvent.count({ where: { entityId: ru.id, action: "claim.correction" } })).toBe(2);
    const claim = await db.prisma.claim.findUniqueOrThrow({ where: { id: ru.id } });
    expect(claim.machine).toEqual({ valueText: "42", what: "Drohnen", actor: "", party: "RU", official: false, caveat: false });
  });
});

describe("adding a missed claim", () => {
  test("offsets are validated against the article text", async () => {
    const user = await makeUser(db.prisma, "Dora Ergänzung");
    const { article } = await makeArticle(db.prisma);
    const start = TEXT.indexOf("Kursk");
    const base = { articleId: article.id, value: "1", what: "Grenzgebiet", actorName: "", party: "NONE", official: false };
    // Wrong text for the offsets.
    let error = await domainError(addClaim(db.prisma, user, { ...base, start, end: start + 5, valueText: "Kiew!" }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.valueText).toMatch(/passt nicht/);
    // Offsets beyond the text.
    error = await domainError(addClaim(db.prisma, user, { ...base, start: TEXT.length, end: TEXT.length + 3, valueText: "abc" }));
    expect(error.code).toBe("VALIDATION");
    // end before start, value not a number, missing what.
    error = await domainError(addClaim(db.prisma, user, { ...base, start: 5, end: 3, valueText: "ab" }));
    expect(error.code).toBe("VALIDATION");
    error = await domainError(
      addClaim(db.prisma, user, { ...base, value: "viele", what: "", start, end: start + 5, valueText: "Kursk" }),
    );
    expect(error.fieldErrors).toMatchObject({
      value: expect.stringMatching(/Zahlenwert/),
      what: expect.stringMatching(/was gezählt/),
    });
    // Overlapping an existing claim.
    const at = TEXT.indexOf("11.000");
    error = await domainError(addClaim(db.prisma, user, { ...base, start: at, end: at + 6, valueText: "11.000" }));
    expect(error.code).toBe("DUPLICATE");
    // Unknown article.
    error = await domainError(
      addClaim(db.prisma, user, { ...base, articleId: "fehlt", start, end: start + 5, valueText: "Kursk" }),
    );
    expect(error.code).toBe("NOT_FOUND");
    expect(await db.prisma.claim.count({ where: { articleId: article.id } })).toBe(3);
  });

  test("a valid selection becomes an EDITOR claim with an ADDED_CLAIM correction and an audit event", async () => {
    const user = await makeUser(db.prisma, "Dora Ergänzung");
    const text = "Präambel 😀. Der Generalstab meldete 1.250 zerstörte Panzer. Ende.";
    const { article } = await makeArticle(db.prisma, text + " 11.000 500 42");
    const valueText = "1.250";
    // UTF-16 offsets: the emoji counts as two code units.
    const start = text.indexOf(valueText);
    const result = await addClaim(db.prisma, user, {
      articleId: article.id,
      start,
      end: start + valueText.length,
      valueText,
      value: "1.250",
      what: "zerstörte Panzer",
      actorName: "Generalstab der ukrainischen Armee (frei)",
      party: "UA",
      official: true,
    });
    const claim = await db.prisma.claim.findUniqueOrThrow({ where: { id: result.claimId } });
    expect(claim).toMatchObject({
      articleId: article.id,
      start,
      end: start + 5,
      valueText,
      value: 1250,
      what: "zerstörte Panzer",
      party: "UA",
      official: true,
      caveat: true,
      origin: "EDITOR",
      machine: null,
      status: "OPEN",
      version: 0,
      sentence: "Der Generalstab meldete 1.250 zerstörte Panzer.",
    });
    const corrections = await db.prisma.claimCorrection.findMany({ where: { claimId: claim.id } });
    expect(corrections).toHaveLength(1);
    expect(corrections[0]).toMatchObject({
      kind: "ADDED_CLAIM",
      before: null,
      userId: user.id,
      after: expect.objectContaining({ valueText, start }),
    });
    const audit = await db.prisma.auditEvent.findMany({ where: { entityId: claim.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "claim.add", userId: user.id, before: null });
  });
});
