// Two `next start` instances on one PostgreSQL, as behind a plain reverse proxy: both know the
// same public address (QUELLENLAGE_PUBLIC_URL) and the same NEXTAUTH_SECRET. Whatever one of them
// writes – sessions, login failures, articles, verdicts – the other one sees, because none of it
// lives in a process.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { hashPassword } from "@/lib/auth/password";
import { startTestApp, type TestApp } from "../../helpers/app-server";
import { setupTestDatabase } from "../../helpers/test-db";
import { cookieHeader, httpLogin, httpLogout } from "../auth/http-auth";

jest.setTimeout(120000);

const db = setupTestDatabase();
const PUBLIC_URL = "http://quellenlage.verbund.test";
const PASSWORD = "verbund-Passwort-1";
const EDITOR = "redaktion@verbund.test";
const TEXT = fs.readFileSync(path.join(process.cwd(), "tests", "fixtures", "ingest", "lagebericht.txt"), "utf8");

let a: TestApp;
let b: TestApp;

beforeAll(async () => {
  const passwordHash = await hashPassword(PASSWORD);
  for (const email of [EDITOR, "gesperrt@verbund.test"]) {
    await db.prisma.user.create({ data: { email, name: email, role: "EDITOR", passwordHash } });
  }
  // One secret and one public address for both, as an operator configures them.
  const shared = { NEXTAUTH_SECRET: crypto.randomBytes(32).toString("hex"), QUELLENLAGE_PUBLIC_URL: PUBLIC_URL };
  [a, b] = await Promise.all([startTestApp(db.url, shared), startTestApp(db.url, shared)]);
}, 600000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
});

/** A JSON POST as a browser on the public address sends it (the proxy keeps Origin as it is). */
function post(app: TestApp, cookie: string, route: string, body: unknown): Promise<Response> {
  return fetch(`${app.baseUrl}${route}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: PUBLIC_URL, cookie },
    body: JSON.stringify(body),
  });
}

test("two instances on one database: log in on A, ingest on A, save a verdict on B, log out on A ends it on B", async () => {
  expect(a.baseUrl).not.toBe(b.baseUrl);
  const login = await httpLogin(a.baseUrl, EDITOR, PASSWORD);
  expect(login.error).toBeNull();
  const cookie = cookieHeader(login.jar);

  const created = await post(a, cookie, "/api/articles", { title: "Lagebericht", outlet: "Verbund-Test", text: TEXT });
  expect(created.status).toBe(201);
  const { article } = (await created.json()) as { article: { id: string } };

  // B lists A's article and its claims for A's session.
  const listed = await fetch(`${b.baseUrl}/api/claims?article=${article.id}`, { headers: { cookie } });
  expect(listed.status).toBe(200);
  const claims = ((await listed.json()) as { items: { id: string }[] }).items;
  expect(claims.length).toBeGreaterThan(0);

  const { version } = await db.prisma.claim.findUniqueOrThrow({ where: { id: claims[0].id } });
  const saved = await post(b, cookie, `/api/claims/${claims[0].id}/content-verdict`, {
    version,
    verdict: "DISPUTED",
    rationale: "Zahlen weichen voneinander ab",
    evidence: [{ url: "https://example.org/beleg", note: "Gegenbeleg", independent: true }],
  });
  expect(saved.status).toBe(200);
  const stored = await db.prisma.claim.findUniqueOrThrow({ where: { id: claims[0].id } });
  expect(stored.contentVerdict).toBe("DISPUTED");

  // The same text again, this time on B: the duplicate check is the database's.
  const again = await post(b, cookie, "/api/articles", { title: "Lagebericht", outlet: "Verbund-Test", text: TEXT });
  expect(again.status).toBe(409);
  expect(((await again.json()) as { error: { details: { articleId: string } } }).error.details.articleId).toBe(article.id);

  // Logging out on A ends the session on B at once (the session row is gone, not a cache).
  const logout = await httpLogout(a.baseUrl, login.jar);
  expect(logout.status).toBeLessThan(400);
  const afterLogout = await fetch(`${b.baseUrl}/api/claims`, { headers: { cookie } });
  expect(afterLogout.status).toBe(401);
});

test("the same upload sent to both instances at once is stored once", async () => {
  const cookie = cookieHeader((await httpLogin(b.baseUrl, EDITOR, PASSWORD)).jar);
  const body = { title: "Gleichzeitig", outlet: "Verbund-Test", text: `${TEXT}\n\nNachtrag: 12 Verletzte.` };
  const statuses = (await Promise.all([post(a, cookie, "/api/articles", body), post(b, cookie, "/api/articles", body)])).map(
    (response) => response.status,
  );
  expect(statuses.sort()).toEqual([201, 409]);
  expect(await db.prisma.article.count({ where: { title: "Gleichzeitig" } })).toBe(1);
});

test("login throttling counts failures on both instances together", async () => {
  for (let i = 0; i < 5; i++) {
    const app = i % 2 === 0 ? a : b;
    expect((await httpLogin(app.baseUrl, "gesperrt@verbund.test", `falsch-${i}`)).error).toBe("CredentialsSignin");
  }
  for (const app of [a, b]) {
    const refused = await httpLogin(app.baseUrl, "gesperrt@verbund.test", PASSWORD);
    expect(refused.error).toBe("THROTTLED");
    expect(refused.status).toBe(429);
  }
});
