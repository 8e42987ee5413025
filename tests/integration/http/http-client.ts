// Plain HTTP against the built app, as an API client or an attacker would send it: log in
// through next-auth's credentials endpoint and send requests with exactly the headers given.
import type { Role } from "@/lib/auth/permissions";

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
