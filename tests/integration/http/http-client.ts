// Plain HTTP against the built app, as an API client or an attacker would send it: log in
// through next-auth's credentials endpoint and send requests with exactly the headers given.
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/permissions";
import { startTestApp, type TestApp } from "../../helpers/app-server";
import type { TestDatabase } from "../../helpers/test-db";

export const PASSWORDS: Record<Role, string> = {
  EDITOR: "red-Passwort-1",
  APPROVER: "frei-Passwort-2",
  ADMIN: "admin-Passwort-3",
};
export const EDITOR_EMAIL = "redaktion@quellenlage.local";

function cookieHeader(response: Response, previous = ""): string {
  const jar = new Map(
    previous
      .split("; ")
      .filter(Boolean)
      .map((c) => [c.split("=")[0], c] as const),
  );
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(";")[0];
    jar.set(pair.split("=")[0], pair);
  }
  return [...jar.values()].join("; ");
}

/** The Cookie header of a fresh session (next-auth's CSRF token + credentials callback). */
export async function logInOverHttp(baseUrl: string, email = EDITOR_EMAIL, password = PASSWORDS.EDITOR): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = cookieHeader(csrf);
  const callback = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies, origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/articles` }),
  });
  const session = cookieHeader(callback, cookies);
  if (!/session-token=/.test(session)) throw new Error(`Anmeldung fehlgeschlagen (HTTP ${callback.status}).`);
  return session;
}

/** A JSON POST with the session cookie; `headers` replace the defaults (same Origin, application/json). */
export function postJson(
  baseUrl: string,
  cookie: string,
  path: string,
  body: unknown,
  headers: Record<string, string | undefined> = {},
): Promise<Response> {
  const merged: Record<string, string | undefined> = {
    "content-type": "application/json",
    origin: baseUrl,
    cookie,
    ...headers,
  };
  return fetch(`${baseUrl}${path}`, {
    method: "POST",
    headers: Object.fromEntries(Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== undefined)),
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

export interface ApiUsers {
  /** POSTs JSON as the named user (a name from the list given to setupApiUsers). */
  /** json: whatever the route answered (as `Response.json()` types it). */
  post(who: string, path: string, body: unknown): Promise<{ status: number; json: Awaited<ReturnType<Response["json"]>> }>;
}

/**
 * Users with the given names and roles (e-mail `<name>@example.org`, one password), the built
 * app on the test database, and each user logged in over HTTP once – for route tests that call
 * the JSON API as several people. Call at the top of a test file: it registers beforeAll/afterAll.
 */
export function setupApiUsers(db: TestDatabase, people: [string, Role][], password: string): ApiUsers {
  let app: TestApp | undefined;
  const cookies = new Map<string, string>();
  beforeAll(async () => {
    const passwordHash = await hashPassword(password);
    for (const [name, role] of people) {
      await db.prisma.user.create({ data: { email: `${name}@example.org`, name, role, passwordHash } });
    }
    app = await startTestApp(db.url);
    for (const [name] of people) cookies.set(name, await logInOverHttp(app.baseUrl, `${name}@example.org`, password));
  }, 600000);
  afterAll(async () => {
    await app?.stop();
  });
  return {
    async post(who, path, body) {
      const response = await postJson(app!.baseUrl, cookies.get(who)!, path, body);
      return { status: response.status, json: await response.json() };
    },
  };
}
