// Newsroom settings in the database (/admin/settings): admins only, validated, guarded by the
// version (first save creates the row, a concurrent save is a CONFLICT), audited with before and
// after; and the app uses them at once: new ingests, corrections and verdicts follow the saved
// conflict parties instead of the environment.
import crypto from "node:crypto";
import { ingestArticle } from "@/lib/articles/ingest";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/permissions";
import { PermissionError } from "@/lib/auth/session-errors";
import { correctClaim } from "@/lib/claims/corrections";
import { DomainError } from "@/lib/errors";
import { closeExtractionPool } from "@/lib/extraction-worker/pool";
import { saveContentVerdict } from "@/lib/reviews/verdicts";
import { loadNewsroomSettings } from "@/lib/settings/newsroom";
import { SETTINGS_CHANGED_MEANWHILE, updateNewsroomSettings } from "@/lib/settings/update";
import { setupTestDatabase } from "../../helpers/test-db";
import { EVIDENCE_PARTY, makeArticle, TEXT } from "../reviews/fixtures";

const db = setupTestDatabase();
let admin: { id: string; role: Role };
let editor: { id: string; role: Role };

async function insertUser(email: string, role: Role) {
  const user = await db.prisma.user.create({
    data: { email, name: email, role, passwordHash: await hashPassword("settings-Passwort-1") },
  });
  return { id: user.id, role };
}

async function failure(
  promise: Promise<unknown>,
): Promise<{ code: string; message?: string; fieldErrors?: Record<string, string> }> {
  try {
    await promise;
    return { code: "kein Fehler" };
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, message: error.message, fieldErrors: error.fieldErrors };
    if (error instanceof PermissionError) return { code: "FORBIDDEN" };
    throw error;
  }
}

const US_ONLY = {
  newsroomName: "Nachrichtenredaktion Test",
  conflictParties: ["US"],
  caveatText: "Achtung: Quelle ist Kriegspartei.",
};

beforeAll(async () => {
  admin = await insertUser("admin@example.org", "ADMIN");
  editor = await insertUser("editor@example.org", "EDITOR");
});

afterAll(() => closeExtractionPool());

describe("saving the settings", () => {
  test("only admins may save; bad input gets German field messages; nothing is written", async () => {
    expect(await failure(updateNewsroomSettings(db.prisma, editor, { ...US_ONLY, version: 0 }))).toEqual({ code: "FORBIDDEN" });
    const approver = await insertUser("approver@example.org", "APPROVER");
    expect(await failure(updateNewsroomSettings(db.prisma, approver, { ...US_ONLY, version: 0 }))).toEqual({ code: "FORBIDDEN" });

    const noParty = await failure(updateNewsroomSettings(db.prisma, admin, { ...US_ONLY, conflictParties: [], version: 0 }));
    expect(noParty).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { conflictParties: "Bitte mindestens eine Konfliktpartei wählen." },
    });
    const bad = await failure(
      updateNewsroomSettings(db.prisma, admin, {
        newsroomName: " ",
        conflictParties: ["MARS"],
        caveatText: "Hinweis\u0000",
        version: 0,
      }),
    );
    expect(bad.code).toBe("VALIDATION");
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["caveatText", "conflictParties.0", "newsroomName"]);
    expect(await db.prisma.newsroomSettings.count()).toBe(0);
    expect(await db.prisma.auditEvent.count({ where: { action: "settings.update" } })).toBe(0);
  });

  test("the first save creates the row, later saves need the version; a stale save is a CONFLICT", async () => {
    const before = await loadNewsroomSettings(db.prisma);
    expect(before).toMatchObject({ stored: false, version: 0 });

    const first = await updateNewsroomSettings(db.prisma, admin, {
      ...US_ONLY,
      conflictParties: ["US", "KP", "US"],
      version: 0,
    });
    // Stored once each, in the form's order.
    expect(first).toMatchObject({ stored: true, version: 1, conflictParties: ["KP", "US"], newsroomName: US_ONLY.newsroomName });

    // Someone who still saw "nothing stored" (version 0) or an old version does not overwrite it.
    expect(await failure(updateNewsroomSettings(db.prisma, admin, { ...US_ONLY, version: 0 }))).toEqual({
      code: "CONFLICT",
      message: SETTINGS_CHANGED_MEANWHILE,
      fieldErrors: undefined,
    });
    const second = await updateNewsroomSettings(db.prisma, admin, { ...US_ONLY, version: 1 });
    expect(second).toMatchObject({ version: 2, conflictParties: ["US"] });
    expect((await failure(updateNewsroomSettings(db.prisma, admin, { ...US_ONLY, version: 1 }))).code).toBe("CONFLICT");

    // Two admins saving the same version at once: exactly one wins.
    const outcomes = await Promise.allSettled([
      updateNewsroomSettings(db.prisma, admin, { ...US_ONLY, caveatText: "Erster Text", version: 2 }),
      updateNewsroomSettings(db.prisma, admin, { ...US_ONLY, caveatText: "Zweiter Text", version: 2 }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "CONFLICT" });
    expect(await loadNewsroomSettings(db.prisma)).toMatchObject({ version: 3 });

    // Back to the US-only settings the next tests expect.
    await updateNewsroomSettings(db.prisma, admin, { ...US_ONLY, version: 3 });
  });

  test("every save is audited with the admin, before and after", async () => {
    const events = await db.prisma.auditEvent.findMany({ where: { action: "settings.update" }, orderBy: { seq: "asc" } });
    expect(events).toHaveLength(4);
    expect(events.every((event) => event.userId === admin.id && event.entityType === "NewsroomSettings")).toBe(true);
    // The first save records what applied before: the environment's defaults, not stored.
    expect(events[0].before).toMatchObject({ stored: false, version: 0, conflictParties: ["RU", "UA"] });
    expect(events[0].after).toMatchObject({ stored: true, version: 1, conflictParties: ["KP", "US"] });
    expect(events[1].before).toMatchObject({ version: 1, conflictParties: ["KP", "US"] });
    expect(events[1].after).toMatchObject({ version: 2, conflictParties: ["US"], caveatText: US_ONLY.caveatText });
  });
});

