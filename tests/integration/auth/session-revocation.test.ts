// Over real HTTP against the built app: a session cookie copied before logout (or before
// "überall abmelden", a password reset, a role change, a deactivation) is dead afterwards on
// pages, API routes, server actions and next-auth's own session endpoint.
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/permissions";
import { changeRole, resetPassword, setActive } from "@/lib/users/admin";
import { startTestApp, type TestApp } from "../../helpers/app-server";
import { setupTestDatabase } from "../../helpers/test-db";
import { callServerAction, get, httpLogin, httpLogout, serverActionId, sessionCookies, type CookieJar } from "./http-auth";

jest.setTimeout(120000);

const db = setupTestDatabase();
const PASSWORD = "sitzungs-Passwort-1";
let app: TestApp;
let adminId = "";

async function createUser(email: string, role: Role = "EDITOR"): Promise<string> {
  const user = await db.prisma.user.create({
    data: { email, name: email.split("@")[0], role, passwordHash: await hashPassword(PASSWORD) },
  });
  return user.id;
}

/** A fresh session; each test logs in from its own address so that no test is throttled by another. */
async function logIn(email: string, address: string): Promise<CookieJar> {
  const outcome = await httpLogin(app.baseUrl, email, PASSWORD, { headers: { "X-Forwarded-For": address } });
  expect({ email, error: outcome.error }).toEqual({ email, error: null });
  return outcome.jar;
}

async function sessionBody(jar: CookieJar): Promise<{ body: Record<string, unknown>; setsFreshToken: boolean }> {
  const response = await get(app.baseUrl, "/api/auth/session", jar);
  const setsFreshToken = response.headers
    .getSetCookie()
    .some((line) => /next-auth\.session-token(\.\d+)?=[^;]+/.test(line) && !/max-age=0|expires=Thu, 01 Jan 1970/i.test(line));
  return { body: (await response.json()) as Record<string, unknown>, setsFreshToken };
}

/** Everything a copied cookie could be used for is refused. */
/** The queue checks the session inside its own statements (lib/claims/queue-view.ts): first page, further page, search. */
const QUEUE_PAGES = ["/claims", "/claims?status=open&limit=1", "/claims?q=Drohnen"];

async function expectDead(jar: CookieJar): Promise<void> {
  for (const path of ["/articles", ...QUEUE_PAGES]) {
    const page = await get(app.baseUrl, path, jar);
    expect({ path, status: page.status }).toEqual({ path, status: 307 });
    expect(page.headers.get("location")).toMatch(/\/login/);
  }

  const api = await get(app.baseUrl, "/api/claims", jar);
  expect(api.status).toBe(401);

  const action = await callServerAction(
    app.baseUrl,
    "/articles/new",
    serverActionId("app/articles/new/actions.ts", "ingestTextAction"),
    [{}],
    jar,
  );
  expect(action.text).toContain("UNAUTHENTICATED");

  const session = await sessionBody(jar);
  expect(session.body.user).toBeUndefined();
  expect(session.setsFreshToken).toBe(false);
}

async function expectAlive(jar: CookieJar): Promise<void> {
  for (const path of ["/articles", ...QUEUE_PAGES]) {
    expect({ path, status: (await get(app.baseUrl, path, jar)).status }).toEqual({ path, status: 200 });
  }
  expect((await get(app.baseUrl, "/api/claims", jar)).status).toBe(200);
  const action = await callServerAction(
    app.baseUrl,
    "/articles/new",
    serverActionId("app/articles/new/actions.ts", "ingestTextAction"),
    [{}],
    jar,
  );
  // Signed in: the action gets past its permission check and rejects the empty form instead.
  expect(action.text).toContain("VALIDATION");
  expect((await sessionBody(jar)).body.user).toMatchObject({ id: expect.any(String) });
}

beforeAll(async () => {
  adminId = await createUser("chefin@example.org", "ADMIN");
  app = await startTestApp(db.url);
}, 600000);

afterAll(async () => {
  await app?.stop();
});

test("a cookie copied before logout gets 401/login on every page, route, action and the session endpoint", async () => {
  await createUser("abmelden@example.org");
  const jar = await logIn("abmelden@example.org", "198.51.100.1");
  const copied = sessionCookies(jar);
  await expectAlive(copied);

  const logout = await httpLogout(app.baseUrl, jar);
  expect(logout.status).toBe(302);

  await expectDead(copied);
  // A second login of the same user works again.
  await expectAlive(sessionCookies(await logIn("abmelden@example.org", "198.51.100.1")));
});

test("„Überall abmelden“ ends every session of the user and no one else's", async () => {
  await createUser("ueberall@example.org");
  await createUser("kollege@example.org");
  const laptop = sessionCookies(await logIn("ueberall@example.org", "198.51.100.2"));
  const phone = sessionCookies(await logIn("ueberall@example.org", "198.51.100.2"));
  const colleague = sessionCookies(await logIn("kollege@example.org", "198.51.100.2"));

  const result = await callServerAction(
    app.baseUrl,
    "/articles",
    serverActionId("app/login/actions.ts", "endAllSessionsAction"),
    [],
    laptop,
  );
  expect(result.status).toBe(200);
  expect(result.text).toContain('"ok":true');

  await expectDead(laptop);
  await expectDead(phone);
  await expectAlive(colleague);
});

test("„Überall abmelden“ without a session is refused", async () => {
  const result = await callServerAction(
    app.baseUrl,
    "/articles",
    serverActionId("app/login/actions.ts", "endAllSessionsAction"),
    [],
    new Map(),
  );
  expect(result.text).toContain("UNAUTHENTICATED");
});

test("a password reset, a role change and a deactivation end the user's sessions", async () => {
  const admin = { id: adminId, role: "ADMIN" as const };
  const cases: [string, (userId: string) => Promise<unknown>][] = [
    ["reset@example.org", (userId) => resetPassword(db.prisma, admin, { userId, password: "ganz-neues-Passwort-2" })],
    ["rolle@example.org", (userId) => changeRole(db.prisma, admin, { userId, role: "APPROVER" })],
    ["weg@example.org", (userId) => setActive(db.prisma, admin, { userId, active: false })],
  ];
  for (const [email, change] of cases) {
    const userId = await createUser(email);
    const copied = sessionCookies(await logIn(email, "198.51.100.3"));
    await expectAlive(copied);
    await change(userId);
    await expectDead(copied);
  }
});
