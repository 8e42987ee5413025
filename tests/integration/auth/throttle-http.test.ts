// Login throttling over real HTTP against the built app: per account (whatever address the
// client claims) and per address, refused even with the right password, with a stable code.
import { hashPassword } from "@/lib/auth/password";
import { startTestApp, type TestApp } from "../../helpers/app-server";
import { setupTestDatabase } from "../../helpers/test-db";
import { httpLogin } from "./http-auth";

jest.setTimeout(120000);

const db = setupTestDatabase();
const PASSWORD = "drossel-Passwort-1";
let app: TestApp;

async function createUser(email: string): Promise<void> {
  await db.prisma.user.create({ data: { email, name: email, role: "EDITOR", passwordHash: await hashPassword(PASSWORD) } });
}

const from = (address: string) => ({ headers: { "X-Forwarded-For": address } });

beforeAll(async () => {
  for (const email of ["konto@example.org", "nachbar@example.org", "opfer@example.org", "zweites@example.org"]) {
    await createUser(email);
  }
  app = await startTestApp(db.url);
}, 600000);

afterAll(async () => {
  await app?.stop();
});

test("after 5 wrong passwords for one account even the right one is refused, from any claimed address", async () => {
  for (let i = 0; i < 5; i++) {
    // A different claimed address each time: spoofing X-Forwarded-For does not help.
    const outcome = await httpLogin(app.baseUrl, "konto@example.org", `falsch-${i}`, from(`192.0.2.${10 + i}`));
    expect(outcome.error).toBe("CredentialsSignin");
  }
  const refused = await httpLogin(app.baseUrl, "KONTO@example.org", PASSWORD, from("192.0.2.99"));
  expect(refused.error).toBe("THROTTLED");
  expect(refused.status).toBe(429);
  expect([...refused.jar.keys()].some((name) => name.includes("session-token"))).toBe(false);

  // Other accounts are not affected.
  const neighbour = await httpLogin(app.baseUrl, "nachbar@example.org", PASSWORD, from("192.0.2.98"));
  expect(neighbour.error).toBeNull();
});

test("after 5 failed logins from one address, that address is refused for every account", async () => {
  for (let i = 0; i < 5; i++) {
    const outcome = await httpLogin(app.baseUrl, `raten-${i}@example.org`, "irgendwas", from("203.0.113.7"));
    expect(outcome.error).toBe("CredentialsSignin");
  }
  const refused = await httpLogin(app.baseUrl, "opfer@example.org", PASSWORD, from("203.0.113.7"));
  expect(refused.error).toBe("THROTTLED");
  // The same account from elsewhere still works.
  const elsewhere = await httpLogin(app.baseUrl, "opfer@example.org", PASSWORD, from("203.0.113.8"));
  expect(elsewhere.error).toBeNull();
});

test("without X-Forwarded-For the socket address counts (next start sets it from the connection)", async () => {
  for (let i = 0; i < 5; i++) {
    const outcome = await httpLogin(app.baseUrl, `socket-${i}@example.org`, "irgendwas");
    expect(outcome.error).toBe("CredentialsSignin");
  }
  const refused = await httpLogin(app.baseUrl, "zweites@example.org", PASSWORD);
  expect(refused.error).toBe("THROTTLED");
  const rows = await db.prisma.loginAttempt.findMany({ where: { email: { startsWith: "socket-" } } });
  expect(new Set(rows.map((row) => row.address))).toEqual(new Set(["127.0.0.1"]));
});
