// Server-side sessions against real PostgreSQL: a login creates a live session row; logout,
// expiry and deactivation end it; revoking one user's sessions leaves others alone.
import { logIn } from "@/lib/auth/login";
import { hashPassword } from "@/lib/auth/password";
import { createSession, liveSessionUser, revokeSession, revokeUserSessions } from "@/lib/auth/sessions";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();
const PASSWORD = "sitzungs-Passwort-1";

async function createUser(email: string): Promise<string> {
  const user = await db.prisma.user.create({
    data: { email, name: "Name", role: "EDITOR", passwordHash: await hashPassword(PASSWORD) },
  });
  return user.id;
}

test("a login creates a live session with the client's address and browser", async () => {
  const userId = await createUser("login@example.org");
  const user = await logIn(
    db.prisma,
    { email: "login@example.org", password: PASSWORD },
    { "x-forwarded-for": "198.51.100.4", "user-agent": "Testbrowser/1.0" },
  );
  expect(user).toMatchObject({ id: userId, email: "login@example.org", role: "EDITOR", sessionId: expect.any(String) });
  const row = await db.prisma.userSession.findUniqueOrThrow({ where: { id: user!.sessionId } });
  expect(row).toMatchObject({ userId, address: "198.51.100.4", userAgent: "Testbrowser/1.0", revokedAt: null });
  expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(12 * 60 * 60 * 1000);
  await expect(liveSessionUser(db.prisma, user!.sessionId, userId)).resolves.toMatchObject({ id: userId });
});

test("a wrong password creates no session", async () => {
  const userId = await createUser("falsch@example.org");
  await expect(logIn(db.prisma, { email: "falsch@example.org", password: "nein" })).resolves.toBeNull();
  expect(await db.prisma.userSession.count({ where: { userId } })).toBe(0);
});

test("revoked, expired, foreign and deactivated sessions are not live", async () => {
  const userId = await createUser("ende@example.org");
  const otherId = await createUser("fremd@example.org");
  const origin = { address: "192.0.2.1", userAgent: "" };

  const revoked = await createSession(db.prisma, userId, origin);
  await revokeSession(db.prisma, revoked, "LOGOUT");
  await expect(liveSessionUser(db.prisma, revoked, userId)).resolves.toBeNull();
  expect(await db.prisma.userSession.findUniqueOrThrow({ where: { id: revoked } })).toMatchObject({ revokedReason: "LOGOUT" });

  const expired = await createSession(db.prisma, userId, origin);
  await db.prisma.userSession.update({ where: { id: expired }, data: { expiresAt: new Date(Date.now() - 1000) } });
  await expect(liveSessionUser(db.prisma, expired, userId)).resolves.toBeNull();

  const live = await createSession(db.prisma, userId, origin);
  await expect(liveSessionUser(db.prisma, live, otherId)).resolves.toBeNull();
  await expect(liveSessionUser(db.prisma, live, userId)).resolves.toMatchObject({ id: userId });

  await db.prisma.user.update({ where: { id: userId }, data: { active: false } });
  await expect(liveSessionUser(db.prisma, live, userId)).resolves.toBeNull();
});

test("ending all of one user's sessions leaves other users' sessions alive", async () => {
  const userId = await createUser("alle@example.org");
  const otherId = await createUser("andere@example.org");
  const origin = { address: "192.0.2.2", userAgent: "" };
  const mine = [await createSession(db.prisma, userId, origin), await createSession(db.prisma, userId, origin)];
  const theirs = await createSession(db.prisma, otherId, origin);

  await expect(revokeUserSessions(db.prisma, userId, "LOGOUT_EVERYWHERE")).resolves.toBe(2);
  for (const id of mine) await expect(liveSessionUser(db.prisma, id, userId)).resolves.toBeNull();
  await expect(liveSessionUser(db.prisma, theirs, otherId)).resolves.not.toBeNull();
});

test("a new login deletes the user's sessions that ended more than 30 days ago", async () => {
  const userId = await createUser("aufraeumen@example.org");
  const old = await createSession(db.prisma, userId, { address: "192.0.2.3", userAgent: "" });
  await db.prisma.userSession.update({ where: { id: old }, data: { expiresAt: new Date(Date.now() - 31 * 86_400_000) } });
  await createSession(db.prisma, userId, { address: "192.0.2.3", userAgent: "" });
  expect(await db.prisma.userSession.findUnique({ where: { id: old } })).toBeNull();
  expect(await db.prisma.userSession.count({ where: { userId } })).toBe(1);
});