describe("the saved settings apply", () => {
  test("a newly ingested article's claims get the caveat by the saved conflict parties and text", async () => {
    const text = `${TEXT} Stand ${crypto.randomUUID()}.`;
    const article = await ingestArticle(db.prisma, editor, { kind: "text", fields: { title: "Neu", outlet: "Test", text } });
    const claims = await db.prisma.claim.findMany({ where: { articleId: article.id }, orderBy: { start: "asc" } });
    const byValue = Object.fromEntries(claims.map((claim) => [claim.valueText, claim]));
    // US (Pentagon) is a conflict party now; Ukraine and Russia no longer are.
    expect(byValue["500"]).toMatchObject({ party: "US", caveat: true });
    expect(byValue["11.000"]).toMatchObject({ party: "UA", caveat: false });
    expect(byValue["42"]).toMatchObject({ party: "RU", caveat: false });
  });

  test("a correction recomputes the caveat with the saved conflict parties", async () => {
    const { ru } = await makeArticle(db.prisma);
    await correctClaim(db.prisma, editor, {
      claimId: ru.id,
      version: 0,
      kind: "ACTOR_PARTY",
      actorName: "Pentagon",
      party: "US",
      official: true,
    });
    expect(await db.prisma.claim.findUniqueOrThrow({ where: { id: ru.id } })).toMatchObject({ party: "US", caveat: true });
  });

  test("the verdict's caveat rule uses the saved conflict parties", async () => {
    const { us, ua } = await makeArticle(db.prisma);
    const verified = { verdict: "VERIFIED", rationale: "Aus der Mitteilung", evidence: [EVIDENCE_PARTY] };
    // US is a conflict party: "belegt" needs an independent source.
    const error = await failure(saveContentVerdict(db.prisma, editor, { claimId: us.id, version: 0, ...verified }));
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { evidence: expect.stringMatching(/unabhängig/i) } });
    // Ukraine is none any more: a party source is enough.
    await expect(saveContentVerdict(db.prisma, editor, { claimId: ua.id, version: 0, ...verified })).resolves.toMatchObject({
      contentVerdict: "VERIFIED",
    });
  });
});
