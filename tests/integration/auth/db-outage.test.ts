// The app under test reaches PostgreSQL through a TCP relay that the test cuts off: a login
// during the outage says the database is unreachable (never "falsch", never a connection
// string), the login page still renders, and logins work again once the database is back.
import { hashPassword } from "@/lib/auth/password";
import { startTestApp, type TestApp } from "../../helpers/app-server";
import { startTcpProxy, type TcpProxy } from "../../helpers/tcp-proxy";
import { setupTestDatabase } from "../../helpers/test-db";
import { get, httpLogin } from "./http-auth";

jest.setTimeout(120000);

const db = setupTestDatabase();
const EMAIL = "ausfall@example.org";
const PASSWORD = "ausfall-Passwort-1";
let relay: TcpProxy;
let app: TestApp;

beforeAll(async () => {
  await db.prisma.user.create({
    data: { email: EMAIL, name: "Ausfall", role: "EDITOR", passwordHash: await hashPassword(PASSWORD) },
  });
  const target = new URL(db.url);
  relay = await startTcpProxy(target.hostname, Number(target.port));
  app = await startTestApp(relay.route(db.url));
}, 600000);

afterAll(async () => {
  await app?.stop();
  await relay?.close();
});

test("login while the database is down says so in German, and works again when it is back", async () => {
  const before = await httpLogin(app.baseUrl, EMAIL, PASSWORD);
  expect(before.error).toBeNull();

  relay.cutOff();
  const during = await httpLogin(app.baseUrl, EMAIL, PASSWORD);
  expect(during.error).toBe("DB_UNAVAILABLE");
  expect(during.status).toBe(503);
  expect(during.url).not.toMatch(/postgres|127\.0\.0\.1:\d+\/ql_test|ECONN/i);

  // The login page checks the visitor's session (a database query) and must still render;
  // without JavaScript, next-auth sends the browser to /login?error=<code>.
  for (const [path, jar] of [
    ["/login", before.jar],
    ["/login?error=DB_UNAVAILABLE", new Map()],
  ] as const) {
    const page = await get(app.baseUrl, path, jar);
    expect({ path, status: page.status }).toEqual({ path, status: 200 });
    const html = await page.text();
    expect(html).toContain("Datenbank ist gerade nicht erreichbar");
    expect(html).not.toContain("E-Mail-Adresse oder Passwort ist falsch");
    expect(html).not.toMatch(/postgres(ql)?:\/\//);
  }

  relay.resume();
  const deadline = Date.now() + 20000;
  let after = await httpLogin(app.baseUrl, EMAIL, PASSWORD);
  while (after.error !== null && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    after = await httpLogin(app.baseUrl, EMAIL, PASSWORD);
  }
  expect(after.error).toBeNull();
  // The server log names no connection string either.
  expect(app.output()).not.toMatch(/postgres(ql)?:\/\/[^\s]*@/);
});
