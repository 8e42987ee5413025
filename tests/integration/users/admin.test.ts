// Password reset, role change and deactivation: each ends the user's sessions in the same
// transaction and is audited; only administrators may call them; bad input is a VALIDATION error.
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/permissions";
import { PermissionError } from "@/lib/auth/session-errors";
import { createSession, liveSessionUser } from "@/lib/auth/sessions";
import { DomainError } from "@/lib/errors";
import { changeRole, resetPassword, setActive } from "@/lib/users/admin";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();
const PASSWORD = "altes-Passwort-1";
let admin: { id: string; role: Role };

async function createUser(email: string, role: Role = "EDITOR"): Promise<string> {
  const user = await db.prisma.user.create({ data: { email, name: email, role, passwordHash: await hashPassword(PASSWORD) } });
  return user.id;
}

async function twoSessions(userId: string): Promise<string[]> {
  const origin = { address: "192.0.2.1", userAgent: "" };
  return [await createSession(db.prisma, userId, origin), await createSession(db.prisma, userId, origin)];
}

async function liveCount(userId: string, sessionIds: string[]): Promise<number> {
  const live = await Promise.all(sessionIds.map((id) => liveSessionUser(db.prisma, id, userId)));
  return live.filter(Boolean).length;
}

async function domainCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "kein Fehler";
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    if (error instanceof PermissionError) return "FORBIDDEN";
    throw error;
  }
}

beforeAll(async () => {
  admin = { id: await createUser("admin@example.org", "ADMIN"), role: "ADMIN" };
});

test("a password reset sets the new password, ends all sessions and is audited", async () => {
  const userId = await createUser("reset@example.org");
  const sessions = await twoSessions(userId);
  const bystander = await createUser("daneben@example.org");
  const bystanderSessions = await twoSessions(bystander);

  await expect(resetPassword(db.prisma, admin, { userId, password: "neues-Passwort-22" })).resolves.toEqual({
    userId,
    endedSessions: 2,
  });
  expect(await liveCount(userId, sessions)).toBe(0);
  expect(await liveCount(bystander, bystanderSessions)).toBe(2);
  await expect(authenticate(db.prisma, { email: "reset@example.org", password: PASSWORD })).resolves.toBeNull();
  await expect(authenticate(db.prisma, { email: "reset@example.org", password: "neues-Passwort-22" })).resolves.not.toBeNull();
  const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: userId, action: "user.password_reset" } });
  expect(audit.userId).toBe(admin.id);
  expect(JSON.stringify(audit.after)).not.toContain("neues-Passwort");
});

test("a role change ends the sessions; setting the same role changes nothing", async () => {
  const userId = await createUser("rolle@example.org");
  const sessions = await twoSessions(userId);
  await expect(changeRole(db.prisma, admin, { userId, role: "APPROVER" })).resolves.toEqual({ userId, endedSessions: 2 });
  expect(await liveCount(userId, sessions)).toBe(0);
  expect((await db.prisma.user.findUniqueOrThrow({ where: { id: userId } })).role).toBe("APPROVER");
  const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: userId, action: "user.role_changed" } });
  expect(audit).toMatchObject({ before: { role: "EDITOR" }, after: { role: "APPROVER", endedSessions: 2 } });

  const again = await twoSessions(userId);
  await expect(changeRole(db.prisma, admin, { userId, role: "APPROVER" })).resolves.toEqual({ userId, endedSessions: 0 });
  expect(await liveCount(userId, again)).toBe(2);
});

test("deactivation ends the sessions and refuses logins; reactivation allows logins again", async () => {
  const userId = await createUser("weg@example.org");
  const sessions = await twoSessions(userId);
  await expect(setActive(db.prisma, admin, { userId, active: false })).resolves.toEqual({ userId, endedSessions: 2 });
  expect(await liveCount(userId, sessions)).toBe(0);
  expect(await db.prisma.userSession.count({ where: { userId, revokedReason: "DEACTIVATED" } })).toBe(2);
  await expect(authenticate(db.prisma, { email: "weg@example.org", password: PASSWORD })).resolves.toBeNull();

  await setActive(db.prisma, admin, { userId, active: true });
  await expect(authenticate(db.prisma, { email: "weg@example.org", password: PASSWORD })).resolves.not.toBeNull();
  const actions = await db.prisma.auditEvent.findMany({ where: { entityId: userId }, orderBy: { id: "asc" } });
  expect(actions.map((a) => a.action)).toEqual(["user.deactivated", "user.activated"]);
});

test("only administrators may change users", async () => {
  const userId = await createUser("geschuetzt@example.org");
  const editor = { id: await createUser("redakteur@example.org"), role: "EDITOR" as const };
  const approver = { id: await createUser("freigeber@example.org", "APPROVER"), role: "APPROVER" as const };
  for (const actor of [editor, approver]) {
    expect(await domainCode(resetPassword(db.prisma, actor, { userId, password: "neues-Passwort-22" }))).toBe("FORBIDDEN");
    expect(await domainCode(changeRole(db.prisma, actor, { userId, role: "ADMIN" }))).toBe("FORBIDDEN");
    expect(await domainCode(setActive(db.prisma, actor, { userId, active: false }))).toBe("FORBIDDEN");
  }
  expect(await db.prisma.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ role: "EDITOR", active: true });
});

test("bad input and unknown users get German errors, and nothing changes", async () => {
  const userId = await createUser("eingabe@example.org");
  const sessions = await twoSessions(userId);
  const short = resetPassword(db.prisma, admin, { userId, password: "kurz" });
  await expect(short).rejects.toMatchObject({
    code: "VALIDATION",
    fieldErrors: { password: expect.stringMatching(/mindestens 12 Zeichen/) },
  });
  expect(await domainCode(changeRole(db.prisma, admin, { userId, role: "KOENIG" }))).toBe("VALIDATION");
  expect(await domainCode(setActive(db.prisma, admin, { userId, active: "nein" }))).toBe("VALIDATION");
  expect(await domainCode(changeRole(db.prisma, admin, { userId: "gibt-es-nicht", role: "ADMIN" }))).toBe("NOT_FOUND");
  expect(await domainCode(resetPassword(db.prisma, admin, { userId: "gibt-es-nicht", password: "neues-Passwort-22" }))).toBe(
    "NOT_FOUND",
  );
  expect(await liveCount(userId, sessions)).toBe(2);
});

test("an administrator cannot deactivate or demote themself", async () => {
  expect(await domainCode(setActive(db.prisma, admin, { userId: admin.id, active: false }))).toBe("VALIDATION");
  expect(await domainCode(changeRole(db.prisma, admin, { userId: admin.id, role: "EDITOR" }))).toBe("VALIDATION");
  expect(await db.prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "ADMIN", active: true });
});
