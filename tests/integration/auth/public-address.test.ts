// next-auth without NEXTAUTH_URL: login and logout redirects use QUELLENLAGE_PUBLIC_URL when
// set, else the host the request came to – never a hard-coded http://localhost:3000.
import http from "node:http";
import { hashPassword } from "@/lib/auth/password";
import { startTestApp, type TestApp } from "../../helpers/app-server";
import { setupTestDatabase } from "../../helpers/test-db";
import { cookieHeader, get, httpLogin, httpLogout, sessionCookies, storeCookies, type CookieJar } from "./http-auth";

jest.setTimeout(120000);

const db = setupTestDatabase();
const EMAIL = "adresse@example.org";
const PASSWORD = "adress-Passwort-1";
const PUBLIC_URL = "https://quellenlage.example.de";
// NEXTAUTH_URL unset, as after start.ts stops defaulting it: spawn leaves out variables whose
// value is undefined, which overrides the test server's default.
const UNSET = undefined as unknown as string;
let byHost: TestApp;
let byPublicUrl: TestApp;

beforeAll(async () => {
  await db.prisma.user.create({
    data: { email: EMAIL, name: "Adresse", role: "EDITOR", passwordHash: await hashPassword(PASSWORD) },
  });
  byHost = await startTestApp(db.url, { NEXTAUTH_URL: UNSET });
  byPublicUrl = await startTestApp(db.url, { NEXTAUTH_URL: UNSET, QUELLENLAGE_PUBLIC_URL: PUBLIC_URL });
}, 600000);

afterAll(async () => {
  await byHost?.stop();
  await byPublicUrl?.stop();
});

/** A raw request with a Host header of our choosing (fetch does not allow setting Host). */
function requestWithHost(
  baseUrl: string,
  host: string,
  pathname: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const target = new URL(pathname, baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.request(
      target,
      { method: options.method ?? "GET", headers: { ...options.headers, Host: host } },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

test("without NEXTAUTH_URL, login and logout stay on the host the browser used", async () => {
  const login = await httpLogin(byHost.baseUrl, EMAIL, PASSWORD, { callbackUrl: "/claims" });
  expect(login.error).toBeNull();
  expect(login.url).toBe(`${byHost.baseUrl}/claims`);

  const logout = await httpLogout(byHost.baseUrl, login.jar);
  expect(logout.headers.get("location")).toBe(`${byHost.baseUrl}/login`);
});

test("without NEXTAUTH_URL, a request to another host name is answered with that host name", async () => {
  const host = "quellenlage.intern:8443";
  const jar: CookieJar = new Map();
  const csrf = await requestWithHost(byHost.baseUrl, host, "/api/auth/csrf");
  storeCookies(jar, new Response(null, { headers: csrf.headers["set-cookie"]!.map((c): [string, string] => ["set-cookie", c]) }));
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const logout = await requestWithHost(byHost.baseUrl, host, "/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/login" }).toString(),
  });
  expect(logout.status).toBe(302);
  expect(logout.headers.location).toBe(`http://${host}/login`);
});

test("with QUELLENLAGE_PUBLIC_URL, redirects use the public address and the session works", async () => {
  const login = await httpLogin(byPublicUrl.baseUrl, EMAIL, PASSWORD, { callbackUrl: "/claims" });
  expect(login.error).toBeNull();
  expect(login.url).toBe(`${PUBLIC_URL}/claims`);
  // Behind TLS the session cookie is a __Secure- cookie; the app must still read it.
  const session = sessionCookies(login.jar);
  expect([...session.keys()]).toEqual(["__Secure-next-auth.session-token"]);
  expect((await get(byPublicUrl.baseUrl, "/api/claims", session)).status).toBe(200);

  const logout = await httpLogout(byPublicUrl.baseUrl, login.jar);
  expect(logout.headers.get("location")).toBe(`${PUBLIC_URL}/login`);
  expect(logout.headers.get("location")).not.toContain("localhost");
});

describe("no open redirect, no 500 over HTTP", () => {
  const EVIL = ["//evil.example", "/\\evil.example", "https://evil.example", "/%2F%2Fevil.example", "/\t/evil.example"];

  test("a signed-in visitor of /login?callbackUrl=<elsewhere> is sent to /articles", async () => {
    const login = await httpLogin(byHost.baseUrl, EMAIL, PASSWORD);
    for (const target of EVIL) {
      const response = await get(byHost.baseUrl, `/login?callbackUrl=${encodeURIComponent(target)}`, login.jar);
      expect({ target, status: response.status }).toEqual({ target, status: 307 });
      expect({ target, location: response.headers.get("location") }).toEqual({ target, location: "/articles" });
    }
    const kept = await get(byHost.baseUrl, `/login?callbackUrl=${encodeURIComponent("/claims?status=OPEN")}`, login.jar);
    expect(kept.headers.get("location")).toBe("/claims?status=OPEN");
  });

  test("next-auth's login answer never points elsewhere, whether callbackUrl comes in the form or the query", async () => {
    for (const target of EVIL) {
      const inForm = await httpLogin(byHost.baseUrl, EMAIL, PASSWORD, { callbackUrl: target });
      expect({ target, url: inForm.url }).toEqual({ target, url: `${byHost.baseUrl}/articles` });
    }
    const signin = await fetch(`${byHost.baseUrl}/api/auth/signin?callbackUrl=${encodeURIComponent("javascript:alert(1)")}`, {
      redirect: "manual",
    });
    expect(signin.status).toBe(302);
    expect(signin.headers.get("location")).toMatch(/^\/login\?callbackUrl=/);
    expect(decodeURIComponent(signin.headers.get("location")!)).not.toContain("javascript");

    const session = await fetch(`${byHost.baseUrl}/api/auth/session?callbackUrl=${encodeURIComponent("\\\\evil.example")}`);
    expect(session.status).toBe(200);
  });

  test("a broken JSON body is a German 400, not a 500", async () => {
    const response = await fetch(`${byHost.baseUrl}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: '{"email": "x@example.org", "password": ',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error).toMatchObject({ code: "VALIDATION", message: "Die Anfrage enthält kein gültiges JSON." });
  });
});
