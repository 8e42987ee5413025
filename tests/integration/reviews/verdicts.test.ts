import { saveAttributionVerdict, saveContentVerdict } from "@/lib/reviews/verdicts";
import { setupTestDatabase } from "../../helpers/test-db";
import { domainError, EVIDENCE_INDEPENDENT, EVIDENCE_PARTY, makeArticle, makeUser } from "./fixtures";

const db = setupTestDatabase();

describe("content verdict", () => {
  test("rationale is required; nothing is written on a validation error", async () => {
    const user = await makeUser(db.prisma, "Anna Prüfer");
    const { us } = await makeArticle(db.prisma);
    const error = await domainError(
      saveContentVerdict(db.prisma, user, {
        claimId: us.id,
        version: 0,
        verdict: "DISPUTED",
        rationale: "  ",
        evidence: [EVIDENCE_PARTY],
      }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.rationale).toBe("Bitte eine Begründung angeben.");
    const claim = await db.prisma.claim.findUniqueOrThrow({ where: { id: us.id } });
    expect(claim).toMatchObject({ version: 0, contentVerdict: null, status: "OPEN" });
    expect(await db.prisma.review.count({ where: { claimId: us.id } })).toBe(0);
    expect(await db.prisma.auditEvent.count({ where: { entityId: us.id } })).toBe(0);
  });

  test.each([
    ["not a url", "Bitte eine vollständige Web-Adresse"],
    ["javascript:alert(1)", "Bitte eine vollständige Web-Adresse"],
    ["ftp://example.org/x", "Bitte eine vollständige Web-Adresse"],
    ["", "Bitte eine URL angeben."],
  ])("evidence URL %j is rejected", async (url, message) => {
    const user = await makeUser(db.prisma, "Anna Prüfer");
    const { us } = await makeArticle(db.prisma);
    const error = await domainError(
      saveContentVerdict(db.prisma, user, {
        claimId: us.id,
        version: 0,
        verdict: "DISPUTED",
        rationale: "Widerspricht Satellitenbildern.",
        evidence: [{ url, note: "Beleg", independent: true }],
      }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.["evidence.0.url"]).toContain(message);
  });

  test("verified and disputed need at least one evidence item, unverifiable does not", async () => {
    const user = await makeUser(db.prisma, "Anna Prüfer");
    const { us, ru } = await makeArticle(db.prisma);
    const error = await domainError(
      saveContentVerdict(db.prisma, user, {
        claimId: us.id,
        version: 0,
        verdict: "DISPUTED",
        rationale: "Zweifel.",
        evidence: [],
      }),
    );
    expect(error.fieldErrors?.evidence).toMatch(/mindestens einen Beleg/);
    const ok = await saveContentVerdict(db.prisma, user, {
      claimId: ru.id,
      version: 0,
      verdict: "UNVERIFIABLE",
      rationale: "Keine unabhängige Quelle erreichbar.",
      evidence: [],
    });
    expect(ok).toMatchObject({ contentVerdict: "UNVERIFIABLE", status: "IN_REVIEW", version: 1 });
  });

  test("a conflict-party (UA, RU) claim cannot be verified without independent evidence; a US claim can", async () => {
    const user = await makeUser(db.prisma, "Anna Prüfer");
    const { ua, ru, us } = await makeArticle(db.prisma);
    for (const claim of [ua, ru]) {
      const error = await domainError(
        saveContentVerdict(db.prisma, user, {
          claimId: claim.id,
          version: 0,
          verdict: "VERIFIED",
          rationale: "Laut Regierung.",
          evidence: [EVIDENCE_PARTY],
        }),
      );
      expect(error.code).toBe("VALIDATION");
      expect(error.message).toContain(`Konfliktpartei (${claim.party})`);
      expect(error.fieldErrors?.evidence).toContain("unabhängigen Beleg");
    }
    // Disputing a conflict-party claim needs no independent source.
    await expect(
      saveContentVerdict(db.prisma, user, {
        claimId: ru.id,
        version: 0,
        verdict: "DISPUTED",
        rationale: "Zweifel.",
        evidence: [EVIDENCE_PARTY],
      }),
    ).resolves.toMatchObject({ contentVerdict: "DISPUTED" });
    await expect(
      saveContentVerdict(db.prisma, user, {
        claimId: us.id,
        version: 0,
        verdict: "VERIFIED",
        rationale: "Pentagon-Mitteilung.",
        evidence: [EVIDENCE_PARTY],
      }),
    ).resolves.toMatchObject({ contentVerdict: "VERIFIED" });
    await expect(
      saveContentVerdict(db.prisma, user, {
        claimId: ua.id,
        version: 0,
        verdict: "VERIFIED",
        rationale: "Von unabhängiger Stelle bestätigt.",
        evidence: [EVIDENCE_PARTY, EVIDENCE_INDEPENDENT],
      }),
    ).resolves.toMatchObject({ contentVerdict: "VERIFIED", status: "IN_REVIEW", version: 1 });
  });

  test("the conflict parties come from the newsroom configuration", async () => {
    const user = await makeUser(db.prisma, "Anna Prüfer");
    const { us } = await makeArticle(db.prisma);
    process.env.QUELLENLAGE_CONFLICT_PARTIES = "US";
    try {
      const error = await domainError(
        saveContentVerdict(db.prisma, user, {
          claimId: us.id,
          version: 0,
          verdict: "VERIFIED",
          rationale: "x",
          evidence: [EVIDENCE_PARTY],
        }),
      );
      expect(error.message).toContain("Konfliktpartei (US)");
    } finally {
      delete process.env.QUELLENLAGE_CONFLICT_PARTIES;
    }
  });

  test("saving writes the review, moves OPEN → IN_REVIEW, bumps the version and audits before/after", async () => {
    const user = await makeUser(db.prisma, "Anna Prüfer");
    const { ua } = await makeArticle(db.prisma);
    const result = await saveContentVerdict(db.prisma, user, {
      claimId: ua.id,
      version: 0,
      verdict: "VERIFIED",
      rationale: "  Von unabhängiger Stelle bestätigt.  ",
      evidence: [EVIDENCE_INDEPENDENT],
    });
    const claim = await db.prisma.claim.findUniqueOrThrow({ where: { id: ua.id } });
    expect(claim).toMatchObject({ status: "IN_REVIEW", contentVerdict: "VERIFIED", version: 1 });
    const review = await db.prisma.review.findUniqueOrThrow({ where: { id: result.reviewId } });
    expect(review).toMatchObject({
      kind: "CONTENT",
      verdict: "VERIFIED",
      rationale: "Von unabhängiger Stelle bestätigt.",
      userId: user.id,
      evidence: [EVIDENCE_INDEPENDENT],
    });
    const events = await db.prisma.auditEvent.findMany({ where: { entityType: "Claim", entityId: ua.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      userId: user.id,
      action: "claim.content_verdict",
      before: expect.objectContaining({ status: "OPEN", contentVerdict: null, version: 0 }),
      after: expect.objectContaining({ status: "IN_REVIEW", contentVerdict: "VERIFIED", version: 1 }),
    });
    expect(events[0].createdAt).toBeInstanceOf(Date);

    // A second verdict with the new version keeps IN_REVIEW.
    await saveContentVerdict(db.prisma, user, {
      claimId: ua.id,
      version: 1,
      verdict: "DISPUTED",
      rationale: "Neue Satellitenbilder widersprechen.",
      evidence: [EVIDENCE_INDEPENDENT],
    });
    expect(await db.prisma.claim.findUniqueOrThrow({ where: { id: ua.id } })).toMatchObject({
      status: "IN_REVIEW",
      contentVerdict: "DISPUTED",
      version: 2,
    });
  });

  test("a stale version is a CONFLICT, an unknown claim NOT_FOUND, a submitted claim cannot be changed", async () => {
    const user = await makeUser(db.prisma, "Anna Prüfer");
    const { us } = await makeArticle(db.prisma);
    const input = { claimId: us.id, version: 0, verdict: "DISPUTED", rationale: "Zweifel.", evidence: [EVIDENCE_PARTY] };
    await saveContentVerdict(db.prisma, user, input);
    const conflict = await domainError(saveContentVerdict(db.prisma, user, { ...input, verdict: "VERIFIED" }));
    expect(conflict.code).toBe("CONFLICT");
    expect(conflict.message).toContain("Anna Prüfer");
    expect(conflict.message).toContain("umstritten");
    expect((await domainError(saveContentVerdict(db.prisma, user, { ...input, claimId: "gibt-es-nicht" }))).code).toBe(
      "NOT_FOUND",
    );
    await db.prisma.claim.update({ where: { id: us.id }, data: { status: "SUBMITTED" } });
    const frozen = await domainError(saveContentVerdict(db.prisma, user, { ...input, version: 1 }));
    expect(frozen.code).toBe("VALIDATION");
    expect(frozen.message).toContain("zur Freigabe eingereicht");
  });
});

describe("attribution verdict", () => {
  test("CONFIRMED needs a link to the original statement", async () => {
    const user = await makeUser(db.prisma, "Ben Quelle");
    const { ua } = await makeArticle(db.prisma);
    const error = await domainError(
      saveAttributionVerdict(db.prisma, user, {
        claimId: ua.id,
        version: 0,
        verdict: "CONFIRMED",
        originalUrl: "",
        correctSource: "",
        rationale: "",
      }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.originalUrl).toMatch(/Link zur Originalaussage/);
    const bad = await domainError(
      saveAttributionVerdict(db.prisma, user, {
        claimId: ua.id,
        version: 0,
        verdict: "CONFIRMED",
        originalUrl: "telegram",
        correctSource: "",
        rationale: "",
      }),
    );
    expect(bad.fieldErrors?.originalUrl).toMatch(/vollständige Web-Adresse/);

    const ok = await saveAttributionVerdict(db.prisma, user, {
      claimId: ua.id,
      version: 0,
      verdict: "CONFIRMED",
      originalUrl: "https://www.president.gov.ua/news/videobotschaft",
      correctSource: "",
      rationale: "Videobotschaft vom Abend.",
    });
    expect(ok).toMatchObject({ attributionVerdict: "CONFIRMED", status: "OPEN", version: 1 });
    const review = await db.prisma.review.findUniqueOrThrow({ where: { id: ok.reviewId } });
    expect(review).toMatchObject({
      kind: "ATTRIBUTION",
      verdict: "CONFIRMED",
      correctSource: null,
      evidence: [{ url: "https://www.president.gov.ua/news/videobotschaft", note: "Originalaussage", independent: false }],
    });
    expect(await db.prisma.auditEvent.count({ where: { entityId: ua.id, action: "claim.attribution_verdict" } })).toBe(1);
  });

  test("MISATTRIBUTED needs the correct source; NOT_FOUND needs nothing", async () => {
    const user = await makeUser(db.prisma, "Ben Quelle");
    const { us, ru } = await makeArticle(db.prisma);
    const error = await domainError(
      saveAttributionVerdict(db.prisma, user, {
        claimId: us.id,
        version: 0,
        verdict: "MISATTRIBUTED",
        originalUrl: "",
        correctSource: " ",
        rationale: "",
      }),
    );
    expect(error.fieldErrors?.correctSource).toMatch(/richtige Quelle/);
    const ok = await saveAttributionVerdict(db.prisma, user, {
      claimId: us.id,
      version: 0,
      verdict: "MISATTRIBUTED",
      originalUrl: "",
      correctSource: "Weißes Haus",
      rationale: "Stammt aus dem Briefing des Weißen Hauses.",
    });
    const review = await db.prisma.review.findUniqueOrThrow({ where: { id: ok.reviewId } });
    expect(review.correctSource).toBe("Weißes Haus");
    await expect(
      saveAttributionVerdict(db.prisma, user, {
        claimId: ru.id,
        version: 0,
        verdict: "NOT_FOUND",
        originalUrl: "",
        correctSource: "",
        rationale: "",
      }),
    ).resolves.toMatchObject({ attributionVerdict: "NOT_FOUND" });
    // "falsch zugeordnet" makes the correct source the effective one (tests/integration/reviews/misattributed.test.ts);
    // "nicht auffindbar" leaves the machine's actor alone.
    expect(await db.prisma.claim.findUniqueOrThrow({ where: { id: us.id } })).toMatchObject({ actorName: "Weißes Haus" });
    expect(await db.prisma.claim.findUniqueOrThrow({ where: { id: ru.id } })).toMatchObject({ actorName: "" });
  });
});
